// Attribute shapes of the graph built from an Extraction (the data model shared by the
// CLI, graph.json and the explorer), and the names of those attributes in the order files
// write them. Pure: no Node or DOM APIs.
import type Graph from "graphology";
import type { DocumentInfo, EntityNode, RelationEdge } from "../extract/types.ts";

/** A node: the extractor's entity (less its key, which keys the node), then curation and layout. */
export interface NodeAttributes extends Omit<EntityNode, "key"> {
  /** Set by curation (src/graph/curation): the node was changed by hand. */
  curated?: Curated;
  x: number;
  y: number;
  size: number;
}

/** An edge: the extractor's relation (less its ends, which the graph holds), then curation. */
export interface EdgeAttributes extends Omit<RelationEdge, "source" | "target"> {
  /** Set by curation: the edge was added or changed by hand. */
  curated?: Curated;
  /** Set by curation: a person checked the edge against its evidence. */
  checked?: true;
}

/** How a node or edge was curated: added by hand, or extracted then changed by hand. */
export const CURATED = ["added", "edited"] as const;
export type Curated = (typeof CURATED)[number];

export interface GraphAttributes {
  documents: DocumentInfo[];
}

export type NewsGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export { edgeKey } from "../extract/types.ts";

/**
 * `names` itself, when it lists every property of T and nothing else (else it does not
 * compile, naming what is missing): a list of names cannot fall behind its type.
 */
const allNamesOf =
  <T>() =>
  <const K extends readonly (keyof T & string)[]>(names: K & ([Exclude<keyof T, K[number]>] extends [never] ? unknown : { missing: Exclude<keyof T, K[number]> })): K =>
    names;

/** The node attributes of this project, in graph.json's order; a file's others are kept and listed apart. */
export const NODE_ATTRIBUTES = allNamesOf<NodeAttributes>()(["label", "type", "aliases", "mentions", "role", "curated", "x", "y", "size"]);
/** The edge attributes of this project, in graph.json's order. */
export const EDGE_ATTRIBUTES = allNamesOf<EdgeAttributes>()(["action", "verb", "evidence", "date", "curated", "checked"]);
/** A document's fields, in graph.json's order. */
export const DOCUMENT_FIELDS = allNamesOf<DocumentInfo>()(["id", "title", "date", "path", "text"]);

/** Options every NewsGraph is created with (parallel edges with different actions are allowed). */
export const GRAPH_OPTIONS = { type: "directed", multi: true, allowSelfLoops: true } as const;
