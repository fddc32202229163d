// Synthetic graphs for the explorer benchmark: deterministic (seeded), shaped like the
// extractor's graph.json (types, actions, evidence spans into documents, sizes from degree)
// and already laid out, so the explorer loads them as they are and no layout runs.
import Graph from "graphology";
import { ACTIONS, NODE_TYPES, type DocumentInfo } from "../../src/extract/types.ts";
import { mulberry32, nodeSize, round } from "../../src/graph/layout.ts";
import { GRAPH_OPTIONS, edgeKey, type EdgeAttributes, type GraphAttributes, type NewsGraph, type NodeAttributes } from "../../src/graph/types.ts";

export interface SyntheticOptions {
  nodes: number;
  /** Out-edges per node (the issue asks for 3). */
  edgesPerNode?: number;
  seed?: number;
}

/** Nodes per community: edges mostly stay inside one, as entities of one story do. */
const COMMUNITY = 60;
/** Share of edges that leave their community. */
const CROSS = 0.15;
const DOCUMENTS = 40;
const DOC_TEXT = "Officials said on Tuesday that the measures announced last week would be extended. ".repeat(12);

/**
 * A graph of `nodes` nodes and `nodes * edgesPerNode` edges: communities of about 60 nodes
 * on a disc (sunflower spiral), nodes scattered around their community's centre.
 */
export function syntheticGraph({ nodes, edgesPerNode = 3, seed = 1 }: SyntheticOptions): NewsGraph {
  const rand = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const graph: NewsGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>(GRAPH_OPTIONS);
  const documents: DocumentInfo[] = Array.from({ length: DOCUMENTS }, (_, i) => ({
    id: `syn_${String(i).padStart(3, "0")}`,
    title: `Synthetic article ${i}`,
    date: `20${10 + (i % 12)}-${String(1 + (i % 12)).padStart(2, "0")}-15`,
    path: `synthetic/${i}.txt`,
    text: DOC_TEXT,
  }));
  graph.replaceAttributes({ documents });
  const span = () => {
    const start = Math.floor(rand() * (DOC_TEXT.length - 100));
    return { doc: pick(documents).id, start, end: start + 40 + Math.floor(rand() * 50) };
  };

  const communities = Math.max(1, Math.round(nodes / COMMUNITY));
  // Spread so that the average distance between neighbours stays near the real graphs'.
  const radius = 12 * Math.sqrt(nodes);
  const centre = (c: number) => {
    const r = radius * Math.sqrt((c + 0.5) / communities);
    const angle = c * 2.399963; // golden angle
    return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
  };
  const spread = radius / Math.sqrt(communities) / 2;
  const keys: string[] = [];
  for (let i = 0; i < nodes; i++) {
    const type = pick(NODE_TYPES);
    const key = `${type}:n${i}`;
    const c = centre(i % communities);
    // Box-Muller: a gaussian cloud around the centre.
    const r = spread * Math.sqrt(-2 * Math.log(1 - rand()));
    const angle = 2 * Math.PI * rand();
    graph.addNode(key, {
      label: `${type[0].toUpperCase()}${type.slice(1)} ${i}`,
      type,
      aliases: [],
      mentions: [span()],
      x: round(c.x + r * Math.cos(angle)),
      y: round(c.y + r * Math.sin(angle)),
      size: 0,
    });
    keys.push(key);
  }
  for (let i = 0; i < nodes; i++) {
    for (let k = 0; k < edgesPerNode; k++) {
      // Same community: same index modulo the community count.
      const j = rand() < CROSS || communities === nodes ? Math.floor(rand() * nodes) : ((i % communities) + communities * Math.floor(rand() * Math.ceil(nodes / communities))) % nodes;
      // Each (source, action, target) once, as the extractor keys edges; retry on collision.
      let action = pick(ACTIONS);
      let target = keys[j === i ? (i + 1) % nodes : j];
      while (graph.hasEdge(edgeKey(keys[i], action, target))) {
        action = pick(ACTIONS);
        target = keys[Math.floor(rand() * nodes)];
      }
      const evidence = [span()];
      const dated = rand() < 0.7;
      const edge: EdgeAttributes = { action, verb: action, evidence };
      if (dated) edge.date = documents[Math.floor(rand() * DOCUMENTS)].date;
      graph.addDirectedEdgeWithKey(edgeKey(keys[i], action, target), keys[i], target, edge);
    }
  }
  graph.forEachNode((key) => graph.setNodeAttribute(key, "size", nodeSize(graph.degree(key))));
  return graph;
}

/**
 * graph.json text of a synthetic graph: graphology's export, as the extractor writes, but
 * compact and in insertion key order (toJSON's stable pretty-printing takes 15 s at 50k nodes).
 */
export function syntheticGraphJSON(options: SyntheticOptions): string {
  return JSON.stringify(syntheticGraph(options).export());
}
