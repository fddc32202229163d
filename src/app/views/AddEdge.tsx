// "Add an edge" in the article view: the chosen sentence is its evidence; source, action and
// target are picked among the entities this article mentions (else every entity).
import { useMemo, useState } from "react";
import { ACTIONS, type Action, type DocumentInfo } from "../../extract/types.ts";
import { makeOperation } from "../../graph/curation/make.ts";
import { compareStrings } from "../../extract/types.ts";
import { edgeKey, type NewsGraph } from "../../graph/types.ts";
import type { Range } from "../core/sentences.ts";
import type { EditRequest } from "./edit-request.ts";

interface Props {
  graph: NewsGraph;
  doc: DocumentInfo;
  sentence: Range;
  /** The entity the article was opened for: the first source offered. */
  focus: string;
  onEdit: EditRequest;
}

export function AddEdge({ graph, doc, sentence, focus, onEdit }: Props) {
  const nodes = useMemo(() => {
    const inArticle = graph.filterNodes((_k, a) => a.mentions.some((m) => m.doc === doc.id));
    const list = inArticle.length >= 2 ? inArticle : graph.nodes();
    return list.map((key) => ({ key, label: graph.getNodeAttribute(key, "label") })).sort((a, b) => compareStrings(a.label, b.label) || compareStrings(a.key, b.key));
  }, [graph, doc.id]);
  const [source, setSource] = useState(graph.hasNode(focus) ? focus : (nodes[0]?.key ?? ""));
  const [action, setAction] = useState<Action>(ACTIONS[0]);
  const [target, setTarget] = useState(nodes.find((n) => n.key !== source)?.key ?? "");
  const ready = graph.hasNode(source) && graph.hasNode(target) && source !== target;
  const options = nodes.map((n) => (
    <option key={n.key} value={n.key}>
      {n.label}
    </option>
  ));
  return (
    <form
      className="add-edge"
      aria-label="Add an edge"
      onSubmit={(e) => {
        e.preventDefault();
        if (!ready) return;
        const evidence = [{ doc: doc.id, start: sentence.start, end: sentence.end }];
        onEdit(makeOperation.addEdge(graph, source, action, target, evidence), { kind: "edge", key: edgeKey(source, action, target) });
      }}
    >
      <span className="muted">Add an edge stated by the highlighted sentence (select text to choose another):</span>
      <select aria-label="Source" value={source} onChange={(e) => setSource(e.target.value)}>
        {options}
      </select>
      <select aria-label="Action" value={action} onChange={(e) => setAction(e.target.value as Action)}>
        {ACTIONS.map((a) => (
          <option key={a}>{a}</option>
        ))}
      </select>
      <select aria-label="Target" value={target} onChange={(e) => setTarget(e.target.value)}>
        {options}
      </select>
      <button type="submit" disabled={!ready}>
        Add edge
      </button>
    </form>
  );
}
