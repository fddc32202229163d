// Edits of the selected node: rename, retype, merge into another node (picked by search, or
// by clicking it on the canvas), delete, and "Add to lexicon" (a lexicon extension file).
import { useState } from "react";
import { NODE_TYPES, type NodeType } from "../../extract/types.ts";
import { lexiconEntryOf } from "../../graph/curation/lexicon-file.ts";
import { makeOperation } from "../../graph/curation/make.ts";
import type { NewsGraph } from "../../graph/types.ts";
import { download } from "../core/download.ts";
import type { EditRequest } from "./edit-request.ts";
import { SearchBox } from "./SearchBox.tsx";

interface Props {
  graph: NewsGraph;
  node: string;
  /** Picking the node to merge into: the next node selected or searched is it. */
  merging: boolean;
  onMerging: (on: boolean) => void;
  onEdit: EditRequest;
}

export function NodeEdits({ graph, node, merging, onMerging, onEdit }: Props) {
  const a = graph.getNodeAttributes(node);
  const [naming, setNaming] = useState<string | null>(null);
  const rename = () => {
    const label = naming?.trim();
    setNaming(null);
    if (label && label !== a.label) onEdit(makeOperation.rename(graph, node, label));
  };
  return (
    <section className="edits-tools" aria-label="Edit node">
      {naming === null ? (
        <button type="button" onClick={() => setNaming(a.label)}>
          Rename
        </button>
      ) : (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            rename();
          }}
        >
          <input aria-label="New name" value={naming} autoFocus onChange={(e) => setNaming(e.target.value)} onKeyDown={(e) => e.key === "Escape" && (e.stopPropagation(), setNaming(null))} />
          <button type="submit">Save</button>
        </form>
      )}
      <label>
        Type{" "}
        <select aria-label="Node type" value={a.type} onChange={(e) => onEdit(makeOperation.retype(graph, node, e.target.value as NodeType))}>
          {NODE_TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>
      <button type="button" aria-pressed={merging} onClick={() => onMerging(!merging)} title="Merge into another node (M)">
        Merge into…
      </button>
      <button type="button" onClick={() => onEdit(makeOperation.deleteNode(graph, node), null)} title="Delete node (Delete)">
        Delete node
      </button>
      <button
        type="button"
        onClick={() => download(`lexicon-${node}.json`, "application/json", lexiconEntryOf(graph, node))}
        title="Download a lexicon extension that makes the extractor find this entity, with its names and type"
      >
        Add to lexicon
      </button>
      {merging && (
        <div className="merge-pick">
          <SearchBox
            graph={graph}
            label="Merge into"
            placeholder="Node to merge into, or click it"
            onPick={(into) => {
              onMerging(false);
              if (into !== node) onEdit(makeOperation.merge(graph, node, into), { kind: "node", key: into });
            }}
          />
          <p className="muted">Its names, mentions and edges go to the node you pick (search, or click it on the graph). Esc cancels.</p>
        </div>
      )}
    </section>
  );
}
