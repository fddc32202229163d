import { errorMessage } from "../error-message.ts";
// What loading a graph file can say: the graph and the repairs made, or why it could not
// be loaded. Every message starts with the file's name. Pure.

export type LoadResult<G> = { graph: G; warnings: string[] } | { error: string };

/** Where a load is: parsing the text (`done` of `total` characters), building the graph, laying it out. */
export interface LoadProgress {
  stage: "parse" | "build" | "layout";
  /** Both 0 when the stage cannot be measured. */
  done: number;
  total: number;
}

export interface LoadOptions {
  /** Called as the load goes (a large file takes seconds). */
  onProgress?: (progress: LoadProgress) => void;
}

/** Longer labels are cut (they are drawn on screen). */
export const MAX_LABEL_LENGTH = 1000;
/** Warnings listed for one kind of repair; the rest are counted in one line. */
const MAX_WARNINGS_PER_REPAIR = 20;

/** Thrown inside a loader to give up on the file; turned into `{ error }` by `settle`. */
export class LoadError extends Error {}

/** A short, quoted rendering of a value for messages. */
export function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? value.slice(0, 40) + "..." : value);
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}

/**
 * Collects the problems met while loading file `name`. `fail` gives up on the file;
 * `repair` records a warning, or gives up too when `strict` (validation without repairs).
 */
export class Problems {
  private readonly list: string[] = [];
  private readonly perRepair = new Map<string, number>();

  constructor(
    readonly name: string,
    readonly strict = false,
  ) {}

  private message(where: string, problem: string): string {
    return `${this.name}: ${where}${where ? ": " : ""}${problem}`;
  }

  fail(where: string, problem: string): never {
    throw new LoadError(this.message(where, problem));
  }

  /** `fix` says what was done ("edge dropped"); it also groups the warnings. */
  repair(where: string, problem: string, fix: string): void {
    if (this.strict) this.fail(where, problem);
    const n = (this.perRepair.get(fix) ?? 0) + 1;
    this.perRepair.set(fix, n);
    if (n <= MAX_WARNINGS_PER_REPAIR) this.list.push(`${this.message(where, problem)}: ${fix}`);
  }

  warnings(): string[] {
    const more = [...this.perRepair].filter(([, n]) => n > MAX_WARNINGS_PER_REPAIR);
    return [...this.list, ...more.map(([fix, n]) => `${this.name}: ... and ${n - MAX_WARNINGS_PER_REPAIR} more (${fix})`)];
  }
}

/**
 * Runs a loader: its LoadError, or any other exception (a bug, a stack overflow on absurd
 * input), becomes `{ error }` naming the file; a loader never throws and never returns a
 * half-built graph.
 */
export function settle<G>(name: string, load: () => G, problems: Problems): LoadResult<G> {
  try {
    const graph = load();
    return { graph, warnings: problems.warnings() };
  } catch (e) {
    if (e instanceof LoadError) return { error: e.message };
    return { error: `${name}: could not be loaded (${errorMessage(e)})` };
  }
}

/** Cuts an over-long label, with a warning. */
export function cutLabel(label: string, where: string | { toString(): string }, problems: Problems): string {
  if (problems.strict || label.length <= MAX_LABEL_LENGTH) return label; // validation only: labels stay whole
  problems.repair(`${where}`, `label of ${label.length.toLocaleString("en-US")} characters`, `cut to ${MAX_LABEL_LENGTH}`);
  return label.slice(0, MAX_LABEL_LENGTH - 1) + "…";
}
