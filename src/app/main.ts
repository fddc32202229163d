// Browser entry of the explorer. The first graph is drawn by sigma alone, into the page's
// static layout (index.html), while React and the panels load (mount.tsx, a chunk of its
// own); React then mounts around the canvas, which it adopts as drawn.
import "@react-sigma/core/lib/style.css";
import { errorMessage } from "../graph/error-message.ts";
import { createRenderer } from "./canvas/renderer.ts";
import { withGraph } from "./core/filters.ts";
import { parseViewState } from "./core/view-state.ts";
import { loadInitialGraph } from "./initial-graph.ts";
import type { Start } from "./App.tsx";
import "./styles.css";

const view = parseViewState(window.location.search);
const start: Promise<Start> = loadInitialGraph()
  .then((initial) => {
    // With the filters the explorer will pass on (the same object: no second refresh when React mounts).
    const drawn = createRenderer(initial.graph, document.getElementById("first-canvas")!, { ...view, filters: withGraph(view.filters, initial.graph) });
    document.getElementById("first-loading")?.remove();
    return { initial, drawn, view };
  })
  .catch((e: unknown) => ({ error: errorMessage(e) }));

// React mounts once that frame is on screen: its render (panels, search index, counts) never delays it.
const shown = start.then((s) => new Promise<Start>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(s)))));
void Promise.all([import("./mount.tsx"), shown]).then(([{ mount }, s]) => mount(document.getElementById("root")!, s));
