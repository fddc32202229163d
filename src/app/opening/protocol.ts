// Messages between the explorer and its graph-file worker (open.worker.ts).
import type { SerializedGraph } from "graphology-types";
import type { LoadProgress } from "../../graph/load/problems.ts";

/** A File goes to the worker without its bytes being copied: the worker reads it. */
export interface OpenRequest {
  file: File;
}

export type OpenMessage =
  | ({ kind: "progress" } & LoadProgress)
  /** The graph, made readable by the explorer (core/file-graph.ts), as graphology exports it. */
  | { kind: "done"; graph: SerializedGraph; warnings: string[] }
  | { kind: "failed"; error: string };
