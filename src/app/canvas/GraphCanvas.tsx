// The network view: a sigma renderer on the dataset graph, drawn through reducers that
// apply the palette, the filters and the hover/selection focus. Its controls reach sigma
// through react-sigma's context.
import { ControlsContainer, SigmaProvider, ZoomControl } from "@react-sigma/core";
import { useLayoutEffect, useRef, useState } from "react";
import type Sigma from "sigma";
import type { NewsGraph } from "../../graph/types.ts";
import type { Appearance, Visuals } from "../core/appearance.ts";
import type { Filters, Selection } from "../core/view-state.ts";
import { CanvasController } from "./CanvasController.tsx";
import { LayoutControl } from "./LayoutControl.tsx";
import type { LabelBox } from "./labels.ts";
import type { Highlight } from "./reducers.ts";
import { createRenderer, type Renderer } from "./renderer.ts";

declare global {
  interface Window {
    /** The node labels of the last frame and where they are drawn (with `?e2e`, for tests). */
    __labels?: () => LabelBox[];
  }
}

/** Sigma is typed with plain attributes: its graph is the NewsGraph given to GraphCanvas. */
export type ExplorerSigma = Sigma;

interface Props {
  graph: NewsGraph;
  /** A renderer already drawing `graph` (main.ts's first frame): moved in instead of made. */
  drawn?: Renderer;
  filters: Filters;
  selection: Selection;
  /** A path or an article's part of the graph, highlighted while nothing is hovered. */
  highlight: Highlight | null;
  appearance: Appearance;
  visuals: Visuals;
  onSelect: (selection: Selection) => void;
  onSigma: (sigma: ExplorerSigma | null) => void;
  /** Its first frame is on screen (sigma draws it at once; the browser shows it a frame later). */
  onDrawn?: (graph: NewsGraph) => void;
}

/** Built for one graph: a new graph needs a new GraphCanvas (App keys it by graph). */
export function GraphCanvas({ graph, drawn, filters, selection, highlight, appearance, visuals, onSelect, onSigma, onDrawn }: Props) {
  const box = useRef<HTMLDivElement>(null);
  // The renderer, and react-sigma's context for the controls (made with it, once).
  const [mounted, setMounted] = useState<{ renderer: Renderer; context: { sigma: Sigma; container: HTMLElement } } | null>(null);
  // A layout effect: the controls and the canvas appear in the same frame.
  useLayoutEffect(() => {
    const element = box.current!;
    let made: Renderer;
    if (drawn?.graph === graph) {
      element.prepend(drawn.sigma.getContainer()); // canvases and all: nothing is drawn again
      made = drawn;
    } else {
      const container = document.createElement("div");
      container.className = "sigma-container";
      element.prepend(container);
      made = createRenderer(graph, container, { filters, selection, appearance }, visuals);
    }
    setMounted({ renderer: made, context: { sigma: made.sigma, container: element } });
    onSigma(made.sigma);
    const exposed = new URLSearchParams(window.location.search).has("e2e");
    if (exposed) window.__labels = () => [...(made.labels?.().values() ?? [])];
    const resized = new ResizeObserver(() => fitContainer(made.sigma));
    resized.observe(element);
    let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(() => onDrawn?.(graph))));
    return () => {
      cancelAnimationFrame(frame);
      resized.disconnect();
      if (exposed) delete window.__labels;
      made.sigma.kill();
      made.sigma.getContainer().remove();
      onSigma(null);
    };
    // Once per graph: the view reaches sigma through CanvasController.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <div ref={box} className="react-sigma canvas">
      {mounted && (
        <SigmaProvider value={mounted.context}>
          <CanvasController
            graph={graph}
            filters={filters}
            selection={selection}
            highlight={highlight}
            focus={mounted.renderer.focus}
            curvatures={mounted.renderer.curvatures}
            pairs={mounted.renderer.pairs}
            appearance={appearance}
            visuals={visuals}
            onSelect={onSelect}
          />
          <ControlsContainer position="bottom-right">
            <ZoomControl />
          </ControlsContainer>
          <div className="canvas-tools">
            <LayoutControl />
          </div>
        </SigmaProvider>
      )}
    </div>
  );
}

/** Sigma follows the window's size only: the page's layout can change its container's too. */
function fitContainer(sigma: Sigma): void {
  const { width, height } = sigma.getDimensions();
  const container = sigma.getContainer();
  if (container.offsetWidth !== width || container.offsetHeight !== height) sigma.scheduleRefresh();
}
