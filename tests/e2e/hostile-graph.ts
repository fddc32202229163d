// A graph whose article text holds markup that would run script if the explorer ever
// rendered text as HTML. Every sentence is real evidence, so the panels and the article
// view all show it.
import { inGraphOrder, type Extraction } from "../../src/extract/types.ts";

export const HOSTILE_TEXT =
  'Freedonia imposed <script>window.__pwned = "script"</script> tariffs on Sylvania.\n' +
  "Sylvania retaliated against Freedonia <img src=x onerror=\"window.__pwned = 'img'\"> on 2021-03-04.\n" +
  "Freedonia met Sylvania <svg onload=\"window.__pwned = 'svg'\"></svg> & talked.\n" +
  "Ambassador Trentino <iframe src=\"javascript:window.__pwned='iframe'\"></iframe> urged Freedonia to stop.";

export function hostileExtraction(): Extraction {
  const lines = HOSTILE_TEXT.split("\n");
  const line = (i: number) => {
    const start = lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
    return { start, end: start + lines[i].length };
  };
  const all = (needle: string) => [...HOSTILE_TEXT.matchAll(new RegExp(needle, "g"))].map((m) => ({ doc: "evil", start: m.index, end: m.index + needle.length }));
  return inGraphOrder({
    documents: [{ id: "evil", title: "<img src=x onerror=\"window.__pwned='title'\">Evil title", date: "2021-03-05", path: "evil.txt", text: HOSTILE_TEXT }],
    nodes: [
      { key: "freedonia", label: "Freedonia <b>bold</b>", type: "country", aliases: ["<script>alias</script>"], mentions: all("Freedonia") },
      { key: "sylvania", label: "Sylvania", type: "country", aliases: [], mentions: all("Sylvania") },
      { key: "trentino", label: "Trentino", type: "person", role: "<u>ambassador</u>", aliases: [], mentions: all("Trentino") },
    ],
    edges: [
      { source: "freedonia", target: "sylvania", action: "imposed", verb: "<i>imposed</i>", evidence: [{ doc: "evil", ...line(0) }] },
      { source: "sylvania", target: "freedonia", action: "retaliated", verb: "retaliated against", evidence: [{ doc: "evil", ...line(1), date: "2021-03-04" }], date: "2021-03-04" },
      { source: "freedonia", target: "sylvania", action: "met", verb: "met", evidence: [{ doc: "evil", ...line(2) }] },
      // The only edge between its two ends: a click on its middle can only hit it.
      { source: "trentino", target: "freedonia", action: "urged", verb: "urged", evidence: [{ doc: "evil", ...line(3) }] },
    ],
  });
}
