// The selected node: what it is, its relations grouped by action with their evidence, then
// every sentence that mentions it, grouped by article.
import { useMemo } from "react";
import { FALLBACK_COLOR, FAMILY_COLORS, typeColor } from "../../graph/palette.ts";
import { NODE_ATTRIBUTES, type NewsGraph } from "../../graph/types.ts";
import { nodeMentions, nodeRelations, type EvidenceSentence } from "../core/evidence.ts";
import { edgeVisible } from "../core/filters.ts";
import type { Filters, Selection } from "../core/view-state.ts";
import { OtherAttributes } from "./OtherAttributes.tsx";
import { Quote } from "./Quote.tsx";

/** How a relation reads from the node: it acts, it is acted on, or (undirected edges) both ways. */
const DIRECTION_ARROW = { out: "→", in: "←", both: "↔" } as const;
const DIRECTION_TITLE = {
  out: (label: string, action: string) => `${label} ${action || "→"} …`,
  in: (label: string, action: string) => `… ${action || "→"} ${label}`,
  both: (label: string, action: string) => `${label} ${action ? action + " " : ""}↔ … (two-way)`,
} as const;

interface Props {
  graph: NewsGraph;
  node: string;
  filters: Filters;
  onSelect: (selection: Selection) => void;
  /** A node's colour on the canvas now (the appearance's). */
  colorOf: (node: string) => string;
  onOpen: (sentence: EvidenceSentence, focus: string) => void;
}

export function NodePanel({ graph, node, filters, onSelect, onOpen, colorOf }: Props) {
  const a = graph.getNodeAttributes(node);
  const groups = useMemo(() => nodeRelations(graph, node), [graph, node]);
  const articles = useMemo(() => nodeMentions(graph, node), [graph, node]);
  const relationCount = groups.reduce((n, g) => n + g.relations.length, 0);
  const sentenceCount = articles.reduce((n, g) => n + g.sentences.length, 0);
  const open = (s: EvidenceSentence) => onOpen(s, node);
  return (
    <article className="node-panel" aria-label={`Node ${a.label}`}>
      <header>
        <h2>{a.label}</h2>
        {a.type && (
          <span className="chip" style={{ background: typeColor(a.type) }}>
            {a.type}
          </span>
        )}
      </header>
      <dl className="facts">
        {a.role && (
          <>
            <dt>Role</dt>
            <dd>{a.role}</dd>
          </>
        )}
        {a.curated && (
          <>
            <dt>Curated</dt>
            <dd>{a.curated} by hand</dd>
          </>
        )}
        {a.aliases.length > 0 && (
          <>
            <dt>Also</dt>
            <dd className="aliases">{a.aliases.join(" · ")}</dd>
          </>
        )}
      </dl>
      <OtherAttributes attributes={a} known={NODE_ATTRIBUTES} />

      <h3>Relations ({relationCount})</h3>
      {groups.map((g) => (
        <section key={g.action} className="relation-group">
          <h4 style={{ color: g.family ? FAMILY_COLORS[g.family] : FALLBACK_COLOR }}>
            {g.action || "linked"} <span className="count">{g.relations.length}</span>
          </h4>
          <ul>
            {g.relations.map((r) => (
              <li key={r.edge} className={edgeVisible(filters, graph, r.edge) ? "relation" : "relation filtered"}>
                <div className="relation-head">
                  <span className="direction" title={DIRECTION_TITLE[r.direction](a.label, g.action)}>
                    {DIRECTION_ARROW[r.direction]}
                  </span>
                  <button type="button" className="link counterpart" onClick={() => onSelect({ kind: "node", key: r.counterpart.key })}>
                    <span className="swatch" style={{ background: colorOf(r.counterpart.key) }} />
                    {r.counterpart.label}
                  </button>
                  {r.date && <span className="date">{r.date}</span>}
                  <button type="button" className="link edge-link" onClick={() => onSelect({ kind: "edge", key: r.edge })}>
                    edge
                  </button>
                </div>
                {r.evidence.map((s) => (
                  <Quote key={`${s.doc.id}:${s.start}`} graph={graph} sentence={s} onOpen={open} />
                ))}
              </li>
            ))}
          </ul>
        </section>
      ))}

      <h3>
        Mentions ({sentenceCount} sentence{sentenceCount === 1 ? "" : "s"} in {articles.length} article{articles.length === 1 ? "" : "s"})
      </h3>
      {articles.map(({ doc, sentences }) => (
        <section key={doc.id} className="article-mentions">
          <h4>
            <cite>{doc.title || doc.id}</cite>
            {doc.date && <span className="date">{doc.date}</span>}
          </h4>
          {sentences.map((s) => (
            <Quote key={s.start} graph={graph} sentence={s} onOpen={open} />
          ))}
        </section>
      ))}
    </article>
  );
}
