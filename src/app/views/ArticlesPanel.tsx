// The articles of the graph: each with its date and what it contributes; a click shows its
// part of the graph, a tick keeps only what the ticked articles say. And a search through
// the evidence sentences, for the edges that say a word.
import { useMemo, useState } from "react";
import type { NewsGraph } from "../../graph/types.ts";
import { articleSummaries, searchEvidence, type ArticleSummary } from "../core/articles.ts";
import type { Selection } from "../core/view-state.ts";
import { MarkedText } from "./Quote.tsx";

interface Props {
  graph: NewsGraph;
  /** The articles the filter keeps; null for all. */
  chosen: ReadonlySet<string> | null;
  onChoose: (articles: ReadonlySet<string> | null) => void;
  /** The article whose part of the graph is highlighted. */
  shown: string | null;
  onShow: (article: ArticleSummary | null) => void;
  onSelect: (selection: Selection) => void;
}

export function ArticlesPanel({ graph, chosen, onChoose, shown, onShow, onSelect }: Props) {
  const summaries = useMemo(() => articleSummaries(graph), [graph]);
  const [text, setText] = useState("");
  const hits = useMemo(() => searchEvidence(graph, text), [graph, text]);
  if (!summaries.length) return null;
  const toggle = (id: string) => {
    const next = new Set(chosen ?? []);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChoose(next.size ? next : null);
  };
  return (
    <section className="articles-panel" aria-label="Articles">
      <h3>Articles</h3>
      <ul>
        {summaries.map((s) => (
          <li key={s.doc.id} className={shown === s.doc.id ? "article shown" : "article"}>
            <input type="checkbox" aria-label={`Only “${s.doc.title || s.doc.id}”`} checked={!!chosen?.has(s.doc.id)} onChange={() => toggle(s.doc.id)} />
            <button type="button" className="link" aria-pressed={shown === s.doc.id} onClick={() => onShow(shown === s.doc.id ? null : s)}>
              {s.doc.title || s.doc.id}
            </button>
            <span className="muted article-facts">
              {s.doc.date || "undated"} · {s.nodes.size} entities · {s.edges.size} edges
            </span>
          </li>
        ))}
      </ul>
      {chosen && (
        <button type="button" className="link" onClick={() => onChoose(null)}>
          All articles
        </button>
      )}
      <label className="evidence-search">
        <span className="muted">Find in the evidence</span>
        <input type="search" aria-label="Find in the evidence" placeholder="a word, such as “talks”" value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      {text.trim().length >= 2 && (
        <ul className="evidence-hits" aria-label="Sentences found">
          {hits.length === 0 && <li className="muted">No evidence sentence says “{text.trim()}”.</li>}
          {hits.map(({ edge, sentence }) => (
            <li key={`${edge}:${sentence.doc.id}:${sentence.start}`}>
              <button type="button" className="link" onClick={() => onSelect({ kind: "edge", key: edge })}>
                {graph.getNodeAttribute(graph.source(edge), "label")} {graph.getEdgeAttribute(edge, "action")} {graph.getNodeAttribute(graph.target(edge), "label")}
              </button>
              <blockquote className="sentence">
                <MarkedText graph={graph} text={sentence.doc.text} from={sentence.start} to={sentence.end} marks={sentence.marks} />
              </blockquote>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
