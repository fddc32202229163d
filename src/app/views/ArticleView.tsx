// A whole article, as text, with one sentence highlighted and scrolled into view and the
// focused entity's mentions marked.
import { useEffect, useMemo, useRef } from "react";
import type { DocumentInfo } from "../../extract/types.ts";
import type { NewsGraph } from "../../graph/types.ts";
import type { Mark } from "../core/evidence.ts";
import type { Range } from "../core/sentences.ts";
import { MarkedText } from "./Quote.tsx";

export interface OpenArticle {
  doc: DocumentInfo;
  sentence: Range;
  /** The node whose mentions are marked. */
  focus: string;
}

export function ArticleView({ graph, article, onClose }: { graph: NewsGraph; article: OpenArticle; onClose: () => void }) {
  const { doc, sentence, focus } = article;
  const sentenceRef = useRef<HTMLElement>(null);
  const marks = useMemo<Mark[]>(
    () =>
      graph.hasNode(focus)
        ? graph
            .getNodeAttribute(focus, "mentions")
            .filter((m) => m.doc === doc.id)
            .map((m) => ({ node: focus, start: m.start, end: m.end }))
        : [],
    [graph, focus, doc.id],
  );
  useEffect(() => {
    sentenceRef.current?.scrollIntoView({ block: "center" });
  }, [doc.id, sentence.start, sentence.end]);
  const text = doc.text;
  return (
    <div className="article-backdrop" onClick={onClose}>
      <div className="article-view" role="dialog" aria-modal="true" aria-label={`Article ${doc.title || doc.id}`} onClick={(e) => e.stopPropagation()}>
        <header>
          <div>
            <h2>{doc.title || doc.id}</h2>
            <div className="muted">
              {doc.date || "undated"} · {doc.path}
            </div>
          </div>
          <button type="button" className="close" aria-label="Close article" onClick={onClose}>
            ×
          </button>
        </header>
        <div className="article-text">
          <MarkedText graph={graph} text={text} from={0} to={sentence.start} marks={marks} />
          <mark className="sentence" ref={sentenceRef}>
            <MarkedText graph={graph} text={text} from={sentence.start} to={sentence.end} marks={marks} />
          </mark>
          <MarkedText graph={graph} text={text} from={sentence.end} to={text.length} marks={marks} />
        </div>
      </div>
    </div>
  );
}
