// Finding an operation's nodes and edges again in a graph that may have changed since the
// edit: by key first, else by the label and type the node had then. Pure.
import { ACTIONS, type Action } from "../../extract/types.ts";
import { edgeKey, type NewsGraph } from "../types.ts";
import type { NodeHint } from "./types.ts";

/**
 * The node `key`, else the one node whose type is the hint's and whose label (or an alias)
 * is the hint's label; undefined when there is none, or more than one.
 */
export function findNode(graph: NewsGraph, key: string, hint?: NodeHint): string | undefined {
  if (graph.hasNode(key)) return key;
  if (!hint) return undefined;
  const matches = graph.filterNodes((_k, a) => a.type === hint.type && (a.label === hint.label || a.aliases.includes(hint.label)));
  return matches.length === 1 ? matches[0] : undefined;
}

/** `source|action|target` -> its three parts (node keys may hold "|": the action is found by name). */
export function splitEdgeKey(key: string): { source: string; action: Action; target: string } | undefined {
  for (const action of ACTIONS) {
    const at = key.indexOf(`|${action}|`);
    if (at > 0) return { source: key.slice(0, at), action, target: key.slice(at + action.length + 2) };
  }
  return undefined;
}

/** The edge `key`, else the edge with its action between its ends found again (findNode). */
export function findEdge(graph: NewsGraph, key: string, hints: { source?: NodeHint; target?: NodeHint } = {}): string | undefined {
  if (graph.hasEdge(key)) return key;
  const parts = splitEdgeKey(key);
  if (!parts) return undefined;
  const source = findNode(graph, parts.source, hints.source);
  const target = findNode(graph, parts.target, hints.target);
  if (source === undefined || target === undefined) return undefined;
  const found = edgeKey(source, parts.action, target);
  return graph.hasEdge(found) ? found : undefined;
}

/** A node's label and type now: what an operation made now carries (NodeHint). */
export function hintOf(graph: NewsGraph, node: string): NodeHint {
  const { label, type } = graph.getNodeAttributes(node);
  return { label, type };
}
