// Progress of a graph file being opened in the worker, with a way to stop it.
import type { OpeningProgress } from "../opening/use-opening.ts";

const STAGES = { parse: "reading", build: "building the graph", layout: "laying it out" } as const;
const megabytes = (bytes: number) => `${(bytes / 1e6).toLocaleString("en-US", { maximumFractionDigits: 1 })} MB`;

export function OpeningStatus({ progress, onCancel }: { progress: OpeningProgress; onCancel: () => void }) {
  const { name, bytes, load } = progress;
  // Parsing GEXF is measured (characters read); the rest is one step each (indeterminate bar).
  const measured = load !== null && load.total > 0;
  return (
    <div className="opening-status" role="status" aria-label="Opening">
      <span className="stage">
        Opening {name} ({megabytes(bytes)}): {load ? STAGES[load.stage] : "reading the file"}…
      </span>
      {measured ? <progress aria-label="Opening progress" max={load.total} value={load.done} /> : <progress aria-label="Opening progress" />}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
