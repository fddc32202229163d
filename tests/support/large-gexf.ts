// The large GEXF of issue 21 ("a 110 MB GEXF blocks the page"): `nodes` nodes, each with a
// text attribute and a position, and 3 edges per node; 180,000 nodes make 111 MB. Written
// in parts, so that making it takes little more memory than the file. Shared by the browser
// test (tests/e2e/open-large.test.ts) and its benchmark (tests/bench/open-large.ts).
import { writeFileSync } from "node:fs";

export const LARGE_NODES = 180_000;

export function writeLargeGEXF(file: string, nodes: number): void {
  const note = "Officials said on Tuesday that the measures announced last week would be extended. ".repeat(3);
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '<graph defaultedgetype="directed"><attributes class="node"><attribute id="note" title="note" type="string"/></attributes><nodes>\n',
  ];
  for (let i = 0; i < nodes; i++) {
    parts.push(`<node id="n${i}" label="Entity ${i}"><attvalues><attvalue for="note" value="${note}"/></attvalues>`);
    parts.push(`<viz:position x="${(i % 400) * 10}" y="${Math.floor(i / 400) * 10}"/><viz:size value="3"/></node>\n`);
  }
  parts.push("</nodes><edges>\n");
  for (let i = 0; i < nodes; i++) {
    for (let k = 1; k <= 3; k++) parts.push(`<edge id="e${i}-${k}" source="n${i}" target="n${(i * 7 + k * 13) % nodes}" label="imposed"/>\n`);
  }
  parts.push("</edges></graph></gexf>\n");
  writeFileSync(file, parts.join(""));
}
