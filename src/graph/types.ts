// Attribute shapes of the graph built from an Extraction (the data model shared by the
// CLI, graph.json and the explorer). Pure: no Node or DOM APIs.
import type Graph from "graphology";
import type { Action, DocumentInfo, Evidence, NodeType, Span } from "../extract/types.ts";

export interface NodeAttributes {
  label: string;
  type: NodeType;
  aliases: string[];
  mentions: Span[];
  /** Only present when the extractor gave one. */
  role?: string;
  /** Set by curation (src/graph/curation): the node was changed by hand. */
  curated?: Curated;
  x: number;
  y: number;
  size: number;
}

export interface EdgeAttributes {
  action: Action;
  verb: string;
  evidence: Evidence[];
  /** Only present when the extractor gave one. */
  date?: string;
  /** Set by curation: the edge was added or changed by hand. */
  curated?: Curated;
  /** Set by curation: a person checked the edge against its evidence. */
  checked?: true;
}

/** How a node or edge was curated: added by hand, or extracted then changed by hand. */
export type Curated = "added" | "edited";

export interface GraphAttributes {
  documents: DocumentInfo[];
}

export type NewsGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Options every NewsGraph is created with (parallel edges with different actions are allowed). */
export const GRAPH_OPTIONS = { type: "directed", multi: true, allowSelfLoops: true } as const;

/** Deterministic edge key: one edge per (source, action, target). */
export function edgeKey(source: string, action: string, target: string): string {
  return `${source}|${action}|${target}`;
}
