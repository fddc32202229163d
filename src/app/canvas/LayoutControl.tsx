// "Layout" button: runs ForceAtlas2 in its web worker on the displayed graph until stopped.
// The first paint uses the positions stored by the extractor; this refines them live.
import { useSigma } from "@react-sigma/core";
import type FA2Layout from "graphology-layout-forceatlas2/worker";
import { useEffect, useRef, useState } from "react";
import { fa2Settings } from "../../graph/fa2-settings.ts";

export function LayoutControl() {
  const sigma = useSigma();
  const layout = useRef<FA2Layout | null>(null);
  const [running, setRunning] = useState(false);
  useEffect(
    () => () => {
      layout.current?.kill();
      layout.current = null;
    },
    [sigma],
  );
  const toggle = async () => {
    if (running) {
      layout.current?.stop();
      setRunning(false);
      return;
    }
    // Loaded and made on first use, not on load: the supervisor starts a worker and follows every graph change.
    if (!layout.current) {
      const { default: Supervisor } = await import("graphology-layout-forceatlas2/worker");
      const graph = sigma.getGraph();
      // The extractor's settings (Barnes-Hut for large graphs).
      layout.current ??= new Supervisor(graph, { settings: fa2Settings(graph) });
    }
    layout.current.start();
    setRunning(true);
  };
  return (
    <button type="button" className="layout-control" aria-pressed={running} onClick={() => void toggle()}>
      {running ? "Stop layout" : "Layout"}
    </button>
  );
}
