// Exports in a real headless Chromium: GEXF 1.3 of the whole graph and of the filtered view
// (valid against the official RELAX NG grammar, parsed back with the same counts), the
// graph as JSON, and the view as PNG.
import Graph from "graphology";
import { parse } from "graphology-gexf";
import { twinOf } from "../../src/app/core/two-way.ts";
import { describe, expect, inject, it } from "vitest";
import { fromJSON } from "../../src/graph/formats/json/write.ts";
import { TYPE_COLORS } from "../../src/graph/palette.ts";
import { validateGEXF } from "../validate-gexf.ts";
import { displayState, exportFile, openExplorer, defaultGraph, useChromium } from "./page.ts";

const chromium = useChromium();
const graph = defaultGraph();
const url = inject("explorerUrl");

async function parseValidGEXF(xml: string): Promise<Graph> {
  const result = await validateGEXF(xml);
  expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
  expect(result.valid).toBe(true);
  return parse(Graph, xml);
}

describe("export", () => {
  it("GEXF of the whole graph: valid GEXF 1.3, same node and edge counts, colours and evidence text", async () => {
    const page = await openExplorer(chromium.browser, url, "hideTypes=person");
    const { name, bytes } = await exportFile(page, "GEXF, whole graph");
    expect(name).toBe("graph.gexf");
    const xml = bytes.toString("utf8");
    const back = await parseValidGEXF(xml);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    const japan = graph.findNode((_k, a) => a.label === "Japan")!;
    expect(back.getNodeAttribute(japan, "type")).toBe("country");
    expect(back.getNodeAttribute(japan, "color").toLowerCase()).toBe(TYPE_COLORS.country.toLowerCase());
    expect(back.getNodeAttribute(japan, "size")).toBe(graph.getNodeAttribute(japan, "size"));
    expect(back.getNodeAttribute(japan, "x")).toBe(graph.getNodeAttribute(japan, "x"));
    const edge = graph.findEdge((_k, a) => a.evidence.length > 0)!;
    const ev = graph.getEdgeAttribute(edge, "evidence")[0];
    const sentence = graph
      .getAttribute("documents")
      .find((d) => d.id === ev.doc)!
      .text.slice(ev.start, ev.end)
      .replace(/\s+/g, " ")
      .trim();
    expect(back.getEdgeAttribute(edge, "evidenceText")).toContain(sentence);
    // Gephi desktop keeps parallel edges of different kinds, and its timeline reads the starts.
    expect(xml).toMatch(/<graph mode="dynamic" timeformat="date" /);
    const edgeTags = xml.match(/<edge [^>]*>/g)!;
    expect(edgeTags).toHaveLength(graph.size);
    for (const tag of edgeTags) {
      const id = /id="([^"]*)"/.exec(tag)![1].replace(/&amp;/g, "&");
      expect(tag).toContain(`kind="${graph.getEdgeAttribute(id, "action")}"`);
      const date = graph.getEdgeAttribute(id, "date");
      if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) expect(tag).toContain(`start="${date}"`);
      if (!date) expect(tag).not.toContain("start=");
    }
    await page.close();
  });

  it("GEXF of the filtered view has exactly what the canvas shows", async () => {
    const page = await openExplorer(chromium.browser, url, "hideTypes=person,measure&hideActions=met");
    const { nodes, edges } = await displayState(page);
    const shownNodes = Object.keys(nodes).filter((k) => !nodes[k].hidden);
    // (A symmetric action stored both ways is drawn once, and exported as stored: both edges.)
    const shownEdges = Object.keys(edges).filter((k) => !edges[k].hidden || (twinOf(graph, k) !== undefined && !edges[twinOf(graph, k)!].hidden));
    expect(shownNodes.length).toBeLessThan(graph.order);
    const { name, bytes } = await exportFile(page, "GEXF, filtered view");
    expect(name).toBe("graph-view.gexf");
    const back = await parseValidGEXF(bytes.toString("utf8"));
    expect(back.nodes().sort()).toEqual(shownNodes.sort());
    expect(back.edges().sort()).toEqual(shownEdges.sort());
    await page.close();
  });

  it("JSON of the graph reads back as a valid graph.json; PNG of the view is an image", async () => {
    const page = await openExplorer(chromium.browser, url);
    const json = await exportFile(page, "JSON, whole graph");
    const back = fromJSON(json.bytes.toString("utf8"), json.name);
    expect([back.order, back.size]).toEqual([graph.order, graph.size]);
    expect(back.getAttribute("documents").length).toBe(graph.getAttribute("documents").length);
    const png = await exportFile(page, "PNG of the view");
    expect(png.name).toBe("graph-view.png");
    expect(png.bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(png.bytes.length).toBeGreaterThan(10_000);
    await page.close();
  });
});
