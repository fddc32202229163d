// GEXF 1.3 export (for Gephi and other tools) through graphology-gexf's writer.
// graphology-gexf's main entry pulls in @xmldom/xmldom (pure JS) for its parser; the writer
// used here needs no DOM, so this module has no Node-only dependency.
//
// GEXF attribute values must be scalars, so rich attributes are flattened:
//   nodes  label          <- label (GEXF `label`)
//          type, role     <- as is (string)
//          aliases        <- aliases joined with "; "
//          mentionCount   <- number of mentions (integer)
//          docs           <- ids of the documents that mention the node, "; "-joined
//          mentions       <- compact JSON of the mention spans [{"doc","start","end"}]
//          curated        <- "added" or "edited" when curated by hand (else absent)
//          viz            <- color TYPE_COLORS[type] (hex), size, position x/y
//   edges  label          <- action (GEXF `label`); weight <- number of evidence sentences
//          action, verb, date <- as is; family <- actionFamily(action)
//          evidence       <- compact JSON of the evidence spans [{"doc","start","end","date"?}]
//          evidenceText   <- the evidence sentences, one per line: "[doc, date] sentence"
//          curated, checked <- "added"/"edited", and true, when curated by hand (else absent)
//          viz            <- color FAMILY_COLORS[family] (hex)
//   graph  the `documents` attribute (whole article texts) is dropped; meta <creator> and
//          <description> (which gives the document count) are written instead.
// Characters XML 1.0 cannot carry (control characters, lone surrogates) are removed.
import { write } from "graphology-gexf";
import type Graph from "graphology";
import { actionFamily, type DocumentInfo } from "../extract/types.ts";
import { FAMILY_COLORS, typeColor } from "./palette.ts";
import type { EdgeAttributes, NewsGraph, NodeAttributes } from "./types.ts";

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

/** Serializes a NewsGraph as GEXF 1.3 (valid against the official RELAX NG grammar). */
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

  return write(copy, {
    version: "1.3",
    formatNode: (_key, attr) => {
      const a = attr as NodeAttributes;
      const docs = [...new Set(a.mentions.map((m) => m.doc))];
      const attributes: Record<string, string | number> = { type: a.type };
      if (a.role !== undefined) attributes.role = xmlSafe(a.role);
      attributes.aliases = xmlSafe(a.aliases.join("; "));
      attributes.mentionCount = a.mentions.length;
      attributes.docs = xmlSafe(docs.join("; "));
      attributes.mentions = xmlSafe(JSON.stringify(a.mentions));
      if (a.curated !== undefined) attributes.curated = a.curated;
      return {
        label: xmlSafe(a.label),
        attributes,
        viz: { color: typeColor(a.type), size: a.size, x: a.x, y: a.y },
      };
    },
    formatEdge: (_key, attr) => {
      const a = attr as EdgeAttributes;
      const family = actionFamily(a.action);
      const attributes: Record<string, string | number> = { action: a.action, family, verb: xmlSafe(a.verb) };
      if (a.date !== undefined) attributes.date = a.date;
      attributes.evidence = xmlSafe(JSON.stringify(a.evidence));
      if (a.curated !== undefined) attributes.curated = a.curated;
      if (a.checked) attributes.checked = "true";
      attributes.evidenceText = xmlSafe(
        a.evidence
          .map((ev) => `[${ev.doc}${ev.date ? ", " + ev.date : ""}] ${collapse((texts.get(ev.doc) ?? "").slice(ev.start, ev.end))}`)
          .join("\n"),
      );
      return {
        label: a.action,
        weight: Math.max(1, a.evidence.length),
        attributes,
        viz: { color: FAMILY_COLORS[family] },
      };
    },
  });
}
