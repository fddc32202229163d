// The toolbar's edits: Undo and Redo (Ctrl+Z, Ctrl+Shift+Z), and the list of edits, each
// described, marked when undone or when it no longer applies (with why), and removable one
// by one. "Download curation file" saves them for `npm run extract -- --curation FILE`.
import { writeCuration } from "../../graph/curation/file.ts";
import { describeOperation } from "../../graph/curation/describe.ts";
import type { StaleOperation } from "../../graph/curation/types.ts";
import { download } from "../core/download.ts";
import type { Edits } from "../core/edits.ts";

interface Props {
  edits: Edits;
  stale: StaleOperation[];
  onUndo: () => void;
  onRedo: () => void;
  onRemove: (index: number) => void;
}

export function EditsMenu({ edits, stale, onUndo, onRedo, onRemove }: Props) {
  const { operations, done } = edits;
  const reasons = new Map(stale.map((s) => [s.index, s.reason]));
  return (
    <div className="edits-menu" role="group" aria-label="Edits">
      <button type="button" disabled={done === 0} onClick={onUndo} title="Undo the last edit (Ctrl+Z)">
        Undo
      </button>
      <button type="button" disabled={done === operations.length} onClick={onRedo} title="Redo (Ctrl+Shift+Z)">
        Redo
      </button>
      <details className="menu-button">
        <summary className={stale.length ? "has-stale" : undefined} data-testid="edits-summary">
          Edits ({operations.length}){stale.length > 0 && ` · ${stale.length} stale`}
        </summary>
        <div className="menu edits-list">
          {operations.length === 0 && <p className="muted">No edits yet. Select a node or an edge to edit it, or open a curation file with Open graph.</p>}
          <ol>
            {operations.map((o, i) => {
              const reason = reasons.get(i);
              const state = i >= done ? "undone" : reason ? "stale" : "applied";
              return (
                <li key={i} className={`edit ${state}`} data-state={state}>
                  <span className="what">{describeOperation(o)}</span>
                  {state === "undone" && <span className="muted"> (undone)</span>}
                  {reason && (
                    <span className="stale-reason" role="note">
                      no longer applies: {reason}
                    </span>
                  )}
                  <button type="button" className="link remove" aria-label={`Remove edit ${i + 1}`} onClick={() => onRemove(i)}>
                    remove
                  </button>
                </li>
              );
            })}
          </ol>
          <button type="button" disabled={operations.length === 0} onClick={() => download("curation.json", "application/json", writeCuration(operations.slice(0, done)))}>
            Download curation file
          </button>
          <p className="muted hint">
            <code>npm run extract -- --curation curation.json</code> applies it after every extraction. Open a curation or lexicon file with Open graph, or drop it on the page.
          </p>
        </div>
      </details>
    </div>
  );
}
