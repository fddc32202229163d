// Progress of an extraction running in the worker, with a way to stop it.
import type { ExtractionProgress } from "../extraction/use-extraction.ts";

const STAGES = { read: "Reading", extract: "Extracting entities and relations from", layout: "Laying out" } as const;

export function ExtractionStatus({ progress, onCancel }: { progress: ExtractionProgress; onCancel: () => void }) {
  const { stage, done, total, label } = progress;
  // Reading goes file by file; extraction and layout are one step each (indeterminate bar).
  const measured = stage === "read" && total > 0;
  return (
    <div className="extraction-status" role="status" aria-label="Extraction">
      <span className="stage">
        {STAGES[stage]} {stage === "read" ? `${done} of ${total} files` : label}…
      </span>
      {measured ? <progress aria-label="Extraction progress" max={total} value={done} /> : <progress aria-label="Extraction progress" />}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
