// The selected edge: who did what to whom, when, and the sentences that say so.
import { useMemo } from "react";
import { actionColor, knownFamily } from "../../graph/palette.ts";
import { EDGE_ATTRIBUTES, type NewsGraph } from "../../graph/types.ts";
import { edgeEvidence, type EvidenceSentence } from "../core/evidence.ts";
import type { Selection } from "../core/view-state.ts";
import { twinOf } from "../core/two-way.ts";
import { OtherAttributes } from "./OtherAttributes.tsx";
import { Quote } from "./Quote.tsx";

interface Props {
  graph: NewsGraph;
  edge: string;
  onSelect: (selection: Selection) => void;
  /** A node's colour on the canvas now (the appearance's). */
  colorOf: (node: string) => string;
  onOpen: (sentence: EvidenceSentence, focus: string) => void;
}

export function EdgePanel({ graph, edge, onSelect, onOpen, colorOf }: Props) {
  const a = graph.getEdgeAttributes(edge);
  const evidence = useMemo(() => edgeEvidence(graph, edge), [graph, edge]);
  const end = (key: string) => {
    const n = graph.getNodeAttributes(key);
    return (
      <button type="button" className="link counterpart" onClick={() => onSelect({ kind: "node", key })}>
        <span className="swatch" style={{ background: colorOf(key) }} />
        {n.label}
      </button>
    );
  };
  // Edges from other tools' files may have an action outside the vocabulary.
  const family = knownFamily(a.action) ?? "not an action of this project";
  const twoWay = graph.isUndirected(edge) || twinOf(graph, edge) !== undefined;
  return (
    <article className="edge-panel" aria-label={`Edge ${a.action || graph.getEdgeAttribute(edge, "label" as never) || edge}`}>
      <header>
        <h2>
          {end(graph.source(edge))}{" "}
          <span className="chip" style={{ background: actionColor(a.action) }}>
            {a.action || (graph.isUndirected(edge) ? "↔" : "→")}
          </span>{" "}
          {end(graph.target(edge))}
        </h2>
      </header>
      <dl className="facts">
        <dt>Action</dt>
        <dd>
          {a.action} <span className="muted">({family})</span>
          {twoWay && <span className="two-way"> ↔ both ways</span>}
        </dd>
        {a.verb && (
          <>
            <dt>Verb</dt>
            <dd>“{a.verb}”</dd>
          </>
        )}
        <dt>Date</dt>
        <dd>{a.date ?? <span className="muted">not stated</span>}</dd>
        {(a.curated || a.checked) && (
          <>
            <dt>Curated</dt>
            <dd>{[a.curated && `${a.curated} by hand`, a.checked && "checked against its evidence"].filter(Boolean).join("; ")}</dd>
          </>
        )}
      </dl>
      <OtherAttributes attributes={a} known={EDGE_ATTRIBUTES} />
      <h3>Evidence ({evidence.length})</h3>
      {evidence.map((s) => (
        <Quote key={`${s.doc.id}:${s.start}`} graph={graph} sentence={s} withSource onOpen={(x) => onOpen(x, graph.source(edge))} />
      ))}
    </article>
  );
}
