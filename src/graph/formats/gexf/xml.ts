// GEXF text -> the parts of it the loader reads, in one pass of a strict, streaming XML
// parser (saxes). No DOM: a 100 MB file needs a fraction of the memory a DOM takes, and
// the pass runs in a Web Worker, which has no DOMParser. Element names are compared
// without their prefix (viz:color and color alike). Pure.
import { SaxesParser } from "saxes";
import { LoadError, type Problems } from "../../load/problems.ts";
import { errorMessage } from "../../error-message.ts";

/** An element's XML attributes by name (absent ones undefined). */
export type XMLAttributes = Partial<Record<string, string>>;

/** A <node> or an <edge>: its XML attributes and what its children say. */
export interface GEXFElement {
  /** id, label, source, target, type, weight, kind, start, end... as written. */
  attributes: XMLAttributes;
  /** Its <attvalue>s (for, id, value, start, end...), in document order. */
  values: XMLAttributes[];
  /** Its viz elements: the first of each. */
  viz: Partial<Record<VizName, XMLAttributes>>;
  /** Its <spell>s (in <spells>). */
  spells: XMLAttributes[];
}

export interface AttributeDeclaration {
  /** The <attribute>'s XML attributes (id, title, type...). */
  attributes: XMLAttributes;
  /** The text of its <default>, when it has one. */
  default?: string;
}

export interface GEXFDocument {
  /** <meta>'s attributes and, for each child element, its name (lowercased) and text. */
  meta: { attributes: XMLAttributes; children: [string, string][] };
  /** The XML attributes of <graph> (defaultedgetype, mode, timeformat...). */
  graph: XMLAttributes;
  /** The <attribute>s of the <attributes> blocks of class node (or none) and edge, in order. */
  declarations: { node: AttributeDeclaration[]; edge: AttributeDeclaration[] };
  /** Every <node> and <edge> in <graph>, at any depth, in document order. */
  nodes: GEXFElement[];
  edges: GEXFElement[];
}

const VIZ_ELEMENTS = ["color", "size", "position", "shape", "thickness"] as const;
type VizName = (typeof VIZ_ELEMENTS)[number];
const isViz = (name: string): name is VizName => (VIZ_ELEMENTS as readonly string[]).includes(name);
/** Characters parsed between two progress reports. */
const CHUNK = 1 << 22;

const localName = (name: string): string => name.slice(name.indexOf(":") + 1);
const firstLine = (text: string): string => (text.split("\n").find((l) => l.trim()) ?? "").trim().slice(0, 200);

/**
 * Reads GEXF text: the root's first <meta> and first <graph> (a <graph> elsewhere, say in
 * <meta>, is not the graph). Fails (through `p`) on XML that is not well-formed and on a
 * root that is not <gexf>. `onProgress` gets the characters read so far.
 */
export function readGEXFXML(text: string, p: Problems, onProgress?: (done: number) => void): GEXFDocument {
  const doc: GEXFDocument = { meta: { attributes: {}, children: [] }, graph: {}, declarations: { node: [], edge: [] }, nodes: [], edges: [] };
  let sawMeta = false;
  let sawGraph = false;
  /** Local names of the open elements. */
  const open: string[] = [];
  /** Where each open element belongs: "meta", "graph", or "" (ignored). */
  const scope: string[] = [];
  /** The open <node>s and <edge>s, innermost last. */
  const owners: GEXFElement[] = [];
  let block: AttributeDeclaration[] | undefined; // the open <attributes> block's list
  let collecting: { into: (t: string) => void; depth: number } | undefined; // the element whose text is wanted

  const parser = new SaxesParser();
  parser.on("opentag", (tag) => {
    const name = localName(tag.name);
    const depth = open.length;
    const parent = depth ? open[depth - 1] : "";
    let where = depth ? scope[depth - 1] : "";
    if (depth === 0 && name !== "gexf") p.fail("", `not a GEXF file (the root element is <${tag.name}>)`);
    if (depth === 1 && name === "meta" && !sawMeta) {
      sawMeta = true;
      where = "meta";
      doc.meta.attributes = tag.attributes;
    }
    if (depth === 1 && name === "graph" && !sawGraph) {
      sawGraph = true;
      where = "graph";
      doc.graph = tag.attributes;
    }
    if (where === "meta" && depth === 2) {
      const child: [string, string] = [tag.name.toLowerCase(), ""];
      doc.meta.children.push(child);
      collecting = { into: (t) => (child[1] += t), depth };
    }
    if (where === "graph") {
      const owner = owners[owners.length - 1];
      if (name === "attributes" && depth === 2) {
        const kind = tag.attributes.class || "node";
        block = kind === "node" || kind === "edge" ? doc.declarations[kind] : undefined;
      } else if (name === "attribute" && parent === "attributes" && depth === 3) {
        block?.push({ attributes: tag.attributes });
      } else if (name === "default" && parent === "attribute" && depth === 4 && block?.length) {
        const declaration = block[block.length - 1];
        if (declaration.default === undefined) {
          declaration.default = "";
          collecting = { into: (t) => (declaration.default += t), depth };
        }
      } else if (name === "node" || name === "edge") {
        const element: GEXFElement = { attributes: tag.attributes, values: [], viz: {}, spells: [] };
        (name === "node" ? doc.nodes : doc.edges).push(element);
        owners.push(element);
      } else if (owner && name === "attvalue") {
        owner.values.push(tag.attributes);
      } else if (owner && name === "spell" && parent === "spells") {
        owner.spells.push(tag.attributes);
      } else if (owner && isViz(name) && !owner.viz[name]) {
        owner.viz[name] = tag.attributes;
      }
    }
    open.push(name);
    scope.push(where);
  });
  parser.on("closetag", () => {
    const depth = open.length - 1;
    const name = open.pop();
    if (scope.pop() === "graph" && (name === "node" || name === "edge")) owners.pop();
    if (collecting?.depth === depth) collecting = undefined;
  });
  const onText = (t: string) => collecting?.into(t);
  parser.on("text", onText);
  parser.on("cdata", onText);

  try {
    for (let i = 0; i < text.length; i += CHUNK) {
      parser.write(text.slice(i, i + CHUNK));
      onProgress?.(Math.min(i + CHUNK, text.length));
    }
    parser.close();
  } catch (e) {
    if (e instanceof LoadError) throw e;
    p.fail("", `not well-formed XML (${firstLine(errorMessage(e))})`);
  }
  if (!sawGraph) p.fail("", "not a GEXF file (no <graph> element)");
  return doc;
}
