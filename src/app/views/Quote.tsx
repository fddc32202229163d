// A sentence of an article with the entities it names highlighted. Always rendered as text.
import type { CSSProperties } from "react";
import { typeColor } from "../../graph/palette.ts";
import type { NewsGraph } from "../../graph/types.ts";
import type { EvidenceSentence, Mark } from "../core/evidence.ts";
import { highlight } from "../core/sentences.ts";

export function markStyle(graph: NewsGraph, node: string): CSSProperties {
  const color = graph.hasNode(node) ? typeColor(graph.getNodeAttribute(node, "type")) : "#999";
  return { background: `${color}33`, boxShadow: `inset 0 -2px 0 ${color}` };
}

/** text[from, to) with `marks` highlighted (one <mark> per entity mention). */
export function MarkedText({ graph, text, from, to, marks }: { graph: NewsGraph; text: string; from: number; to: number; marks: Mark[] }) {
  const pieces = highlight(
    text,
    from,
    to,
    marks.map((m) => ({ start: m.start, end: m.end, kind: m.node })),
  );
  return (
    <>
      {pieces.map((p, i) =>
        p.mark === undefined ? (
          <span key={i}>{p.text}</span>
        ) : (
          <mark key={i} className="mention" data-node={p.mark} style={markStyle(graph, p.mark)}>
            {p.text}
          </mark>
        ),
      )}
    </>
  );
}

interface QuoteProps {
  graph: NewsGraph;
  sentence: EvidenceSentence;
  /** Shows the article's title and date above the sentence. */
  withSource?: boolean;
  onOpen: (sentence: EvidenceSentence) => void;
}

export function Quote({ graph, sentence, withSource, onOpen }: QuoteProps) {
  const { doc } = sentence;
  return (
    <figure className="quote">
      {withSource && (
        <figcaption>
          <cite>{doc.title || doc.id}</cite>
          {doc.date && <span className="date">{doc.date}</span>}
        </figcaption>
      )}
      <blockquote className="sentence">
        <MarkedText graph={graph} text={doc.text} from={sentence.start} to={sentence.end} marks={sentence.marks} />
      </blockquote>
      <div className="quote-tools">
        {sentence.date && <span className="date">dated {sentence.date}</span>}
        <button type="button" className="link" onClick={() => onOpen(sentence)}>
          Open article
        </button>
      </div>
    </figure>
  );
}
