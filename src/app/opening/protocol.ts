// Messages between the explorer and its graph-file worker (open.worker.ts).
import type { LoadProgress } from "../../graph/load/problems.ts";
import type { GraphHead, GraphPart } from "../storage/graph-parts.ts";

/**
 * A File goes to the worker without its bytes being copied: the worker reads it. Once loaded,
 * the graph is kept in IndexedDB under `keepAs` while the page asks for its parts ("next").
 */
export type OpenRequest = { kind: "open"; file: File; keepAs: string } | { kind: "next" };

export type OpenMessage =
  | ({ kind: "progress" } & LoadProgress)
  /** The graph, made readable by the explorer (core/file-graph.ts), is ready: its head; its parts come one per "next". */
  | { kind: "loaded"; head: GraphHead; warnings: string[] }
  | { kind: "part"; part: GraphPart }
  /** Every part is stored in IndexedDB (storage/graph-parts.ts), or could not be. */
  | { kind: "kept" }
  | { kind: "keep-failed"; error: string }
  | { kind: "failed"; error: string };
