// A whole article, as text, with one sentence highlighted and scrolled into view and the
// focused entity's mentions marked. Selecting text highlights the sentence around it, which
// "Add an edge" takes as its evidence.
import { useEffect, useMemo, useRef, useState } from "react";
import type { DocumentInfo } from "../../extract/types.ts";
import type { NewsGraph } from "../../graph/types.ts";
import type { Mark } from "../core/evidence.ts";
import { sentenceAround, type Range } from "../core/sentences.ts";
import { AddEdge } from "./AddEdge.tsx";
import type { EditRequest } from "./edit-request.ts";
import { MarkedText } from "./Quote.tsx";

export interface OpenArticle {
  doc: DocumentInfo;
  sentence: Range;
  /** The node whose mentions are marked. */
  focus: string;
}

/** Offset in the article's text of a point in its rendered text (which is that text, cut into spans). */
function textOffset(container: Node, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(container, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

export function ArticleView({ graph, article, onClose, onEdit }: { graph: NewsGraph; article: OpenArticle; onClose: () => void; onEdit: EditRequest }) {
  const { doc, focus } = article;
  const [sentence, setSentence] = useState<Range>(article.sentence);
  useEffect(() => setSentence(article.sentence), [article]);
  const sentenceRef = useRef<HTMLElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  /** The sentence around the text selected in the article, if any. */
  const chooseSelected = () => {
    const selection = window.getSelection();
    const container = textRef.current;
    if (!selection || selection.isCollapsed || !container || !selection.anchorNode || !container.contains(selection.anchorNode) || !container.contains(selection.focusNode)) return;
    const a = textOffset(container, selection.anchorNode, selection.anchorOffset);
    const b = textOffset(container, selection.focusNode!, selection.focusOffset);
    setSentence(sentenceAround(doc.text, Math.min(a, b), Math.max(a, b)));
  };
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
  }, [doc.id, article.sentence.start, article.sentence.end]);
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
        <AddEdge key={doc.id} graph={graph} doc={doc} sentence={sentence} focus={focus} onEdit={onEdit} />
        <div className="article-text" ref={textRef} onMouseUp={chooseSelected} onKeyUp={chooseSelected}>
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
