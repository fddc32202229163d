// "Add articles": pick or drop .txt, .md and .html files, or paste an article's text.
import { useState } from "react";
import { ARTICLE_ACCEPT } from "../core/dropped-files.ts";

interface Props {
  busy: boolean;
  onFiles: (files: File[]) => void;
  onText: (text: string) => void;
  onClose: () => void;
}

export function AddArticles({ busy, onFiles, onText, onClose }: Props) {
  const [text, setText] = useState("");
  return (
    <div className="add-articles" role="dialog" aria-label="Add articles">
      <button type="button" className="close" aria-label="Close" onClick={onClose}>
        ×
      </button>
      <h2>Add articles</h2>
      <p className="muted">Files ({ARTICLE_ACCEPT.replaceAll(",", " ")}) picked here or dropped anywhere on the page are extracted together with the articles of the current graph.</p>
      <input
        type="file"
        multiple
        accept={ARTICLE_ACCEPT}
        aria-label="Article files"
        disabled={busy}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = ""; // the same files can be picked again
          if (files.length) onFiles(files);
        }}
      />
      <textarea aria-label="Article text" placeholder="…or paste an article here" value={text} onChange={(e) => setText(e.target.value)} rows={8} />
      <button
        type="button"
        disabled={busy || text.trim() === ""}
        onClick={() => {
          onText(text);
          setText("");
        }}
      >
        Add pasted text
      </button>
    </div>
  );
}
