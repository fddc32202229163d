// Search with suggestions over labels and aliases (a combobox): typing "Tokyo" offers Japan;
// Enter or a click picks a suggestion.
import { useId, useMemo, useState } from "react";
import { typeColor } from "../../graph/palette.ts";
import type { NewsGraph } from "../../graph/types.ts";
import { buildSearchIndex, search, searchExamples } from "../core/search.ts";

interface Props {
  graph: NewsGraph;
  onPick: (node: string) => void;
  /** The input's accessible name (the toolbar's search, or picking a node to merge into). */
  label?: string;
  placeholder?: string;
}

export function SearchBox({ graph, onPick, label = "Search entities", placeholder }: Props) {
  const index = useMemo(() => buildSearchIndex(graph), [graph]);
  const examples = useMemo(() => (placeholder === undefined ? searchExamples(graph) : []), [graph, placeholder]);
  placeholder ??= examples.length ? `Search: ${examples.join(", ")}…` : "Search entities…";
  const [text, setText] = useState("");
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const hits = useMemo(() => search(index, text), [index, text]);
  const listId = useId();
  const shown = open && hits.length > 0;

  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    onPick(hit.key);
    setText(hit.label);
    setOpen(false);
  };

  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-label={label}
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") setActive((i) => Math.min(i + 1, hits.length - 1));
          else if (e.key === "ArrowUp") setActive((i) => Math.max(i - 1, 0));
          else if (e.key === "Enter") pick(active);
          else if (e.key === "Escape" && shown) setOpen(false);
          else return;
          // Handled here: keep Esc from also clearing the selection.
          e.preventDefault();
          e.stopPropagation();
        }}
      />
      {shown && (
        <ul className="suggestions" role="listbox" id={listId} aria-label="Suggestions">
          {hits.map((hit, i) => (
            <li
              key={hit.key}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(i);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="swatch round" style={{ background: typeColor(hit.type) }} />
              <span className="name">{hit.label}</span>
              {hit.via && <span className="muted"> “{hit.via}”</span>}
              <span className="muted type">{hit.type}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
