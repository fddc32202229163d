// Extraction -> graphology graph. Pure (no Node or DOM APIs) and deterministic. The
// extraction is the extractor's own output, already in order and checked by construction
// (see Extraction): it is taken as it is. Files, which anyone may have written, come in
// through the loaders (src/graph/load), which check them.
import Graph from "graphology";
import type { Extraction } from "../extract/types.ts";
import { applyLayout, seedLayout, type LayoutOptions } from "./layout.ts";
import { GRAPH_OPTIONS, edgeKey, type EdgeAttributes, type NewsGraph, type NodeAttributes } from "./types.ts";

export interface BuildOptions {
  /** Run the layout (default true). `false` leaves seed positions; an object tunes it. */
  layout?: boolean | LayoutOptions;
}

/**
 * Builds the graph of an extraction, in its order: graph attribute `documents`; node
 * attributes `label`, `type`, `aliases`, `mentions`, `role` (when present), then `x`, `y`,
 * `size` from the layout; edge attributes `action`, `verb`, `evidence`, `date` (when
 * present), keyed `source|action|target`. The graph's lists are its own, not the extraction's.
 */
export function buildGraph(x: Extraction, options: BuildOptions = {}): NewsGraph {
  const graph: NewsGraph = new Graph(GRAPH_OPTIONS);
  graph.setAttribute("documents", [...x.documents]);
  for (const n of x.nodes) {
    const attributes = { label: n.label, type: n.type, aliases: [...n.aliases], mentions: [...n.mentions] } as NodeAttributes; // x, y and size: the layout's
    if (n.role !== undefined) attributes.role = n.role;
    graph.addNode(n.key, attributes);
  }
  for (const e of x.edges) {
    const attributes: EdgeAttributes = { action: e.action, verb: e.verb, evidence: [...e.evidence] };
    if (e.date !== undefined) attributes.date = e.date;
    graph.addDirectedEdgeWithKey(edgeKey(e.source, e.action, e.target), e.source, e.target, attributes);
  }
  if (options.layout === false) seedLayout(graph);
  else applyLayout(graph, options.layout === true ? {} : options.layout);
  return graph;
}
