// An operation in words, as the CLI's summary and the explorer's list of edits name it. Pure.
import type { Operation, StaleOperation } from "./types.ts";

export function describeOperation(o: Operation): string {
  switch (o.op) {
    case "merge":
      return `merge "${o.node}" into "${o.into}"`;
    case "rename":
      return `rename "${o.node}" to "${o.label}"`;
    case "retype":
      return `retype "${o.node}" as ${o.type}`;
    case "deleteNode":
      return `delete node "${o.node}"`;
    case "deleteEdge":
      return `delete edge "${o.edge}"`;
    case "setAction":
      return `set the action of "${o.edge}" to ${o.action}`;
    case "reverseEdge":
      return `reverse edge "${o.edge}"`;
    case "markChecked":
      return `mark edge "${o.edge}" checked`;
    case "addEdge":
      return `add edge "${o.source}|${o.action}|${o.target}"`;
  }
}

/** A stale operation by name, and why: `delete node "x": no node "x"`. */
export const staleMessage = (s: StaleOperation): string => `${describeOperation(s.operation)}: ${s.reason}`;
