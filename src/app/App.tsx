// The explorer: canvas in the middle, legend/filters on the left, the evidence of the
// selection on the right. Data flows one way: dataset -> view state -> reducers and panels.
import { Component, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { CameraState } from "sigma/types";
import type { Action, NodeType } from "../extract/types.ts";

import { metricValuesOf, withMetrics } from "../graph/metrics.ts";
import { FALLBACK_COLOR } from "../graph/palette.ts";
import type { NewsGraph } from "../graph/types.ts";
import { makeOperation } from "../graph/curation/make.ts";
import { bringIntoView, focusCamera } from "./canvas/camera.ts";
import { GraphCanvas, type ExplorerSigma } from "./canvas/GraphCanvas.tsx";
import type { Renderer } from "./canvas/renderer.ts";
import { resolveAppearance, visualsOf, type Appearance } from "./core/appearance.ts";
import type { EvidenceSentence } from "./core/evidence.ts";
import { dateHistogram, edgeVisible, hiddenBecause, keepsEverything, nodeVisible, revealSelection, withGraph } from "./core/filters.ts";
import type { ArticleSummary } from "./core/articles.ts";
import { pathItems, shortestPaths } from "./core/paths.ts";
import { DEFAULT_PATH_OPTIONS, toggled, toggledValue, type Filters, type Selection, type ViewState } from "./core/view-state.ts";
import type { InitialGraph } from "./initial-graph.ts";
import { useViewState } from "./use-view-state.ts";
import { clearSavedGraph } from "./storage/saved-graph.ts";
import { useEditKeys } from "./use-edit-keys.ts";
import { useWorkingGraph, type WorkingGraph } from "./use-working-graph.ts";
import { AppearancePanel } from "./views/AppearancePanel.tsx";
import { ArticlesPanel } from "./views/ArticlesPanel.tsx";
import { DataTable } from "./views/DataTable.tsx";
import { ArticleView, type OpenArticle } from "./views/ArticleView.tsx";
import { DateFilter } from "./views/DateFilter.tsx";
import { EdgeEdits } from "./views/EdgeEdits.tsx";
import { EdgePanel } from "./views/EdgePanel.tsx";
import type { EditRequest } from "./views/edit-request.ts";
import { EditsMenu } from "./views/EditsMenu.tsx";
import { ExportMenu } from "./views/ExportMenu.tsx";
import { GraphInputs } from "./views/GraphInputs.tsx";
import { HiddenNotice } from "./views/HiddenNotice.tsx";
import { Legend } from "./views/Legend.tsx";
import { NodeEdits } from "./views/NodeEdits.tsx";
import { NodePanel } from "./views/NodePanel.tsx";
import { NodeTools } from "./views/NodeTools.tsx";
import { PathPanel } from "./views/PathPanel.tsx";
import { SearchBox } from "./views/SearchBox.tsx";
import { errorMessage } from "../graph/error-message.ts";

/** How the page started (main.ts): the graph it opened, drawn with the URL's view; or why not. */
export type Start = { initial: InitialGraph; drawn: Renderer; view: ViewState } | { error: string };

export function App({ start }: { start: Start }) {
  if ("error" in start) return <Failed message={`Could not load the graph: ${start.error}`} />;
  return (
    <Recovery>
      <Working {...start} />
    </Recovery>
  );
}

/** A render that throws shows what failed, with a way out, instead of an empty page. */
class Recovery extends Component<{ children: ReactNode }, { error?: unknown }> {
  override state: { error?: unknown } = {};
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    return this.state.error === undefined ? this.props.children : <Failed message={`The explorer failed: ${errorMessage(this.state.error)}`} />;
  }
}

/**
 * Where the explorer could not start or failed: the message, and the toolbar's way out.
 * Reset forgets the graph kept in this browser (the usual cause) and starts again.
 */
function Failed({ message }: { message: string }) {
  const [resetting, setResetting] = useState(false);
  const reset = () => {
    setResetting(true);
    void clearSavedGraph()
      .catch(() => undefined)
      .then(() => window.location.reload());
  };
  return (
    <div className="explorer failed">
      <header className="toolbar">
        <h1>News graph explorer</h1>
        <div className="graph-inputs" role="group" aria-label="Graph data">
          <button type="button" disabled={resetting} onClick={reset} title="Forget the graph kept in this browser and open the default articles">
            Reset
          </button>
          <button type="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      </header>
      <div className="fatal" role="alert">
        {message}
      </div>
    </div>
  );
}

function Working({ initial, drawn, view }: { initial: InitialGraph; drawn: Renderer; view: ViewState }) {
  // The working graph: kept in this browser, else the default articles (initial-graph.ts).
  const working = useWorkingGraph(initial);
  const { replace, origin, base } = working;
  // Metrics are computed on the graph shown (the base with the edits) and stored on the base: the edits stay edits.
  const onGraph = useCallback((graph: NewsGraph) => replace(withMetrics(base, metricValuesOf(graph)), origin, { keepEdits: true }), [replace, origin, base]);
  // The last graph whose first frame is on screen (opening a file says "drawing" until then).
  const [onScreen, setOnScreen] = useState(drawn.graph);
  return <Explorer graph={working.graph} drawn={drawn} initialView={view} working={working} inputs={<GraphInputs working={working} drawn={onScreen} />} onGraph={onGraph} onDrawn={setOnScreen} />;
}

interface ExplorerProps {
  graph: NewsGraph;
  drawn: Renderer;
  initialView: ViewState;
  /** The base graph and the edits to it (the graph shown is the base with the edits). */
  working: WorkingGraph;
  inputs: ReactNode;
  /** Replaces the working graph's base (by a copy with computed metrics). */
  onGraph: (graph: NewsGraph) => void;
  /** A graph's first frame is on screen. */
  onDrawn: (graph: NewsGraph) => void;
}

/** The same colour and size mappings (labels aside). */
const sameMapping = (a: Appearance, b: Appearance) => a.nodeColor === b.nodeColor && a.nodeSize === b.nodeSize && a.edgeColor === b.edgeColor;

function Explorer({ graph, drawn, initialView, working, inputs, onGraph, onDrawn }: ExplorerProps) {
  const [view, setView, quietly] = useViewState(initialView);
  const { appearance } = view;
  // One pass over the graph per change of mapping; the first renderer's are reused as they are.
  const { nodeColor, nodeSize, edgeColor } = appearance;
  const resolved = useMemo(() => resolveAppearance(graph, { nodeColor, nodeSize, edgeColor }), [graph, nodeColor, nodeSize, edgeColor]);
  const visuals = useMemo(() => {
    if (graph === drawn.graph && sameMapping(appearance, initialView.appearance)) return drawn.visuals;
    return visualsOf(graph, resolved);
    // (`appearance` is read for its mapping only, which `resolved` follows.)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graph, drawn, initialView, resolved]);
  const [sigma, setSigma] = useState<ExplorerSigma | null>(null);
  const [article, setArticle] = useState<OpenArticle | null>(null);
  const [tableOpen, setTableOpen] = useState(false);
  /** On narrow screens the filters and the details are drawers over the canvas (styles.css): the one open. */
  const [drawer, setDrawer] = useState<"filters" | "details" | null>(null);
  const toggleDrawer = (which: "filters" | "details") => setDrawer((d) => (d === which ? null : which));
  /** The node being merged, while the node to merge it into is picked. */
  const [merging, setMerging] = useState<string | null>(null);
  const { selection, filters, path } = view;
  // Something chosen opens its details (a drawer on narrow screens).
  useEffect(() => {
    if (selection || path) setDrawer("details");
  }, [selection, path]);
  // The filters with what they need from the graph (the ego network...): once per change.
  const active = useMemo(() => withGraph(filters, graph), [filters, graph]);
  const found = useMemo(() => (path ? shortestPaths(graph, active, path) : null), [graph, active, path]);
  const dates = useMemo(() => dateHistogram(graph, active), [graph, active]);
  const onPath = useMemo(() => (path && found ? pathItems(graph, active, path.options, found.paths) : null), [graph, active, path, found]);
  /** The article whose part of the graph is highlighted (the articles panel). */
  const [shownArticle, setShownArticle] = useState<ArticleSummary | null>(null);
  const highlighted = onPath ?? shownArticle;
  // main.ts's renderer is adopted by the first canvas only (it is killed with it): an undo
  // back to that graph gets a new one.
  const adoptable = useRef<Renderer | undefined>(drawn);
  if (adoptable.current && adoptable.current.graph !== graph) adoptable.current = undefined;

  const colorOf = (node: string) => visuals.nodeColor.get(node) ?? FALLBACK_COLOR;
  const setSelection = useCallback((next: Selection) => setView((v) => ({ ...v, selection: next })), [setView]);
  const setFilters = (update: (f: Filters) => Filters) => setView((v) => ({ ...v, filters: update(v.filters) }));

  const applyEdit = working.edit; // stable: the canvas's events are not registered again on every render
  const edit: EditRequest = useCallback(
    (operation, next) => {
      applyEdit(operation);
      if (next !== undefined) setSelection(next);
    },
    [applyEdit, setSelection],
  );
  // While merging, the next node selected (on the canvas) is the one to merge into.
  const select = useCallback(
    (next: Selection) => {
      if (merging && next?.kind === "node" && next.key !== merging && graph.hasNode(merging)) {
        setMerging(null);
        return edit(makeOperation.merge(graph, merging, next.key), next);
      }
      if (merging) setMerging(null);
      setSelection(next);
    },
    [merging, graph, edit, setSelection],
  );

  // Esc cancels a merge, else closes the article, else clears the selection.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      if (merging) setMerging(null);
      else if (article) setArticle(null);
      else select(null);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [article, select, merging]);
  useEditKeys({ graph, selection: article ? null : selection, working, onEdit: edit, onMerge: () => selection?.kind === "node" && setMerging(selection.key) });

  // An edit gives a new graph, hence a new renderer: it opens where the last one was looking.
  const camera = useRef<{ base: NewsGraph; state: CameraState } | null>(null);
  const base = useRef(working.base);
  base.current = working.base;
  useEffect(() => {
    if (!sigma) return;
    const cam = sigma.getCamera();
    if (camera.current?.base === base.current) cam.setState(camera.current.state);
    const keep = () => (camera.current = { base: base.current, state: cam.getState() });
    keep();
    cam.on("updated", keep);
    return () => void cam.off("updated", keep);
  }, [sigma]);

  // A link that names a node opens on it.
  useEffect(() => {
    if (sigma && selection?.kind === "node" && graph.hasNode(selection.key)) focusCamera(sigma, selection.key);
    // Only when the renderer appears, not on every selection.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sigma]);

  // A new selection or path comes into view with its neighbourhood (the camera moves only if part of it is out of view).
  const neighbourhood = useMemo(() => {
    if (onPath) return onPath.nodes;
    if (selection?.kind === "node" && graph.hasNode(selection.key)) return [selection.key, ...graph.neighbors(selection.key)];
    if (selection?.kind === "edge" && graph.hasEdge(selection.key)) return graph.extremities(selection.key);
    return null;
  }, [graph, selection, onPath]);
  useEffect(() => {
    if (sigma && neighbourhood && !sigma.getCamera().isAnimated()) bringIntoView(sigma, neighbourhood);
  }, [sigma, neighbourhood]);

  const pick = (node: string) => {
    select({ kind: "node", key: node });
    if (sigma) focusCamera(sigma, node);
  };
  const open = (s: EvidenceSentence, focus: string) => setArticle({ doc: s.doc, sentence: { start: s.start, end: s.end }, focus });

  const exists = selection && (selection.kind === "node" ? graph.hasNode(selection.key) : graph.hasEdge(selection.key));
  // A pass over every edge: only when the filters change, not on every selection or hover.
  const visibleNodes = useMemo(() => (keepsEverything(active) ? graph.order : graph.filterNodes((k, a) => nodeVisible(active, a, k)).length), [graph, active]);
  const visibleEdges = useMemo(() => (keepsEverything(active) ? graph.size : graph.filterEdges((k) => edgeVisible(active, graph, k)).length), [graph, active]);
  const summary = `${visibleNodes} of ${graph.order} nodes · ${visibleEdges} of ${graph.size} edges · ${graph.getAttribute("documents").length} articles`;

  return (
    <div className={drawer ? `explorer show-${drawer}` : "explorer"}>
      <header className="toolbar">
        <h1>News graph explorer</h1>
        <button type="button" className="drawer-toggle" aria-pressed={drawer === "filters"} onClick={() => toggleDrawer("filters")}>
          Filters
        </button>
        <SearchBox graph={graph} onPick={pick} />
        {/* One line (styles.css); the whole text on hover when a narrow window cuts it. */}
        <span className="muted summary" data-testid="summary" title={summary}>
          {summary}
        </span>
        <EditsMenu edits={working.edits} stale={working.stale} onUndo={working.undo} onRedo={working.redo} onRemove={working.removeEdit} />
        <button type="button" aria-pressed={tableOpen} onClick={() => setTableOpen((o) => !o)}>
          Data table
        </button>
        <ExportMenu graph={graph} filters={active} sigma={sigma} />
        <button type="button" className="drawer-toggle" aria-pressed={drawer === "details"} onClick={() => toggleDrawer("details")}>
          Details
        </button>
        {inputs}
      </header>
      <aside className="sidebar">
        {filters.ego && (
          <p className="ego-notice" role="status">
            Only what lies within {filters.ego.depth} {filters.ego.depth === 1 ? "hop" : "hops"} of{" "}
            <button type="button" className="link" onClick={() => pick(filters.ego!.key)}>
              {graph.hasNode(filters.ego.key) ? graph.getNodeAttribute(filters.ego.key, "label") : filters.ego.key}
            </button>{" "}
            <button type="button" onClick={() => setFilters((f) => ({ ...f, ego: null }))}>
              Show all
            </button>
          </p>
        )}
        <AppearancePanel
          graph={graph}
          appearance={appearance}
          resolved={resolved}
          onChange={(next) => setView((v) => ({ ...v, appearance: next }))}
          onGraph={onGraph}
          nodeLegend={visuals.nodeLegend}
          edgeLegend={visuals.edgeLegend}
          hiddenValues={filters.hiddenValues}
          onToggleValue={(attribute, value) => setFilters((f) => toggledValue(f, attribute, value))}
        />
        <label className="isolated-toggle" title="Nodes without an edge, and nodes whose edges the filters hide">
          <input type="checkbox" checked={filters.hideIsolated} onChange={(e) => setFilters((f) => ({ ...f, hideIsolated: e.target.checked }))} /> hide nodes without a shown edge
        </label>
        <Legend
          graph={graph}
          filters={active}
          byType={resolved.nodeColor === "type"}
          byFamily={resolved.edgeColor === "family"}
          onToggleType={(t: NodeType) => setFilters((f) => ({ ...f, hiddenTypes: toggled(f.hiddenTypes, t) }))}
          onToggleAction={(a: Action) => setFilters((f) => ({ ...f, hiddenActions: toggled(f.hiddenActions, a) }))}
          onSetActions={(list, hide) =>
            setFilters((f) => {
              const hiddenActions = new Set(f.hiddenActions);
              for (const a of list) {
                if (hide) hiddenActions.add(a);
                else hiddenActions.delete(a);
              }
              return { ...f, hiddenActions };
            })
          }
        />
        <ArticlesPanel
          graph={graph}
          chosen={filters.articles}
          onChoose={(articles) => setFilters((f) => ({ ...f, articles }))}
          shown={shownArticle?.doc.id ?? null}
          onShow={setShownArticle}
          onSelect={select}
        />
        <DateFilter
          histogram={dates}
          filters={filters}
          onChange={(dateRange, showUndated, step) => {
            if (step) quietly();
            setFilters((f) => ({ ...f, dateRange, showUndated }));
          }}
          onBasis={(dateBasis) => setFilters((f) => ({ ...f, dateBasis }))}
        />
      </aside>
      <main className="canvas-area">
        {/* A new graph gets a new renderer: the canvas is built for one graph (GraphCanvas.tsx). */}
        <GraphCanvas
          key={graphId(graph)}
          graph={graph}
          drawn={adoptable.current}
          filters={active}
          selection={selection}
          highlight={highlighted}
          appearance={appearance}
          visuals={visuals}
          onSelect={select}
          onSigma={setSigma}
          onDrawn={onDrawn}
        />
        {tableOpen && <DataTable graph={graph} selection={selection} onSelect={(next) => (next?.kind === "node" ? pick(next.key) : select(next))} onClose={() => setTableOpen(false)} />}
      </main>
      <aside className="panel" aria-label="Details">
        {path && found && (
          <PathPanel
            graph={graph}
            filters={active}
            query={path}
            found={found}
            onOptions={(options) => setView((v) => ({ ...v, path: v.path && { ...v.path, options } }))}
            onSelect={(next) => (next?.kind === "node" ? pick(next.key) : select(next))}
            onOpen={open}
            onClose={() => setView((v) => ({ ...v, path: null }))}
          />
        )}
        {selection && (
          <button type="button" className="close" aria-label="Clear selection" onClick={() => select(null)}>
            ×
          </button>
        )}
        {selection && exists && <HiddenNotice reasons={hiddenBecause(active, graph, selection)} onReveal={() => setFilters(() => revealSelection(active, graph, selection))} />}
        {selection?.kind === "node" && exists && (
          <>
            <NodeEdits key={selection.key} graph={graph} node={selection.key} merging={merging === selection.key} onMerging={(on) => setMerging(on ? selection.key : null)} onEdit={edit} />
            <NodeTools
              graph={graph}
              node={selection.key}
              ego={filters.ego}
              onEgo={(ego) => setFilters((f) => ({ ...f, ego }))}
              onPath={(to) => setView((v) => ({ ...v, path: { from: selection.key, to, options: v.path?.options ?? DEFAULT_PATH_OPTIONS } }))}
            />
            <NodePanel graph={graph} node={selection.key} filters={active} onSelect={select} onOpen={open} colorOf={colorOf} />
          </>
        )}
        {selection?.kind === "edge" && exists && (
          <>
            <EdgeEdits graph={graph} edge={selection.key} onEdit={edit} />
            <EdgePanel graph={graph} edge={selection.key} onSelect={select} onOpen={open} colorOf={colorOf} />
          </>
        )}
        {selection && !exists && (
          <p className="muted" role="status">
            The {selection.kind} “{selection.key}” is not in this graph.
          </p>
        )}
        {!selection && !path && (
          <div className="hint muted">
            <p>Click a node to read what the articles say about it, or an edge to read the sentences behind it.</p>
            <p>Hover to see a neighbourhood; Esc or a click on the background clears the selection.</p>
          </div>
        )}
      </aside>
      {article && (
        <ArticleView
          graph={graph}
          article={article}
          onClose={() => setArticle(null)}
          onEdit={(operation, next) => {
            setArticle(null);
            edit(operation, next);
          }}
        />
      )}
    </div>
  );
}

/** A distinct number per graph object, for React keys. */
const graphIds = new WeakMap<NewsGraph, number>();
let graphCount = 0;
function graphId(graph: NewsGraph): number {
  let id = graphIds.get(graph);
  if (id === undefined) graphIds.set(graph, (id = ++graphCount));
  return id;
}
