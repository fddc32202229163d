// "Layout" button: runs ForceAtlas2 in its web worker on the displayed graph until stopped,
// with ForceAtlas2's main settings (as Gephi's), noverlap when it stops, and "Fit" to bring
// the whole graph into view. The first paint uses the positions stored by the extractor (or
// the file's); this refines them live.
import { useSigma } from "@react-sigma/core";
import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import type FA2Layout from "graphology-layout-forceatlas2/worker";
import noverlap from "graphology-layout-noverlap";
import { useEffect, useRef, useState } from "react";
import { fa2Settings } from "../../graph/fa2-settings.ts";
import { frameConnected } from "./camera.ts";

/** The settings a person may change, as Gephi names them. */
type Editable = Required<Pick<ForceAtlas2Settings, "gravity" | "scalingRatio" | "linLogMode" | "adjustSizes" | "barnesHutOptimize">>;

export function LayoutControl() {
  const sigma = useSigma();
  const layout = useRef<FA2Layout | null>(null);
  const [running, setRunning] = useState(false);
  // The extractor's settings for this graph (Barnes-Hut for large graphs), until changed.
  const [settings, setSettings] = useState<Editable>(() => {
    const s = fa2Settings(sigma.getGraph());
    return { gravity: s.gravity ?? 1, scalingRatio: s.scalingRatio ?? 1, linLogMode: !!s.linLogMode, adjustSizes: !!s.adjustSizes, barnesHutOptimize: !!s.barnesHutOptimize };
  });
  const [noverlapAfter, setNoverlapAfter] = useState(true);

  const kill = () => {
    layout.current?.kill();
    layout.current = null;
  };
  useEffect(() => kill, [sigma]);

  const start = async (next: Editable) => {
    kill();
    // Loaded and made on first use, not on load: the supervisor starts a worker and follows every graph change.
    const { default: Supervisor } = await import("graphology-layout-forceatlas2/worker");
    const graph = sigma.getGraph();
    layout.current = new Supervisor(graph, { settings: { ...fa2Settings(graph), ...next } });
    // (The frame follows the moving graph; the connected part is framed again at the stop.)
    sigma.setCustomBBox(null);
    layout.current.start();
    setRunning(true);
  };
  const stop = () => {
    layout.current?.stop();
    if (noverlapAfter) {
      // Overlaps removed as the extractor's layout does (graph/layout.ts), before the button says it stopped.
      const graph = sigma.getGraph();
      noverlap.assign(graph, { maxIterations: graph.order > 5000 ? 50 : 200, settings: { margin: 2, ratio: 1, gridSize: Math.max(20, Math.ceil(Math.sqrt(graph.order))) } });
    }
    frameConnected(sigma);
    setRunning(false);
  };
  const change = (patch: Partial<Editable>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    if (running) void start(next);
  };
  const fit = () => {
    frameConnected(sigma);
    void sigma.getCamera().animatedReset({ duration: 300 });
  };

  return (
    <div className="layout-tools">
      <button type="button" className="layout-control" aria-pressed={running} onClick={() => (running ? stop() : void start(settings))}>
        {running ? "Stop layout" : "Layout"}
      </button>
      <button type="button" onClick={fit} title="Fit the view to the connected part of the graph">
        Fit
      </button>
      <details className="layout-settings">
        <summary>Settings</summary>
        <div className="menu" role="group" aria-label="ForceAtlas2 settings">
          <label>
            Gravity
            <input type="number" min={0} step={0.1} value={settings.gravity} onChange={(e) => e.target.value !== "" && change({ gravity: +e.target.value })} />
          </label>
          <label>
            Scaling
            <input type="number" min={0.01} step={0.5} value={settings.scalingRatio} onChange={(e) => +e.target.value > 0 && change({ scalingRatio: +e.target.value })} />
          </label>
          <label>
            <input type="checkbox" checked={settings.linLogMode} onChange={(e) => change({ linLogMode: e.target.checked })} /> LinLog mode
          </label>
          <label>
            <input type="checkbox" checked={settings.adjustSizes} onChange={(e) => change({ adjustSizes: e.target.checked })} /> Prevent overlap
          </label>
          <label>
            <input type="checkbox" checked={settings.barnesHutOptimize} onChange={(e) => change({ barnesHutOptimize: e.target.checked })} /> Barnes-Hut
          </label>
          <label>
            <input type="checkbox" checked={noverlapAfter} onChange={(e) => setNoverlapAfter(e.target.checked)} /> Noverlap when stopped
          </label>
        </div>
      </details>
    </div>
  );
}
