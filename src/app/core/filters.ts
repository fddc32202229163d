// Which nodes and edges the current filters keep. Filters never change the dataset: they
// only answer "is it visible?", for the canvas reducers, the panels and the export.
import type { EdgeAttributes, NewsGraph, NodeAttributes } from "../../graph/types.ts";
import { attribute, valueText } from "./appearance.ts";
import { dateMonths, histogram, overlaps, type Histogram, type Month, type MonthInterval } from "./dates.ts";
import type { Filters, Selection } from "./view-state.ts";

/** withGraph's answers, by graph and filters: the first renderer (main.ts) and the explorer then share one object, and sigma is not refreshed for an equal one. */
const withGraphs = new WeakMap<NewsGraph, WeakMap<Filters, Filters>>();

/**
 * The filters with what they need from the graph: the nodes of the ego network and the
 * articles' dates. Made once per change of graph or filters; every visibility test below
 * then reads it in constant time.
 */
export function withGraph(filters: Filters, graph: NewsGraph): Filters {
  let byFilters = withGraphs.get(graph);
  if (!byFilters) withGraphs.set(graph, (byFilters = new WeakMap()));
  let out = byFilters.get(filters);
  if (!out) byFilters.set(filters, (out = filtersWithGraph(filters, graph)));
  return out;
}

function filtersWithGraph(filters: Filters, graph: NewsGraph): Filters {
  const docDates = new Map<string, string>();
  for (const d of graph.getAttribute("documents") ?? []) if (d.date) docDates.set(d.id, d.date);
  const out: Filters = { ...filters, docDates, egoNodes: undefined, connected: undefined, articleNodes: undefined };
  if (filters.articles) out.articleNodes = articleNodes(graph, filters.articles);
  if (filters.ego && graph.hasNode(filters.ego.key)) out.egoNodes = egoNodes(out, graph, filters.ego.key, filters.ego.depth);
  if (filters.hideIsolated) {
    const connected = new Set<string>();
    graph.forEachEdge((edge, _a, source, target) => {
      if (source !== target && edgeVisible(out, graph, edge)) connected.add(source).add(target);
    });
    out.connected = connected;
  }
  return out;
}

/** The entities the articles name, and the ends of the edges they give evidence for. */
function articleNodes(graph: NewsGraph, docs: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  graph.forEachNode((node, a) => {
    if ((a.mentions ?? []).some((m) => docs.has(m.doc))) out.add(node);
  });
  graph.forEachEdge((_e, a, source, target) => {
    if ((a.evidence ?? []).some((ev) => docs.has(ev.doc))) out.add(source).add(target);
  });
  return out;
}

/** `center` and the nodes within `depth` hops of it, through edges the other filters keep, whatever their direction. */
function egoNodes(filters: Filters, graph: NewsGraph, center: string, depth: number): Set<string> {
  const seen = new Set([center]);
  let frontier = [center];
  for (let hop = 0; hop < depth && frontier.length; hop++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _a, source, target) => {
        const other = source === node ? target : source;
        if (seen.has(other) || !edgeVisible(filters, graph, edge)) return;
        seen.add(other);
        next.push(other);
      });
    }
    frontier = next;
  }
  return seen;
}

/**
 * Whether the filters certainly keep every node and edge (then what they show is the graph's
 * own count: no pass over hundreds of thousands of items). `ignoring`: a criterion left out
 * (a legend's counts are of what the other filters leave). False when unsure.
 */
export function keepsEverything(f: Filters, ignoring?: "hiddenTypes" | "hiddenActions" | "dateRange"): boolean {
  return (
    (ignoring === "hiddenTypes" || f.hiddenTypes.size === 0) &&
    (ignoring === "hiddenActions" || f.hiddenActions.size === 0) &&
    (ignoring === "dateRange" || f.dateRange === null) &&
    (f.hiddenValues === null || f.hiddenValues.values.size === 0) &&
    f.ego === null &&
    f.articles === null &&
    !f.hideIsolated
  );
}

/** `key`: the node's key, for the ego network (without it, only its attributes are judged). */
export function nodeVisible(filters: Filters, node: NodeAttributes, key?: string): boolean {
  if (filters.hiddenTypes.has(node.type)) return false;
  if (key !== undefined && filters.egoNodes && !filters.egoNodes.has(key)) return false;
  if (key !== undefined && filters.connected && !filters.connected.has(key)) return false;
  if (key !== undefined && filters.articleNodes && !filters.articleNodes.has(key)) return false;
  const h = filters.hiddenValues;
  return !h || !h.values.has(valueText(attribute(node, h.attribute)));
}

/** The node's value of the attribute whose values the filters hide, when hidden. */
function hiddenValue(filters: Filters, node: NodeAttributes): string | undefined {
  const h = filters.hiddenValues;
  if (!h) return undefined;
  const v = valueText(attribute(node, h.attribute));
  return h.values.has(v) ? v : undefined;
}

/** The edge's own criteria (action, date), not its ends. */
export function edgeOwnVisible(filters: Filters, edge: EdgeAttributes): boolean {
  if (filters.hiddenActions.has(edge.action)) return false;
  const docs = filters.articles;
  if (docs && !(edge.evidence ?? []).some((ev) => docs.has(ev.doc))) return false;
  if (!filters.dateRange) return true;
  const months = edgeMonths(filters, edge);
  if (!months.length) return filters.showUndated;
  const { from, to } = filters.dateRange;
  return months.some((m) => overlaps(m, from, to));
}

/**
 * The dates that place an edge in time: one per evidence sentence, the date the sentence
 * states (event) or its article's date (reported); the edge's own date when no sentence
 * gives one (other tools' files have no evidence).
 */
export function edgeDates(filters: Pick<Filters, "dateBasis" | "docDates">, edge: EdgeAttributes): string[] {
  const reported = filters.dateBasis === "reported";
  const out = new Set<string>();
  for (const ev of edge.evidence ?? []) {
    const date = reported ? filters.docDates?.get(ev.doc) : ev.date;
    if (date && dateMonths(date)) out.add(date);
  }
  if (!out.size && !reported && dateMonths(edge.date)) out.add(edge.date!);
  return [...out];
}

/** The months of `edgeDates`. */
export function edgeMonths(filters: Pick<Filters, "dateBasis" | "docDates">, edge: EdgeAttributes): MonthInterval[] {
  return edgeDates(filters, edge).map((d) => dateMonths(d)!);
}

/**
 * Edges per month over the whole span of the graph's dates (on the filters' basis), of the
 * edges the other filters show: an edge counts once in each month a sentence places it in.
 */
export function dateHistogram(graph: NewsGraph, filters: Filters): Histogram {
  const open = { ...filters, dateRange: null };
  const everything = keepsEverything(filters, "dateRange");
  const all: string[] = [];
  const byMonth = new Map<Month, number>();
  let undated = 0;
  graph.forEachEdge((edge, a) => {
    const dates = edgeDates(filters, a);
    for (const d of dates) all.push(d);
    if (!everything && !edgeVisible(open, graph, edge)) return;
    if (!dates.length) return void undated++;
    for (const m of new Set(dates.map((d) => dateMonths(d)!.first))) byMonth.set(m, (byMonth.get(m) ?? 0) + 1);
  });
  const { months } = histogram(all);
  return { months, counts: months.map((m) => byMonth.get(m) ?? 0), undated };
}

export function edgeVisible(filters: Filters, graph: NewsGraph, edge: string): boolean {
  return (
    edgeOwnVisible(filters, graph.getEdgeAttributes(edge)) &&
    nodeVisible(filters, graph.getSourceAttributes(edge), graph.source(edge)) &&
    nodeVisible(filters, graph.getTargetAttributes(edge), graph.target(edge))
  );
}

/** Why the filters hide an item ("type person hidden", ...); [] when it is visible. */
export function hiddenBecause(filters: Filters, graph: NewsGraph, selection: Selection): string[] {
  if (!selection) return [];
  const reasons: string[] = [];
  const typeReason = (a: NodeAttributes) => {
    const reason = `type “${a.type}” is hidden`;
    if (filters.hiddenTypes.has(a.type) && !reasons.includes(reason)) reasons.push(reason);
    const value = hiddenValue(filters, a);
    const valueReason = `${filters.hiddenValues?.attribute} “${value || "no value"}” is hidden`;
    if (value !== undefined && !reasons.includes(valueReason)) reasons.push(valueReason);
  };
  const egoReason = (key: string) => {
    const reason = `it is more than ${filters.ego?.depth} hops from the centre of the neighbourhood`;
    if (filters.egoNodes && !filters.egoNodes.has(key) && !reasons.includes(reason)) reasons.push(reason);
    const articles = "the articles chosen do not name it";
    if (filters.articleNodes && !filters.articleNodes.has(key) && !reasons.includes(articles)) reasons.push(articles);
  };
  if (selection.kind === "node") {
    if (graph.hasNode(selection.key)) {
      typeReason(graph.getNodeAttributes(selection.key));
      egoReason(selection.key);
      if (filters.connected && !filters.connected.has(selection.key) && !reasons.length) reasons.push("it has no shown edge, and such nodes are hidden");
    }
    return reasons;
  }
  if (!graph.hasEdge(selection.key)) return reasons;
  const a = graph.getEdgeAttributes(selection.key);
  if (filters.hiddenActions.has(a.action)) reasons.push(`action “${a.action}” is hidden`);
  else if (!edgeOwnVisible(filters, a)) reasons.push(dateReason(edgeDates(filters, a)));
  typeReason(graph.getSourceAttributes(selection.key));
  typeReason(graph.getTargetAttributes(selection.key));
  egoReason(graph.source(selection.key));
  egoReason(graph.target(selection.key));
  return reasons;
}

function dateReason(dates: string[]): string {
  if (!dates.length) return "undated events are hidden";
  return dates.length === 1 ? `its date ${dates[0]} is outside the date range` : `its dates ${dates.sort().join(", ")} are outside the date range`;
}

/** The smallest change to `filters` that shows the selected item again. */
export function revealSelection(filters: Filters, graph: NewsGraph, selection: Selection): Filters {
  if (!selection) return filters;
  const hiddenTypes = new Set(filters.hiddenTypes);
  const hiddenValues = filters.hiddenValues && { ...filters.hiddenValues, values: new Set(filters.hiddenValues.values) };
  const reveal = (a: NodeAttributes) => {
    hiddenTypes.delete(a.type);
    const value = hiddenValue(filters, a);
    if (value !== undefined) hiddenValues?.values.delete(value);
  };
  const values = () => (hiddenValues?.values.size ? hiddenValues : null);
  const outside = (nodes: string[]) => !!filters.egoNodes && nodes.some((n) => !filters.egoNodes!.has(n));
  if (selection.kind === "node") {
    if (graph.hasNode(selection.key)) reveal(graph.getNodeAttributes(selection.key));
    const stranded = !!filters.connected && !filters.connected.has(selection.key);
    const unnamed = !!filters.articleNodes && !filters.articleNodes.has(selection.key);
    return withoutDerived({
      ...filters,
      hiddenTypes,
      hiddenValues: values(),
      ego: outside([selection.key]) ? null : filters.ego,
      hideIsolated: filters.hideIsolated && !stranded,
      articles: unnamed ? null : filters.articles,
    });
  }
  if (!graph.hasEdge(selection.key)) return filters;
  const a = graph.getEdgeAttributes(selection.key);
  reveal(graph.getSourceAttributes(selection.key));
  reveal(graph.getTargetAttributes(selection.key));
  const hiddenActions = new Set(filters.hiddenActions);
  hiddenActions.delete(a.action);
  const months = edgeMonths(filters, a);
  let { dateRange, showUndated } = filters;
  if (dateRange && !months.length) showUndated = true;
  if (dateRange && months.length && !months.some((m) => overlaps(m, dateRange!.from, dateRange!.to))) {
    const first = months.reduce((x, m) => (m.first < x ? m.first : x), dateRange.from);
    const last = months.reduce((x, m) => (m.last > x ? m.last : x), dateRange.to);
    dateRange = { from: first, to: last };
  }
  const ego = outside(graph.extremities(selection.key)) ? null : filters.ego;
  const docs = filters.articles;
  const articles = docs && !(a.evidence ?? []).some((ev) => docs.has(ev.doc)) ? null : docs;
  return withoutDerived({ ...filters, hiddenTypes, hiddenActions, dateRange, showUndated, hiddenValues: values(), ego, articles });
}

/** The filters as the URL holds them. */
function withoutDerived(filters: Filters): Filters {
  const { egoNodes: _e, docDates: _d, connected: _c, articleNodes: _a, ...own } = filters;
  return own;
}
