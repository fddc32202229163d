// Operations made from the graph as it is now (the explorer's edits): each carries the label
// and type of the nodes it names, to find them again after a re-extraction. Pure.
import type { Action, NodeType } from "../../extract/types.ts";
import type { NewsGraph } from "../types.ts";
import { hintOf } from "./find.ts";
import type { CuratedEvidence, Operation } from "./types.ts";

/** The hints of an edge operation: its two ends as they are now. */
const edgeHints = (graph: NewsGraph, edge: string) => ({ source: hintOf(graph, graph.source(edge)), target: hintOf(graph, graph.target(edge)) });

export const makeOperation = {
  merge: (graph: NewsGraph, node: string, into: string): Operation => ({ op: "merge", node, into, was: { node: hintOf(graph, node), into: hintOf(graph, into) } }),
  rename: (graph: NewsGraph, node: string, label: string): Operation => ({ op: "rename", node, label, was: { node: hintOf(graph, node) } }),
  retype: (graph: NewsGraph, node: string, type: NodeType): Operation => ({ op: "retype", node, type, was: { node: hintOf(graph, node) } }),
  deleteNode: (graph: NewsGraph, node: string): Operation => ({ op: "deleteNode", node, was: { node: hintOf(graph, node) } }),
  deleteEdge: (graph: NewsGraph, edge: string): Operation => ({ op: "deleteEdge", edge, was: edgeHints(graph, edge) }),
  setAction: (graph: NewsGraph, edge: string, action: Action): Operation => ({ op: "setAction", edge, action, was: edgeHints(graph, edge) }),
  reverseEdge: (graph: NewsGraph, edge: string): Operation => ({ op: "reverseEdge", edge, was: edgeHints(graph, edge) }),
  markChecked: (graph: NewsGraph, edge: string): Operation => ({ op: "markChecked", edge, was: edgeHints(graph, edge) }),
  addEdge: (graph: NewsGraph, source: string, action: Action, target: string, evidence: CuratedEvidence[]): Operation => ({
    op: "addEdge",
    source,
    action,
    target,
    evidence,
    was: { source: hintOf(graph, source), target: hintOf(graph, target) },
  }),
};
