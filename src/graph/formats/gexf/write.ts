// GEXF 1.3 export (for Gephi and other tools) through graphology-gexf's writer, for this
// project's graphs and for graphs opened from other tools' files alike.
// graphology-gexf's main entry pulls in @xmldom/xmldom (pure JS) for its parser; the writer
// used here needs no DOM, so this module has no Node-only dependency.
//
// GEXF attribute values must be scalars, so rich attributes are flattened:
//   nodes  label          <- label (GEXF `label`)
//          type, role     <- as is (string), when the node has them
//          aliases        <- aliases joined with "; "
//          mentionCount   <- number of mentions (integer); docs, mentions when it has any:
//          docs           <- ids of the documents that mention the node, "; "-joined
//          mentions       <- compact JSON of the mention spans [{"doc","start","end"}]
//          viz            <- color (the node's own `color`, else TYPE_COLORS[type]), size, position x/y
//   edges  label, kind    <- action (GEXF `label`, and `kind`: Gephi merges parallel edges of one kind)
//          weight         <- number of evidence sentences
//          start          <- the first day of `date` (the graph is then dynamic, timeformat "date")
//          action, verb, date <- as is; family <- actionFamily(action)
//          evidence       <- compact JSON of the evidence spans [{"doc","start","end","date"?}]
//          evidenceText   <- the evidence sentences, one per line: "[doc, date] sentence"
//          viz            <- color (the edge's own `color`, else FAMILY_COLORS[family])
//   both   curated ("added"/"edited") and an edge's checked (true) when curated by hand, as other attributes
//          every other attribute (a file's own, computed metrics) as it is: scalars and lists
//          of scalars typed, anything else as JSON; a value set aside as "x (from file)" goes
//          back under its name x. Edges of other tools keep their label, kind and weight.
//   graph  the `documents` attribute (whole article texts) is dropped; meta <creator> and
//          <description> (which gives the document count) are written instead.
// Characters XML 1.0 cannot carry (control characters, lone surrogates) are removed.
import { write } from "graphology-gexf";
import type Graph from "graphology";
import type { DocumentInfo } from "../../../extract/types.ts";
import { FAMILY_COLORS, knownFamily, typeColor } from "../../palette.ts";
import type { EdgeAttributes, NewsGraph, NodeAttributes } from "../../types.ts";

export const GEXF_CREATOR = "news-graph-explorer";

// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters that XML 1.0 does not allow. */
export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, "");
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Attributes written in their own way above. (A dynamic file's `spells` are kept as JSON, not yet as GEXF times.) */
const NODE_FIELDS = new Set(["label", "type", "role", "aliases", "mentions", "x", "y", "z", "size", "color", "shape"]);
const EDGE_FIELDS = new Set(["label", "kind", "weight", "action", "verb", "date", "evidence", "color", "thickness", "shape"]);
const SET_ASIDE = / \(from file\)$/;
/** GEXF dates are whole days: a month or a year starts on its first. */
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first day of an ISO date, month or year ("2019-07" -> "2019-07-01"); undefined for anything else. */
export function gexfDate(date: string | undefined): string | undefined {
  const m = date ? DATE.exec(date) : null;
  return m ? `${m[1]}-${m[2] ?? "01"}-${m[3] ?? "01"}` : undefined;
}

type Value = string | number | boolean | (string | number | boolean)[];

/** An attribute value as GEXF can type it: scalars and lists of scalars as they are, the rest as JSON. */
function gexfValue(value: unknown): Value | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return xmlSafe(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "boolean") return value;
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v)))) {
    return value.map((v) => (typeof v === "string" ? xmlSafe(v) : v));
  }
  return xmlSafe(JSON.stringify(value));
}

/** The attributes this writer does not handle itself, with set-aside values back under their name. */
function otherAttributes(a: Record<string, unknown>, own: Set<string>, into: Record<string, Value>): void {
  for (const [name, value] of Object.entries(a)) {
    if (own.has(name)) continue;
    const original = name.replace(SET_ASIDE, "");
    if (original !== name && (into[original] !== undefined || (!own.has(original) && Object.hasOwn(a, original)))) continue;
    const v = gexfValue(value);
    if (v !== undefined) into[original] = v;
  }
}

const nonEmpty = (value: unknown): value is string => typeof value === "string" && value !== "";

/** Serializes a graph (this project's, or one opened from another tool's file) as GEXF 1.3, valid against the official RELAX NG grammar. */
export function toGEXF(graph: NewsGraph): string {
  const documents: DocumentInfo[] = graph.getAttribute("documents") ?? [];
  const texts = new Map(documents.map((d) => [d.id, d.text]));

  // The writer turns every scalar graph attribute into a <meta> child, and the grammar only
  // allows creator, keywords and description there: write a copy with just those.
  const copy = graph.copy() as unknown as Graph;
  copy.replaceAttributes({
    creator: GEXF_CREATOR,
    description: `Entity-relationship graph extracted from ${documents.length} document${documents.length === 1 ? "" : "s"}`,
  });
  const starts: (string | undefined)[] = [];

  const xml = write(copy, {
    version: "1.3",
    formatNode: (_key, attr) => {
      const a = attr as Partial<NodeAttributes> & Record<string, unknown>;
      const mentions = Array.isArray(a.mentions) ? a.mentions : [];
      const attributes: Record<string, Value> = {};
      if (nonEmpty(a.type)) attributes.type = a.type;
      if (nonEmpty(a.role)) attributes.role = xmlSafe(a.role);
      if (Array.isArray(a.aliases) && a.aliases.length) attributes.aliases = xmlSafe(a.aliases.join("; "));
      if (mentions.length) {
        attributes.mentionCount = mentions.length;
        attributes.docs = xmlSafe([...new Set(mentions.map((m) => m.doc))].join("; "));
        attributes.mentions = xmlSafe(JSON.stringify(mentions));
      }
      otherAttributes(a, NODE_FIELDS, attributes);
      const color = nonEmpty(a.color) ? a.color : nonEmpty(a.type) ? typeColor(a.type) : undefined;
      const viz: Record<string, string | number> = {};
      if (color) viz.color = color;
      for (const k of ["size", "x", "y", "z"] as const) if (typeof a[k] === "number" && Number.isFinite(a[k])) viz[k] = a[k] as number;
      if (nonEmpty(a.shape)) viz.shape = a.shape;
      return { label: xmlSafe(String(a.label ?? "")), attributes, viz };
    },
    formatEdge: (_key, attr) => {
      const a = attr as Partial<EdgeAttributes> & Record<string, unknown>;
      const evidence = Array.isArray(a.evidence) ? a.evidence : [];
      const action = nonEmpty(a.action) ? a.action : undefined;
      const family = action ? knownFamily(action) : undefined;
      const attributes: Record<string, Value> = {};
      if (action) attributes.action = action;
      if (family) attributes.family = family;
      if (nonEmpty(a.verb)) attributes.verb = xmlSafe(a.verb);
      if (nonEmpty(a.date)) attributes.date = xmlSafe(a.date);
      if (evidence.length) {
        attributes.evidence = xmlSafe(JSON.stringify(evidence));
        attributes.evidenceText = xmlSafe(evidence.map((ev) => `[${ev.doc}${ev.date ? ", " + ev.date : ""}] ${collapse((texts.get(ev.doc) ?? "").slice(ev.start, ev.end))}`).join("\n"));
      }
      otherAttributes(a, EDGE_FIELDS, attributes);
      starts.push(gexfDate(a.date));
      const color = nonEmpty(a.color) ? a.color : family ? FAMILY_COLORS[family] : undefined;
      const viz: Record<string, string | number> = {};
      if (color) viz.color = color;
      if (typeof a.thickness === "number" && Number.isFinite(a.thickness)) viz.thickness = a.thickness;
      if (nonEmpty(a.shape)) viz.shape = a.shape;
      const weight = typeof a.weight === "number" && Number.isFinite(a.weight) ? a.weight : evidence.length ? evidence.length : action ? 1 : undefined;
      const label = nonEmpty(a.label) ? a.label : action;
      const kind = nonEmpty(a.kind) ? a.kind : action;
      return { label: label && xmlSafe(label), kind: kind && xmlSafe(kind), weight, attributes, viz };
    },
  });
  return withEdgeStarts(xml, starts);
}

/**
 * graphology-gexf writes no times: the edges' starts go in after, in the writer's order
 * (graph.forEachEdge's, as `starts`). "<edge " opens an edge and nothing else: a value's
 * "<" is written "&lt;".
 */
function withEdgeStarts(xml: string, starts: (string | undefined)[]): string {
  if (!starts.some(Boolean)) return xml;
  let i = 0;
  return xml.replace("<graph ", '<graph mode="dynamic" timeformat="date" ').replace(/<edge (?=id=)/g, () => {
    const start = starts[i++];
    return start ? `<edge start="${start}" ` : "<edge ";
  });
}
