// Says when the selected item is hidden by the filters, and offers to show it: filtering
// never drops the selection silently.
export function HiddenNotice({ reasons, onReveal }: { reasons: string[]; onReveal: () => void }) {
  if (!reasons.length) return null;
  return (
    <div className="hidden-notice" role="status">
      Hidden on the canvas by the filters: {reasons.join("; ")}.{" "}
      <button type="button" className="link" onClick={onReveal}>
        Show it
      </button>
    </div>
  );
}
