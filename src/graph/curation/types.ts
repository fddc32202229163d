// The curation file's operations: corrections a person makes to an extracted graph, kept
// apart from it so that they are applied again after the next extraction. Pure.
import type { Action, NodeType } from "../../extract/types.ts";

/** The version this project writes and reads (`{ "curation": 1, ... }`). */
export const CURATION_VERSION = 1;

/**
 * A node as it was when the edit was made: how an operation finds its node again when the
 * key has changed since (a lexicon edit renamed the entity, for instance).
 */
export interface NodeHint {
  label: string;
  type: NodeType;
}

/** The fields of an operation that name a node by its key. */
export type NodeField = "node" | "into" | "source" | "target";

/** Evidence a person gives for an added edge: a sentence's offsets in one document. */
export interface CuratedEvidence {
  doc: string;
  start: number;
  end: number;
}

/**
 * `was` gives, for each node the operation names (for an edge operation: the edge's `source`
 * and `target`), its label and type at the time of the edit.
 */
interface Hinted {
  was?: Partial<Record<NodeField, NodeHint>>;
}

export type Operation = Hinted &
  (
    | { op: "merge"; node: string; into: string }
    | { op: "rename"; node: string; label: string }
    | { op: "retype"; node: string; type: NodeType }
    | { op: "deleteNode"; node: string }
    | { op: "deleteEdge"; edge: string }
    | { op: "setAction"; edge: string; action: Action }
    | { op: "reverseEdge"; edge: string }
    | { op: "markChecked"; edge: string }
    | { op: "addEdge"; source: string; action: Action; target: string; evidence: CuratedEvidence[] }
  );

export type OperationName = Operation["op"];

/** Every operation's name, in the order the README documents them. */
export const OPERATION_NAMES: readonly OperationName[] = ["merge", "rename", "retype", "deleteNode", "deleteEdge", "setAction", "reverseEdge", "markChecked", "addEdge"];

export interface CurationFile {
  curation: typeof CURATION_VERSION;
  operations: Operation[];
}

/** An operation that no longer applies to the graph, and why; it is reported, never dropped. */
export interface StaleOperation {
  /** Its index in the list of operations. */
  index: number;
  operation: Operation;
  /** Why, in words ("no node \"x\""); staleMessage puts the operation's name before it. */
  reason: string;
}
