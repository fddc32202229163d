// The network view: a sigma renderer on the dataset graph, drawn through reducers that
// apply the palette, the filters and the hover/selection focus.
import { SigmaContainer, ZoomControl, ControlsContainer } from "@react-sigma/core";
import "@react-sigma/core/lib/style.css";
import { useMemo, useRef, useState } from "react";
import type Sigma from "sigma";
import type { NewsGraph } from "../../graph/types.ts";
import type { Filters, Selection } from "../core/view-state.ts";
import { CanvasController } from "./CanvasController.tsx";
import { parallelCurvatures } from "./curvature.ts";
import { LayoutControl } from "./LayoutControl.tsx";
import { focusState, type FocusState } from "./reducers.ts";
import { canvasSettings } from "./settings.ts";

/** Sigma is typed with plain attributes: its graph is the NewsGraph given to GraphCanvas. */
export type ExplorerSigma = Sigma;

interface Props {
  graph: NewsGraph;
  filters: Filters;
  selection: Selection;
  onSelect: (selection: Selection) => void;
  onSigma: (sigma: ExplorerSigma | null) => void;
}

export function GraphCanvas({ graph, filters, selection, onSelect, onSigma }: Props) {
  const curvatures = useMemo(() => parallelCurvatures(graph), [graph]);
  // Ready before sigma's first frame, which it draws in its constructor.
  const focus = useRef<FocusState>(null as unknown as FocusState);
  focus.current ??= focusState(graph, { filters, selection, hoveredNode: null, hoveredEdge: null }, curvatures);
  // Created once: react-sigma re-creates the renderer whenever the settings object changes
  // (and compares reducers by identity), so it must never be rebuilt. The graph is loaded once.
  const [settings] = useState(() => canvasSettings(graph, focus));
  return (
    <SigmaContainer graph={graph} settings={settings} ref={onSigma} className="canvas">
      <CanvasController graph={graph} filters={filters} selection={selection} focus={focus} curvatures={curvatures} onSelect={onSelect} />
      <ControlsContainer position="bottom-right">
        <ZoomControl />
      </ControlsContainer>
      <div className="canvas-tools">
        <LayoutControl />
      </div>
    </SigmaContainer>
  );
}
