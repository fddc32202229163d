// GEXF (from Gephi or any other tool; with or without viz data, with dynamics, with
// attributes of any type) -> graphology Graph, through graphology-gexf's parser. The XML is
// checked and repaired first, so that the parser only sees what it can read: duplicate ids
// and edges to missing nodes are dropped, undeclared attributes kept as text, each with a
// warning. Node attributes for drawing are ensured: label, x, y, size (a layout is run
// when the file has no positions). Pure: the caller passes a DOMParser (the browser's,
// or @xmldom/xmldom's in Node).
import Graph from "graphology";
import createParserFunction from "graphology-gexf/common/parser.js";
import { applyLayout } from "../layout.ts";
import { ensureDrawable } from "./drawable.ts";
import { Problems, settle, type LoadResult } from "./problems.ts";

/** A DOMParser class: the browser's, or xmldom's (which takes an `onError` option). */
export type DOMParserClass = new (options?: { onError?: (level: string, message: string) => void }) => {
  parseFromString(text: string, type: "application/xml"): Document;
};

export interface GEXFLoadOptions {
  /** Default: globalThis.DOMParser. */
  DOMParser?: DOMParserClass;
}

/** GEXF element attributes that give a node or edge its times of existence. */
const TIME_ATTRIBUTES = ["start", "end", "startopen", "endopen"];

const childElements = (parent: Element, name: string): Element[] =>
  Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name);
const elements = (root: Element | Document, name: string): Element[] => Array.from(root.getElementsByTagName(name));
const firstLine = (text: string): string => (text.split("\n").find((l) => l.trim()) ?? "").trim().slice(0, 200);

/** Loads GEXF text; `name` (the file name) starts every message. Never throws. */
export function loadGEXF(text: string, name: string, options: GEXFLoadOptions = {}): LoadResult<Graph> {
  const problems = new Problems(name);
  return settle(name, () => readGEXF(text, problems, options.DOMParser ?? (globalThis as { DOMParser?: DOMParserClass }).DOMParser), problems);
}

function parseXML(text: string, p: Problems, Parser: DOMParserClass | undefined): Document {
  if (!Parser) return p.fail("", "no XML parser available (pass a DOMParser)");
  const errors: string[] = [];
  let doc: Document;
  try {
    doc = new Parser({ onError: (level, message) => void (level !== "warning" && errors.push(message)) }).parseFromString(text, "application/xml");
  } catch (e) {
    return p.fail("", `not well-formed XML (${firstLine((e as Error).message)})`);
  }
  const browserError = doc.getElementsByTagName("parsererror")[0];
  if (errors.length || browserError) return p.fail("", `not well-formed XML (${firstLine(errors[0] ?? browserError.textContent ?? "")})`);
  return doc;
}

function readGEXF(text: string, p: Problems, Parser: DOMParserClass | undefined): Graph {
  const doc = parseXML(text, p, Parser);
  const root = doc.documentElement;
  if (!root || root.localName !== "gexf") p.fail("", `not a GEXF file (the root element is <${root?.nodeName ?? "none"}>)`);
  const graphElement = childElements(root, "graph")[0];
  if (!graphElement) p.fail("", "not a GEXF file (no <graph> element)");

  const declared = { node: mergeDeclarations(graphElement, "node"), edge: mergeDeclarations(graphElement, "edge") };

  // Nodes: the first of each id is kept.
  const nodeIds = new Set<string>();
  elements(graphElement, "node").forEach((el, i) => {
    const id = el.getAttribute("id");
    const drop = (problem: string, fix: string) => (el.parentNode?.removeChild(el), p.repair(`node ${id === null ? `#${i + 1}` : JSON.stringify(id)}`, problem, fix));
    if (!id) return drop("has no id", "node dropped");
    if (nodeIds.has(id)) return drop("duplicate node id", "kept the first");
    nodeIds.add(id);
  });
  // Edges: both ends must be nodes; the first of each id is kept.
  const edges = elements(graphElement, "edge");
  const edgeIds = new Set<string>();
  edges.forEach((el, i) => {
    const id = el.getAttribute("id");
    const [source, target] = [el.getAttribute("source"), el.getAttribute("target")];
    const where = `edge ${id ? JSON.stringify(id) : `#${i + 1}`} (${source ?? "?"} -> ${target ?? "?"})`;
    const drop = (problem: string, fix: string) => (el.parentNode?.removeChild(el), p.repair(where, problem, fix));
    if (!source || !target) return drop("has no source or target", "edge dropped");
    const missing = [source, target].find((end) => !nodeIds.has(end));
    if (missing !== undefined) return drop(`unknown node ${JSON.stringify(missing)}`, "edge dropped");
    if (id && edgeIds.has(id)) return drop("duplicate edge id", "kept the first");
    if (id) edgeIds.add(id);
  });
  // Edges without an id get one from their position (graphology's generated keys differ between loads).
  edges.forEach((el, i) => {
    if (el.parentNode === null || el.getAttribute("id")) return;
    let id = `e${i}`;
    while (edgeIds.has(id)) id += "'";
    edgeIds.add(id);
    el.setAttribute("id", id);
  });
  for (const kind of ["node", "edge"] as const) checkValues(graphElement, kind, declared[kind], p);

  const times = new Map<Element, { start?: string; end?: string }[]>();
  for (const el of [...elements(graphElement, "node"), ...elements(graphElement, "edge")]) {
    const spells = timesOf(el);
    if (spells.length) times.set(el, spells);
  }

  const parse = createParserFunction(Parser, doc.constructor);
  let graph: Graph;
  try {
    graph = parse(Graph, doc, { allowUndeclaredAttributes: true });
  } catch (e) {
    return p.fail("", `could not be read (${firstLine((e as Error).message).replace(/^graphology-gexf\/parser: /, "")})`);
  }
  keepTimes(graph, graphElement, times);
  // No viz data: lay the graph out as the project's own graphs are.
  ensureDrawable(graph, p, applyLayout);
  return graph;
}

/**
 * The attribute ids declared for `kind` ("node" or "edge"). graphology-gexf reads one
 * <attributes> block per class (the last): GEXF allows several (static and dynamic), so
 * their declarations are moved into that last one. A block without a class is a node block.
 */
function mergeDeclarations(graphElement: Element, kind: "node" | "edge"): Set<string> {
  const blocks = childElements(graphElement, "attributes").filter((b) => (b.getAttribute("class") || "node") === kind);
  for (const b of blocks) b.setAttribute("class", kind);
  const last = blocks[blocks.length - 1];
  for (const b of blocks.slice(0, -1)) for (const a of childElements(b, "attribute")) last.appendChild(a);
  return new Set(last ? childElements(last, "attribute").map((a) => a.getAttribute("id") ?? "") : []);
}

/** Values of undeclared attributes are kept as text (one warning per attribute); values naming none are dropped. */
function checkValues(graphElement: Element, kind: "node" | "edge", declared: Set<string>, p: Problems): void {
  const undeclared = new Map<string, number>();
  for (const el of elements(graphElement, kind)) {
    for (const value of elements(el, "attvalue")) {
      const id = value.getAttribute("for") ?? value.getAttribute("id");
      if (!id) {
        value.parentNode?.removeChild(value);
        p.repair(`${kind} ${JSON.stringify(el.getAttribute("id"))}`, "<attvalue> without for=", "value dropped");
      } else if (!declared.has(id)) undeclared.set(id, (undeclared.get(id) ?? 0) + 1);
    }
  }
  for (const [id, n] of undeclared) p.repair(`${kind} attribute ${JSON.stringify(id)}`, `not declared in <attributes class="${kind}"> (${n} value${n === 1 ? "" : "s"})`, "kept as text");
}

/** The times a node or edge exists: its start/end attributes and its <spells>. */
function timesOf(el: Element): { start?: string; end?: string }[] {
  const spellOf = (e: Element) => {
    const spell: { start?: string; end?: string } = {};
    const start = e.getAttribute("start") ?? e.getAttribute("startopen");
    const end = e.getAttribute("end") ?? e.getAttribute("endopen");
    if (start) spell.start = start;
    if (end) spell.end = end;
    return spell;
  };
  const own = TIME_ATTRIBUTES.some((a) => el.hasAttribute(a)) ? [spellOf(el)] : [];
  const spells = childElements(el, "spells").flatMap((s) => childElements(s, "spell").map(spellOf));
  return [...own, ...spells];
}

/** graphology-gexf drops dynamics: keep them as a `spells` attribute, and the graph's time settings. */
function keepTimes(graph: Graph, graphElement: Element, times: Map<Element, { start?: string; end?: string }[]>): void {
  for (const [el, spells] of times) {
    const id = el.getAttribute("id");
    if (el.localName === "node" && id && graph.hasNode(id) && !graph.hasNodeAttribute(id, "spells")) graph.setNodeAttribute(id, "spells", spells);
    if (el.localName === "edge" && id && graph.hasEdge(id) && !graph.hasEdgeAttribute(id, "spells")) graph.setEdgeAttribute(id, "spells", spells);
  }
  for (const a of ["mode", "timeformat", "timerepresentation"]) {
    const value = graphElement.getAttribute(a);
    if (value && !graph.hasAttribute(a)) graph.setAttribute(a, value);
  }
}
