// The shortest paths between two entities, as chains of sentences: each hop with its
// action, date and evidence, and a link to the article.
import { useMemo } from "react";
import { actionColor } from "../../graph/palette.ts";
import type { NewsGraph } from "../../graph/types.ts";
import { edgeEvidence, type EvidenceSentence } from "../core/evidence.ts";
import { pathHops, type PathsFound } from "../core/paths.ts";
import type { Filters, PathOptions, PathQuery, Selection } from "../core/view-state.ts";
import { Quote } from "./Quote.tsx";

interface Props {
  graph: NewsGraph;
  filters: Filters;
  query: PathQuery;
  found: PathsFound;
  onOptions: (options: PathOptions) => void;
  onSelect: (selection: Selection) => void;
  onOpen: (sentence: EvidenceSentence, focus: string) => void;
  onClose: () => void;
}

const label = (graph: NewsGraph, key: string) => (graph.hasNode(key) ? graph.getNodeAttribute(key, "label") : key);

export function PathPanel({ graph, filters, query, found, onOptions, onSelect, onOpen, onClose }: Props) {
  const { options } = query;
  const { paths, total } = found;
  const hops = useMemo(() => paths.map((p) => pathHops(graph, filters, options, p)), [graph, filters, options, paths]);
  const set = (patch: Partial<PathOptions>) => onOptions({ ...options, ...patch });
  return (
    <section className="path-panel" aria-label="Path">
      <header>
        <h2>
          {label(graph, query.from)} → {label(graph, query.to)}
        </h2>
        <button type="button" className="link" onClick={onClose}>
          Close path
        </button>
      </header>
      <fieldset className="path-options">
        <legend>Follow</legend>
        <label>
          <input type="checkbox" checked={options.undirected} onChange={(e) => set({ undirected: e.target.checked })} /> edges both ways
        </label>
        <label>
          <input type="checkbox" checked={options.noStructural} onChange={(e) => set({ noStructural: e.target.checked })} /> no membership or target edges
        </label>
        <label>
          actions{" "}
          <select value={options.only ?? ""} onChange={(e) => set({ only: e.target.value === "hostile" || e.target.value === "cooperative" ? e.target.value : null })}>
            <option value="">any</option>
            <option value="hostile">only hostile</option>
            <option value="cooperative">only cooperative</option>
          </select>
        </label>
      </fieldset>
      <p role="status" className="muted">
        {total === 0
          ? "No path joins them through the edges shown and allowed."
          : `${total === 1 ? "One shortest path" : `${total} shortest paths`} of ${paths[0].length - 1} ${paths[0].length === 2 ? "hop" : "hops"}${paths.length < total ? ` (the first ${paths.length} shown)` : ""}.`}
      </p>
      {hops.map((path, i) => (
        <ol key={paths[i].join("\u0000")} className="path-chain" aria-label={`Path ${i + 1}`}>
          {path.map((hop) => (
            <li key={`${hop.from}\u0000${hop.to}`} className="hop">
              <h3>
                <button type="button" className="link" onClick={() => onSelect({ kind: "node", key: hop.from })}>
                  {label(graph, hop.from)}
                </button>{" "}
                –{" "}
                <button type="button" className="link" onClick={() => onSelect({ kind: "node", key: hop.to })}>
                  {label(graph, hop.to)}
                </button>
              </h3>
              {hop.edges.map((edge) => (
                <HopEdge key={edge} graph={graph} edge={edge} onSelect={onSelect} onOpen={onOpen} />
              ))}
            </li>
          ))}
        </ol>
      ))}
    </section>
  );
}

function HopEdge({ graph, edge, onSelect, onOpen }: { graph: NewsGraph; edge: string; onSelect: Props["onSelect"]; onOpen: Props["onOpen"] }) {
  const a = graph.getEdgeAttributes(edge);
  const evidence = useMemo(() => edgeEvidence(graph, edge), [graph, edge]);
  return (
    <div className="hop-edge">
      <button type="button" className="link" onClick={() => onSelect({ kind: "edge", key: edge })}>
        {label(graph, graph.source(edge))}{" "}
        <span className="chip" style={{ background: actionColor(a.action) }}>
          {a.action || "→"}
        </span>{" "}
        {label(graph, graph.target(edge))}
      </button>
      {a.date && <span className="date">{a.date}</span>}
      {evidence.map((s) => (
        <Quote key={`${s.doc.id}:${s.start}`} graph={graph} sentence={s} withSource onOpen={(x) => onOpen(x, graph.source(edge))} />
      ))}
    </div>
  );
}
