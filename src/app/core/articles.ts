// The articles of the graph: what each one contributes (entities, edges), and the evidence
// sentences that say a word. Pure.
import type { DocumentInfo } from "../../extract/types.ts";
import type { NewsGraph } from "../../graph/types.ts";
import { edgeEvidence, type EvidenceSentence } from "./evidence.ts";
import { standsForPair, twinOf } from "./two-way.ts";

export interface ArticleSummary {
  doc: DocumentInfo;
  /** Entities it mentions, and edges it gives evidence for. */
  nodes: Set<string>;
  edges: Set<string>;
}

export function articleSummaries(graph: NewsGraph): ArticleSummary[] {
  const byDoc = new Map<string, ArticleSummary>((graph.getAttribute("documents") ?? []).map((doc) => [doc.id, { doc, nodes: new Set(), edges: new Set() }]));
  graph.forEachNode((node, a) => {
    for (const m of a.mentions ?? []) byDoc.get(m.doc)?.nodes.add(node);
  });
  graph.forEachEdge((edge, a, source, target) => {
    // A two-way pair counts once, under the edge that stands for it (its evidence is both edges').
    const twin = twinOf(graph, edge);
    const counted = twin !== undefined && !standsForPair(edge, twin) ? twin : edge;
    for (const ev of a.evidence ?? []) {
      const s = byDoc.get(ev.doc);
      if (!s) continue;
      s.edges.add(counted);
      // An edge's ends are in its article even where only a pronoun names them.
      s.nodes.add(source).add(target);
    }
  });
  return [...byDoc.values()];
}

export interface SentenceHit {
  edge: string;
  sentence: EvidenceSentence;
}

/** Evidence sentences containing `text` (case-insensitive), with their edges; a two-way pair's once. */
export function searchEvidence(graph: NewsGraph, text: string, limit = 50): SentenceHit[] {
  const needle = text.trim().toLocaleLowerCase();
  if (needle.length < 2) return [];
  const hits: SentenceHit[] = [];
  graph.forEachEdge((edge) => {
    if (hits.length >= limit) return;
    const twin = twinOf(graph, edge);
    if (twin !== undefined && !standsForPair(edge, twin)) return;
    for (const sentence of edgeEvidence(graph, edge)) {
      if (sentence.doc.text.slice(sentence.start, sentence.end).toLocaleLowerCase().includes(needle)) hits.push({ edge, sentence });
    }
  });
  return hits.slice(0, limit);
}
