// Renders nothing: wires sigma's events (hover, click, background click) to the view, and
// redraws when the view changes. Hover lives in a ref, so hovering never re-renders React.
import { useRegisterEvents, useSigma } from "@react-sigma/core";
import { useEffect, useRef } from "react";
import type Sigma from "sigma";
import type { Coordinates } from "sigma/types";
import type { NewsGraph } from "../../graph/types.ts";
import type { Appearance, Visuals } from "../core/appearance.ts";
import type { Filters, Selection } from "../core/view-state.ts";
import type { TwoWayPairs } from "../core/two-way.ts";
import type { Curvatures } from "./curvature.ts";
import { edgeAtPoint } from "./edge-hit.ts";
import { redraw as redrawSigma } from "./redraw.ts";
import { focusState, type CanvasState, type FocusState, type Highlight } from "./reducers.ts";
import { labelSettings } from "./settings.ts";

declare global {
  interface Window {
    /** The sigma instance, set only when the URL has `?e2e` (for tests and tools). */
    __sigma?: Sigma;
  }
}

interface Props {
  graph: NewsGraph;
  filters: Filters;
  selection: Selection;
  highlight: Highlight | null;
  focus: { current: FocusState };
  curvatures: Curvatures;
  pairs: TwoWayPairs;
  appearance: Appearance;
  /** Colours and sizes of the appearance (made once per change of it, not on hover). */
  visuals: Visuals;
  onSelect: (selection: Selection) => void;
}

export function CanvasController({ graph, filters, selection, highlight, focus, curvatures, pairs, appearance, visuals, onSelect }: Props) {
  const sigma = useSigma();
  const registerEvents = useRegisterEvents();
  const state = useRef<CanvasState>({ filters, selection, highlight, hoveredNode: null, hoveredEdge: null });
  const redraw = () => {
    const before = focus.current;
    focus.current = focusState(graph, state.current, curvatures, visuals, pairs);
    redrawSigma(sigma, before, focus.current);
  };

  useEffect(() => {
    // On mount sigma has just drawn this very view (createRenderer computed its focus, with no
    // highlight): a second full refresh there would double the time to the first usable frame
    // on large graphs.
    const same = state.current.filters === filters && state.current.selection === selection && state.current.highlight === highlight && !highlight && focus.current.filters === filters;
    if (same && focus.current.visuals === visuals) return;
    state.current = { ...state.current, filters, selection, highlight };
    redraw();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filters, selection, highlight, visuals, sigma]);

  const { labelSize, labelDensity } = appearance;
  useEffect(() => {
    const wanted = labelSettings({ labelSize, labelDensity });
    if (sigma.getSetting("labelSize") !== wanted.labelSize || sigma.getSetting("labelDensity") !== wanted.labelDensity) sigma.setSettings(wanted);
  }, [sigma, labelSize, labelDensity]);

  useEffect(() => {
    const container = sigma.getContainer();
    const hover = (patch: Partial<CanvasState>, cursor: string) => {
      state.current = { ...state.current, ...patch };
      container.style.cursor = cursor;
      redraw();
    };
    // Edges are found by geometry (edge-hit.ts), at most once a frame while the mouse moves.
    let pending: Coordinates | null = null;
    const hoverEdge = () => {
      const point = pending;
      pending = null;
      const edge = point && state.current.hoveredNode === null ? edgeAtPoint(sigma, point) : null;
      if (edge !== state.current.hoveredEdge) hover({ hoveredEdge: edge }, edge || state.current.hoveredNode ? "pointer" : "");
    };
    let frame = 0;
    const onMove = (point: Coordinates | null) => {
      pending = point;
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        hoverEdge();
      });
    };
    registerEvents({
      enterNode: ({ node }) => hover({ hoveredNode: node, hoveredEdge: null }, "pointer"),
      leaveNode: () => hover({ hoveredNode: null }, ""),
      // (moveBody comes for the whole page, and while the camera is dragged or zoomed: not an
      // edge hover then, which would redraw the whole graph in the middle of the move.)
      moveBody: ({ event }) => {
        const { width, height } = sigma.getDimensions();
        const inside = event.x >= 0 && event.y >= 0 && event.x <= width && event.y <= height;
        const moving = (event.original as MouseEvent).buttons !== 0 || sigma.getCamera().isAnimated();
        onMove(inside && !moving ? { x: event.x, y: event.y } : null);
      },
      leaveStage: () => onMove(null),
      clickNode: ({ node }) => onSelect({ kind: "node", key: node }),
      clickStage: ({ event }) => {
        const edge = edgeAtPoint(sigma, event);
        onSelect(edge ? { kind: "edge", key: edge } : null);
      },
    });
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [registerEvents, sigma, onSelect]);

  useEffect(() => {
    if (!new URLSearchParams(window.location.search).has("e2e")) return;
    window.__sigma = sigma;
    return () => {
      if (window.__sigma === sigma) delete window.__sigma;
    };
  }, [sigma]);

  return null;
}
