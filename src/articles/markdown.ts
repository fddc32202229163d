// Markdown article -> text, title and date: rendered to HTML by marked, then read like a
// page (one place for what counts as text). YAML front matter gives the title and date.
// Pure: runs in Node and in the browser.
import { Marked } from "marked";
import { htmlToText, type PageText } from "./html.ts";
import { isoDate } from "./iso-date.ts";

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const marked = new Marked({ gfm: true, async: false });

/** `key: value` pairs of YAML front matter (flat scalars only; quotes removed). */
function frontMatter(yaml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of yaml.split("\n")) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (m && m[2]) out.set(m[1].toLowerCase(), m[2].replace(/^(["'])(.*)\1$/, "$2"));
  }
  return out;
}

/** Converts Markdown (LF line ends) to its text; front matter wins over the page's own title. */
export function markdownToText(markdown: string): PageText {
  const fm = FRONT_MATTER.exec(markdown);
  const meta = fm ? frontMatter(fm[1]) : new Map<string, string>();
  const body = fm ? markdown.slice(fm[0].length) : markdown;
  const page = htmlToText(marked.parse(body, { async: false }));
  const title = meta.get("title") ?? page.title;
  const date = [meta.get("date"), meta.get("published"), meta.get("pubdate")].map((d) => (d ? isoDate(d) : undefined)).find(Boolean) ?? page.date;
  const out: PageText = { text: page.text };
  if (title) out.title = title;
  if (date) out.date = date;
  return out;
}
