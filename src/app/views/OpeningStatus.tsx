// Progress of a graph file being opened, with a way to stop it until it replaces the graph on
// screen: read and built in the worker, built again on the page, drawn, kept in this browser.
import type { OpeningProgress } from "../opening/use-opening.ts";

const STAGES = { parse: "reading", build: "building the graph", layout: "laying it out", receive: "building the graph", draw: "drawing", keep: "keeping it in this browser" } as const;
const megabytes = (bytes: number) => `${(bytes / 1e6).toLocaleString("en-US", { maximumFractionDigits: 1 })} MB`;

/** `onCancel` is left out once the graph is no longer the page's to cancel (drawing it replaces the old one). */
export function OpeningStatus({ progress, onCancel }: { progress: OpeningProgress; onCancel?: () => void }) {
  const { name, bytes, load } = progress;
  // Parsing GEXF and building the page's copy are measured (characters read, parts added); the rest is one step each (indeterminate bar).
  const measured = load !== null && load.total > 0;
  return (
    <div className="opening-status" role="status" aria-label="Opening" data-stage={load?.stage ?? "file"}>
      <span className="stage">
        Opening {name} ({megabytes(bytes)}): {load ? STAGES[load.stage] : "reading the file"}…
      </span>
      {measured ? <progress aria-label="Opening progress" max={load.total} value={load.done} /> : <progress aria-label="Opening progress" />}
      {onCancel && (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
