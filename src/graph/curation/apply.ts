// Applies a curation's operations to a graph, in order. Each operation either applies or is
// reported as stale with its reason (never dropped, never fatal). Deterministic: the same
// graph and operations give the same graph, in the CLI and in the browser. Pure.
import { inDocumentOrder, type Evidence, type Span } from "../../extract/types.ts";
import { nodeSize } from "../layout.ts";
import { edgeKey, type EdgeAttributes, type NewsGraph } from "../types.ts";
import { findEdge, findNode } from "./find.ts";
import type { CuratedEvidence, NodeField, Operation, StaleOperation } from "./types.ts";

/** Thrown by an operation that does not apply; its message is the reason. */
class Stale extends Error {}

export interface CurationResult {
  graph: NewsGraph;
  stale: StaleOperation[];
}

/** A copy of `base` with `operations` applied (`base` is left as it was). */
export function curate(base: NewsGraph, operations: readonly Operation[]): CurationResult {
  const graph = base.copy() as NewsGraph;
  return { graph, stale: applyOperations(graph, operations) };
}

/** Applies `operations` to `graph` in place; returns those that no longer apply. */
export function applyOperations(graph: NewsGraph, operations: readonly Operation[]): StaleOperation[] {
  const stale: StaleOperation[] = [];
  const editor = new Editor(graph);
  operations.forEach((operation, index) => {
    try {
      editor.apply(operation);
    } catch (e) {
      if (!(e instanceof Stale)) throw e;
      stale.push({ index, operation, reason: e.message });
    }
  });
  return stale;
}

/** The problem with an added edge's evidence in this graph's documents, if any. */
export function evidenceProblem(graph: NewsGraph, evidence: readonly CuratedEvidence[]): string | undefined {
  const lengths = new Map(graph.getAttribute("documents").map((d) => [d.id, d.text.length]));
  if (evidence.length === 0) return "no evidence";
  for (const e of evidence) {
    const length = lengths.get(e.doc);
    if (length === undefined) return `no document "${e.doc}"`;
    if (e.end > length) return `evidence ${e.start}..${e.end} is outside document "${e.doc}" (length ${length})`;
  }
  return undefined;
}

class Editor {
  private readonly docOrder: Map<string, number>;

  constructor(private readonly graph: NewsGraph) {
    this.docOrder = new Map(graph.getAttribute("documents").map((d, i) => [d.id, i]));
  }

  apply(o: Operation): void {
    switch (o.op) {
      case "merge":
        return this.merge(this.node(o, "node"), this.node(o, "into"));
      case "rename": {
        const node = this.node(o, "node");
        const a = this.graph.getNodeAttributes(node);
        if (a.label === o.label) return;
        // The old name stays an alias: search finds it, and "add to lexicon" keeps it.
        const aliases = [...new Set([...a.aliases, a.label])].filter((alias) => alias !== o.label);
        this.graph.mergeNodeAttributes(node, { label: o.label, aliases, curated: a.curated ?? "edited" });
        return;
      }
      case "retype": {
        const node = this.node(o, "node");
        const a = this.graph.getNodeAttributes(node);
        if (a.type !== o.type) this.graph.mergeNodeAttributes(node, { type: o.type, curated: a.curated ?? "edited" });
        return;
      }
      case "deleteNode": {
        const node = this.node(o, "node");
        const neighbours = this.graph.neighbors(node);
        this.graph.dropNode(node);
        return this.resize(neighbours);
      }
      case "deleteEdge": {
        const edge = this.edge(o);
        const ends = this.graph.extremities(edge);
        this.graph.dropEdge(edge);
        return this.resize(ends);
      }
      case "setAction": {
        const edge = this.edge(o);
        if (this.graph.getEdgeAttribute(edge, "action") === o.action) return;
        return this.move(edge, this.graph.source(edge), this.graph.target(edge), o.action);
      }
      case "reverseEdge": {
        const edge = this.edge(o);
        return this.move(edge, this.graph.target(edge), this.graph.source(edge));
      }
      case "markChecked":
        return void this.graph.setEdgeAttribute(this.edge(o), "checked", true);
      case "addEdge": {
        const source = this.node(o, "source");
        const target = this.node(o, "target");
        const problem = evidenceProblem(this.graph, o.evidence);
        if (problem) throw new Stale(problem);
        const evidence = o.evidence.map(({ doc, start, end }): Evidence => ({ doc, start, end }));
        this.join(source, target, { action: o.action, verb: "", evidence, curated: "added" });
        return this.resize([source, target]);
      }
    }
  }

  private node(o: Operation & { [F in NodeField]?: string }, field: NodeField): string {
    const key = o[field]!;
    const found = findNode(this.graph, key, o.was?.[field]);
    if (found === undefined) throw new Stale(`no node "${key}"${o.was?.[field] ? ` (nor one named "${o.was[field]!.label}", ${o.was[field]!.type})` : ""}`);
    return found;
  }

  private edge(o: Operation & { edge: string }): string {
    const found = findEdge(this.graph, o.edge, { source: o.was?.source, target: o.was?.target });
    if (found === undefined) throw new Stale(`no edge "${o.edge}"`);
    return found;
  }

  /** `node` into `into`: every alias and mention kept, edges re-pointed and joined, self-loops made by it dropped. */
  private merge(node: string, into: string): void {
    if (node === into) throw new Stale(`"${node}" is the node it would be merged into`);
    const g = this.graph;
    const a = g.getNodeAttributes(node);
    const b = g.getNodeAttributes(into);
    const aliases = [...new Set([...b.aliases, a.label, ...a.aliases])].filter((alias) => alias !== b.label);
    g.mergeNodeAttributes(into, { aliases, mentions: this.joinSpans(b.mentions, a.mentions), curated: b.curated ?? "edited" });
    const touched = new Set([into, ...g.neighbors(node)]);
    touched.delete(node);
    for (const edge of g.edges(node)) {
      const attributes = g.getEdgeAttributes(edge);
      const source = g.source(edge) === node ? into : g.source(edge);
      const target = g.target(edge) === node ? into : g.target(edge);
      g.dropEdge(edge);
      if (source !== target) this.join(source, target, attributes);
    }
    g.dropNode(node);
    this.resize(touched);
  }

  /** Moves `edge` to new ends or a new action (its key follows), joining an edge already there. */
  private move(edge: string, source: string, target: string, action = this.graph.getEdgeAttribute(edge, "action")): void {
    const attributes = this.graph.getEdgeAttributes(edge);
    this.graph.dropEdge(edge);
    this.join(source, target, { ...attributes, action });
    this.resize([source, target]);
  }

  /** Adds an edge, or joins it to the one with its (source, action, target): evidence united, earliest date. */
  private join(source: string, target: string, attributes: EdgeAttributes): void {
    const key = edgeKey(source, attributes.action, target);
    const g = this.graph;
    if (!g.hasEdge(key)) {
      g.addDirectedEdgeWithKey(key, source, target, { ...attributes, curated: attributes.curated ?? "edited" });
      return;
    }
    const old = g.getEdgeAttributes(key);
    const joined: Partial<EdgeAttributes> = { evidence: this.joinSpans(old.evidence, attributes.evidence), curated: old.curated ?? "edited" };
    const dates = [old.date, attributes.date].filter((d): d is string => !!d).sort();
    if (dates.length) joined.date = dates[0];
    if (attributes.checked) joined.checked = true;
    g.mergeEdgeAttributes(key, joined);
  }

  /** United spans, in document order, each once (as the extractor gives them). */
  private joinSpans<S extends Span>(a: readonly S[], b: readonly S[]): S[] {
    return inDocumentOrder([...a, ...b], this.docOrder);
  }

  private resize(nodes: Iterable<string>): void {
    for (const node of nodes) if (this.graph.hasNode(node)) this.graph.setNodeAttribute(node, "size", nodeSize(this.graph.degree(node)));
  }
}
