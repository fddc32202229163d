// HTML page -> article text, title and date. Scripts, styles, navigation and other page
// furniture are dropped; the text keeps its order, one paragraph per block element.
// Pure (htmlparser2's streaming parser, no DOM): runs in Node and in the browser.
import { Parser } from "htmlparser2";
import { isoDate } from "./iso-date.ts";

export interface PageText {
  /** Paragraphs separated by a blank line, `<br>` as a line break. */
  text: string;
  /** og:title, else JSON-LD headline, else the first <h1>, else <title>. */
  title?: string;
  /** ISO 8601 date (possibly partial) from article:published_time, JSON-LD, <time datetime>, ... */
  date?: string;
}

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "head",
  "title",
  "nav",
  "aside",
  "footer",
  "form",
  "button",
  "select",
  "textarea",
  "svg",
  "math",
  "canvas",
  "iframe",
  "object",
  "embed",
  "video",
  "audio",
  "map",
  "dialog",
  "menu",
]);
/** ARIA landmarks of page furniture. */
const SKIPPED_ROLES = new Set(["navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog"]);
/** Elements that end a paragraph. */
const BLOCKS = new Set([
  "address",
  "article",
  "blockquote",
  "body",
  "caption",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "html",
  "legend",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "tfoot",
  "thead",
  "tr",
  "ul",
]);
/** Table cells: a row is one line, its cells apart. */
const CELLS = new Set(["td", "th"]);
/** <meta> names and properties that carry the publication date, best first. */
const DATE_METAS = ["article:published_time", "datepublished", "og:published_time", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued", "sailthru.date"];
const TITLE_METAS = ["og:title", "twitter:title"];

const collapse = (s: string): string => s.replace(/\s+/g, " ").trim();

/** Depth-first search of JSON-LD for the first string value of `key` (in @graph arrays too). */
function findJsonLd(value: unknown, key: string, depth = 0): string | undefined {
  if (depth > 20 || value === null || typeof value !== "object") return undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = findJsonLd(v, key, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const obj = value as Record<string, unknown>;
  if (typeof obj[key] === "string" && obj[key]) return obj[key] as string;
  for (const v of Object.values(obj)) {
    const found = findJsonLd(v, key, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function parseJsonLd(blocks: string[]): unknown[] {
  const out: unknown[] = [];
  for (const block of blocks) {
    try {
      out.push(JSON.parse(block));
    } catch {
      // A broken JSON-LD block only costs its metadata.
    }
  }
  return out;
}

/**
 * The charset an HTML page declares in its first kilobytes (<meta charset>, the
 * http-equiv Content-Type, or an XML declaration), or undefined.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  let head = "";
  for (let i = 0; i < Math.min(bytes.length, 4096); i++) head += String.fromCharCode(bytes[i]);
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /^<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m?.[1];
}

/** Elements deeper than this are read as if their tags were not there (their text is kept). */
export const MAX_NESTING = 256;
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);

/**
 * The page with tags nested past MAX_NESTING removed, text kept: the parser's work grows
 * faster than the page on absurd nesting (200,000 levels took 50 s). A page nested less
 * deeply is returned as it is, in one linear pass.
 */
export function flattenDeepNesting(html: string): string {
  let depth = 0;
  let deepest = 0;
  for (const m of html.matchAll(TAG)) {
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[3] && !VOID.has(m[2].toLowerCase())) deepest = Math.max(deepest, ++depth);
  }
  if (deepest <= MAX_NESTING) return html;
  // Slices joined once, not String.replace with a callback: that one grew faster than
  // the page on hundreds of thousands of tags.
  const kept: string[] = [];
  let from = 0;
  depth = 0;
  for (const m of html.matchAll(TAG)) {
    const [tag, close, name, selfClosing] = m;
    let drop: boolean;
    if (selfClosing || VOID.has(name.toLowerCase())) drop = depth >= MAX_NESTING;
    else if (close) {
      drop = depth > MAX_NESTING;
      depth = Math.max(0, depth - 1);
    } else drop = ++depth > MAX_NESTING;
    if (drop) {
      kept.push(html.slice(from, m.index));
      from = m.index + tag.length;
    }
  }
  kept.push(html.slice(from));
  return kept.join("");
}

/** Converts an HTML page (already decoded) to its article text and metadata. */
export function htmlToText(page: string): PageText {
  const html = flattenDeepNesting(page);
  const paragraphs: string[] = [];
  let line = "";
  let lines: string[] = [];
  /** One entry per open element: does it (or an ancestor) hide its content? */
  const stack: { name: string; skip: boolean }[] = [];
  let skipping = false;
  let pre = 0;
  let inArticle = 0;

  let pageTitle: string | undefined;
  let inTitle = false;
  let h1: string | undefined;
  let inH1 = false;
  let h1Text = "";
  let jsonLd: string | undefined;
  const jsonLdBlocks: string[] = [];
  const metas = new Map<string, string>();
  let timeDate: string | undefined;

  const endLine = (): void => {
    const t = pre ? line.replace(/\s+$/, "") : collapse(line);
    if (t) lines.push(t);
    line = "";
  };
  const endParagraph = (): void => {
    endLine();
    if (lines.length) paragraphs.push(lines.join("\n"));
    lines = [];
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const role = (attrs.role ?? "").toLowerCase();
        // Site headers hold menus and logos; an article's own header holds its headline.
        const furniture = SKIPPED.has(name) || SKIPPED_ROLES.has(role) || "hidden" in attrs || attrs["aria-hidden"] === "true" || (name === "header" && inArticle === 0);
        const skip = skipping || furniture;
        stack.push({ name, skip });
        // The page's <title> sits in the (skipped) head; an <svg> has titles of its own.
        if (name === "title" && pageTitle === undefined && !stack.some((e) => e.name === "svg")) inTitle = true;
        if (name === "script" && (attrs.type ?? "").toLowerCase() === "application/ld+json") jsonLd = "";
        if (name === "meta") {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? "").toLowerCase();
          if (key && attrs.content && !metas.has(key)) metas.set(key, attrs.content);
        }
        if (skip && !skipping) endParagraph();
        skipping = skip;
        if (skipping) return;
        if (name === "article" || name === "main") inArticle++;
        if (name === "pre") pre++;
        if (name === "time" && timeDate === undefined && attrs.datetime) timeDate = attrs.datetime;
        if (name === "h1" && h1 === undefined) {
          inH1 = true;
          h1Text = "";
        }
        if (name === "br") endLine();
        else if (BLOCKS.has(name)) endParagraph();
        else if (CELLS.has(name)) line += " ";
      },
      ontext(text) {
        if (inTitle) pageTitle = (pageTitle ?? "") + text;
        if (jsonLd !== undefined) jsonLd += text;
        if (skipping) return;
        if (inH1) h1Text += text;
        line += text;
      },
      onclosetag(name) {
        // htmlparser2 closes every element it opened (implied ends included), innermost first.
        const top = stack.pop();
        if (!top) return;
        if (name === "title") inTitle = false;
        if (name === "script" && jsonLd !== undefined) {
          jsonLdBlocks.push(jsonLd);
          jsonLd = undefined;
        }
        const wasSkipping = skipping;
        skipping = stack.length > 0 && stack[stack.length - 1].skip;
        if (wasSkipping) return;
        if (name === "article" || name === "main") inArticle--;
        if (name === "pre") {
          endParagraph();
          pre--;
        }
        if (name === "h1" && inH1) {
          inH1 = false;
          h1 = collapse(h1Text) || undefined;
        }
        if (BLOCKS.has(name)) endParagraph();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  endParagraph();

  const ld = parseJsonLd(jsonLdBlocks);
  const meta = (keys: string[]): string | undefined => keys.map((k) => metas.get(k)).find((v) => v && v.trim());
  const title = [meta(TITLE_METAS), findJsonLd(ld, "headline"), h1, pageTitle].map((t) => (t ? collapse(t) : "")).find(Boolean);
  const dateCandidates = [metas.get(DATE_METAS[0]), findJsonLd(ld, "datePublished"), ...DATE_METAS.slice(1).map((k) => metas.get(k)), timeDate];
  const date = dateCandidates.map((d) => (d ? isoDate(d) : undefined)).find(Boolean);

  const out: PageText = { text: paragraphs.join("\n\n") };
  if (title) out.title = title;
  if (date) out.date = date;
  return out;
}
