// Messages about what the page did with a person's files: errors (the file and the
// problem), repairs and skipped files. Text only: file names and messages may hold markup.
export interface Notice {
  id: number;
  level: "error" | "warning" | "info";
  title: string;
  details: string[];
}

export function Notices({ notices, onDismiss }: { notices: Notice[]; onDismiss: (id: number) => void }) {
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice ${n.level}`} role={n.level === "error" ? "alert" : "status"}>
          <button type="button" className="close" aria-label="Dismiss" onClick={() => onDismiss(n.id)}>
            ×
          </button>
          <p className="notice-title">{n.title}</p>
          {n.details.length > 0 && (
            <ul>
              {n.details.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}
