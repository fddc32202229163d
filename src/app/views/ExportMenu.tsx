// Downloads: GEXF 1.3 and graph.json of the whole graph or of the filtered view, and the
// view as PNG.
import { useRef } from "react";
import { toJSON } from "../../graph/formats/json/write.ts";
import type { NewsGraph } from "../../graph/types.ts";
import type { ExplorerSigma } from "../canvas/GraphCanvas.tsx";
import { download } from "../core/download.ts";
import { viewGraph } from "../core/export.ts";
import type { Filters } from "../core/view-state.ts";

/** The PNG exporter loads on first use, not with the page. */
async function png(sigma: ExplorerSigma): Promise<void> {
  const { downloadAsPNG } = await import("@sigma/export-image");
  await downloadAsPNG(sigma, { fileName: "graph-view", backgroundColor: "#ffffff" });
}

interface Props {
  graph: NewsGraph;
  filters: Filters;
  sigma: ExplorerSigma | null;
}

export function ExportMenu({ graph, filters, sigma }: Props) {
  const menu = useRef<HTMLDetailsElement>(null);
  // A choice closes the menu.
  const close = () => {
    if (menu.current) menu.current.open = false;
  };
  // The GEXF writer (graphology-gexf, with xmldom) loads on first use: it is not needed to show the graph.
  const gexf = async (whole: boolean) => {
    const { toGEXF } = await import("../../graph/formats/gexf/write.ts");
    download(whole ? "graph.gexf" : "graph-view.gexf", "application/gexf+xml", toGEXF(whole ? graph : viewGraph(graph, filters)));
  };
  const json = (whole: boolean) => download(whole ? "graph.json" : "graph-view.json", "application/json", toJSON(whole ? graph : viewGraph(graph, filters)));
  return (
    <details className="export-menu" ref={menu} onClick={(e) => (e.target as HTMLElement).closest(".menu button") && close()}>
      <summary>Export</summary>
      <div className="menu" role="group" aria-label="Export">
        <button type="button" onClick={() => void gexf(true)}>
          GEXF, whole graph
        </button>
        <button type="button" onClick={() => void gexf(false)}>
          GEXF, filtered view
        </button>
        <button type="button" onClick={() => json(true)}>
          JSON, whole graph
        </button>
        <button type="button" onClick={() => json(false)}>
          JSON, filtered view
        </button>
        <button type="button" disabled={!sigma} onClick={() => sigma && void png(sigma)}>
          PNG of the view
        </button>
      </div>
    </details>
  );
}
