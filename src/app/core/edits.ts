// The person's edits to the working graph: curation operations with an undo position.
// Operations before `done` are applied; those after it were undone (redo brings them back).
// Pure: every change returns new Edits.
import { curate, type CurationResult } from "../../graph/curation/apply.ts";
import { readCuration } from "../../graph/curation/file.ts";
import { CURATION_VERSION, type Operation } from "../../graph/curation/types.ts";
import type { NewsGraph } from "../../graph/types.ts";

export interface Edits {
  operations: Operation[];
  done: number;
}

export const NO_EDITS: Edits = { operations: [], done: 0 };

/** A new edit: what was undone is forgotten, as in any editor. */
export const pushEdit = (e: Edits, operation: Operation): Edits => ({ operations: [...e.operations.slice(0, e.done), operation], done: e.done + 1 });
export const undoEdit = (e: Edits): Edits => (e.done > 0 ? { ...e, done: e.done - 1 } : e);
export const redoEdit = (e: Edits): Edits => (e.done < e.operations.length ? { ...e, done: e.done + 1 } : e);

/** Without the edit at `index` (applied or undone). */
export const removeEdit = (e: Edits, index: number): Edits => ({ operations: e.operations.filter((_o, i) => i !== index), done: index < e.done ? e.done - 1 : e.done });

/** The operations applied to the graph shown. */
export const appliedOperations = (e: Edits): Operation[] => e.operations.slice(0, e.done);

/** The graph shown: `base` with the applied edits, and those that no longer apply. */
export function withEdits(base: NewsGraph, edits: Edits): CurationResult {
  return edits.done === 0 ? { graph: base, stale: [] } : curate(base, appliedOperations(edits));
}

/** Edits kept in this browser, checked as a curation file is: unusable ones are dropped with a message. */
export function restoreEdits(value: unknown, name: string): { edits: Edits; problem?: string } {
  if (value === undefined) return { edits: NO_EDITS };
  const kept = value as Partial<Edits>;
  const read = readCuration(JSON.stringify({ curation: CURATION_VERSION, operations: kept.operations }), name);
  if ("error" in read) return { edits: NO_EDITS, problem: `${read.error}: the edits were dropped` };
  const done = Number.isInteger(kept.done) ? Math.max(0, Math.min(kept.done!, read.operations.length)) : read.operations.length;
  return { edits: { operations: read.operations, done } };
}
