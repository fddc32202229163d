// "Layout" button: runs ForceAtlas2 in its web worker on the displayed graph until stopped.
// The first paint uses the positions stored by the extractor; this refines them live.
import { useSigma } from "@react-sigma/core";
import { useWorkerLayoutForceAtlas2 } from "@react-sigma/layout-forceatlas2";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { useEffect, useMemo } from "react";

export function LayoutControl() {
  const sigma = useSigma();
  const settings = useMemo(() => {
    const graph = sigma.getGraph();
    // Barnes-Hut from 500 nodes on, as in the extractor's layout (src/graph/layout.ts).
    return { settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 } };
  }, [sigma]);
  const { start, stop, kill, isRunning } = useWorkerLayoutForceAtlas2(settings);
  useEffect(() => () => kill(), [kill]);
  return (
    <button type="button" className="layout-control" aria-pressed={isRunning} onClick={() => (isRunning ? stop() : start())}>
      {isRunning ? "Stop layout" : "Layout"}
    </button>
  );
}
