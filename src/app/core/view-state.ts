// What the explorer shows: the selection and the filters. It lives in the URL, so a reload
// or a shared link shows the same view. Pure: parse and serialize only.
import { ACTIONS, NODE_TYPES, type Action, type NodeType } from "../../extract/types.ts";
import { APPEARANCE_PARAMS, parseAppearance, writeAppearance, type Appearance } from "./appearance.ts";
import { isMonth, type Month } from "./dates.ts";

export type Selection = { kind: "node"; key: string } | { kind: "edge"; key: string } | null;

export interface Filters {
  hiddenTypes: ReadonlySet<NodeType>;
  hiddenActions: ReadonlySet<Action>;
  /** Inclusive month range of edge dates; null shows every date. */
  dateRange: { from: Month; to: Month } | null;
  /** Whether edges without a date stay visible while a date range is set. */
  showUndated: boolean;
  /** Nodes whose attribute has one of these values (appearance.ts's valueText) are hidden: the partition legend's filter. */
  hiddenValues: HiddenValues | null;
  /** Only this entity and what lies within `depth` hops of it (1 to 3); null for the whole graph. */
  ego: Ego | null;
  /** Which date places an edge in time: the dates its evidence sentences state, or their articles' dates. */
  dateBasis: DateBasis;
  /** Only what these articles (document ids) say: their edges, and the entities they name; null for every article. */
  articles: ReadonlySet<string> | null;
  /** Hide the nodes left without a shown edge (isolated ones, and those the other filters strand). */
  hideIsolated: boolean;
  /** Derived by filters.ts's `withGraph`, never in the URL: the ego network's nodes, the nodes with a shown edge, the articles' dates. */
  egoNodes?: ReadonlySet<string>;
  connected?: ReadonlySet<string>;
  articleNodes?: ReadonlySet<string>;
  docDates?: ReadonlyMap<string, string>;
}

export interface Ego {
  key: string;
  depth: number;
}

export type DateBasis = "event" | "reported";

/** Which edges a path may follow (paths.ts). */
export interface PathOptions {
  /** Follow edges against their direction too. */
  undirected: boolean;
  /** Skip member_of, part_of and targets: who belongs to whom says nothing of what they did. */
  noStructural: boolean;
  /** Only actions of one family. */
  only: "hostile" | "cooperative" | null;
}

/** Two entities whose shortest paths are shown. */
export interface PathQuery {
  from: string;
  to: string;
  options: PathOptions;
}

export interface HiddenValues {
  attribute: string;
  values: ReadonlySet<string>;
}

export interface ViewState {
  selection: Selection;
  /** The shortest paths asked for, if any. */
  path?: PathQuery | null;
  filters: Filters;
  /** What colours and sizes the nodes and edges (appearance.ts). */
  appearance: Appearance;
}

export const NO_FILTERS: Filters = {
  hiddenTypes: new Set(),
  hiddenActions: new Set(),
  dateRange: null,
  showUndated: true,
  hiddenValues: null,
  ego: null,
  dateBasis: "event",
  hideIsolated: false,
  articles: null,
};
export const DEFAULT_PATH_OPTIONS: PathOptions = { undirected: true, noStructural: false, only: null };
export const MAX_EGO_DEPTH = 3;
export const DEFAULT_VIEW: ViewState = { selection: null, path: null, filters: NO_FILTERS, appearance: {} };

// URL parameters. Anything else in the query (such as `e2e`) is left as it is.
const P = {
  node: "node",
  edge: "edge",
  hideTypes: "hideTypes",
  hideActions: "hideActions",
  from: "from",
  to: "to",
  undated: "undated",
  hideAttribute: "hideAttr",
  hideValue: "hideValue",
  ego: "ego",
  depth: "depth",
  dates: "dates",
  isolated: "isolated",
  article: "article",
  path: "path",
  pathOptions: "pathOptions",
};

function listParam<T extends string>(value: string | null, allowed: readonly T[]): Set<T> {
  const ok = new Set<string>(allowed);
  return new Set((value ?? "").split(",").filter((v): v is T => ok.has(v)));
}

/** Reads the view from a query string; unknown or malformed values are ignored. */
export function parseViewState(search: string): ViewState {
  const q = new URLSearchParams(search);
  const node = q.get(P.node);
  const edge = q.get(P.edge);
  const selection: Selection = node ? { kind: "node", key: node } : edge ? { kind: "edge", key: edge } : null;
  const from = q.get(P.from) ?? "";
  const to = q.get(P.to) ?? "";
  return {
    selection,
    path: pathOf(q.get(P.path), q.get(P.pathOptions)) ?? undefined,
    filters: {
      hiddenTypes: listParam(q.get(P.hideTypes), NODE_TYPES),
      hiddenActions: listParam(q.get(P.hideActions), ACTIONS),
      dateRange: isMonth(from) && isMonth(to) && from <= to ? { from, to } : null,
      showUndated: q.get(P.undated) !== "0",
      hiddenValues: hiddenValuesOf(q.get(P.hideAttribute), q.getAll(P.hideValue)),
      ego: egoOf(q.get(P.ego), q.get(P.depth)),
      dateBasis: q.get(P.dates) === "reported" ? "reported" : "event",
      hideIsolated: q.get(P.isolated) === "hide",
      articles: q.getAll(P.article).length ? new Set(q.getAll(P.article)) : null,
    },
    appearance: parseAppearance(q),
  };
}

/** Writes the view into `search` (a query string), keeping its other parameters. */
export function serializeViewState(view: ViewState, search = ""): string {
  const q = new URLSearchParams(search);
  for (const name of [...Object.values(P), ...APPEARANCE_PARAMS]) q.delete(name);
  const { selection, filters } = view;
  if (selection) q.set(selection.kind === "node" ? P.node : P.edge, selection.key);
  // Keep the vocabulary's order, so that equal views give equal URLs.
  const types = NODE_TYPES.filter((t) => filters.hiddenTypes.has(t));
  if (types.length) q.set(P.hideTypes, types.join(","));
  const actions = ACTIONS.filter((a) => filters.hiddenActions.has(a));
  if (actions.length) q.set(P.hideActions, actions.join(","));
  if (filters.dateRange) {
    q.set(P.from, filters.dateRange.from);
    q.set(P.to, filters.dateRange.to);
  }
  if (!filters.showUndated) q.set(P.undated, "0");
  if (filters.hiddenValues) {
    q.set(P.hideAttribute, filters.hiddenValues.attribute);
    for (const v of [...filters.hiddenValues.values].sort()) q.append(P.hideValue, v);
  }
  if (filters.ego) {
    q.set(P.ego, filters.ego.key);
    q.set(P.depth, String(filters.ego.depth));
  }
  if (filters.dateBasis === "reported") q.set(P.dates, "reported");
  if (filters.hideIsolated) q.set(P.isolated, "hide");
  for (const id of [...(filters.articles ?? [])].sort()) q.append(P.article, id);
  if (view.path) {
    q.set(P.path, `${view.path.from},${view.path.to}`);
    const o = view.path.options;
    const flags = [o.undirected ? "" : "directed", o.noStructural ? "noStructural" : "", o.only ?? ""].filter(Boolean);
    if (flags.length) q.set(P.pathOptions, flags.join(","));
  }
  writeAppearance(view.appearance, q);
  // URLSearchParams writes a bare flag as "e2e=": keep "?e2e" as typed.
  const text = q.toString().replace(/=(?=&|$)/g, "");
  return text ? `?${text}` : "";
}

function egoOf(key: string | null, depth: string | null): Ego | null {
  if (!key) return null;
  const n = Number(depth ?? 1);
  return { key, depth: Number.isInteger(n) ? Math.min(MAX_EGO_DEPTH, Math.max(1, n)) : 1 };
}

/** `path=FROM,TO` (keys may hold commas: the split is at the comma both halves of which are non-empty, the first one). */
function pathOf(value: string | null, options: string | null): PathQuery | null {
  const cut = value?.indexOf(",", 1) ?? -1;
  if (!value || cut < 0 || cut === value.length - 1) return null;
  const flags = new Set((options ?? "").split(","));
  return {
    from: value.slice(0, cut),
    to: value.slice(cut + 1),
    options: {
      undirected: !flags.has("directed"),
      noStructural: flags.has("noStructural"),
      only: flags.has("hostile") ? "hostile" : flags.has("cooperative") ? "cooperative" : null,
    },
  };
}

/** Hidden values of an attribute (one parameter per value: any text may be a value); null for none. */
function hiddenValuesOf(attribute: string | null, values: string[]): HiddenValues | null {
  return attribute && values.length ? { attribute, values: new Set(values) } : null;
}

/** `filters` with `value` of `attribute` hidden or shown again (hiding a value of another attribute starts over). */
export function toggledValue(filters: Filters, attribute: string, value: string): Filters {
  const current = filters.hiddenValues?.attribute === attribute ? filters.hiddenValues.values : new Set<string>();
  return { ...filters, hiddenValues: hiddenValuesOf(attribute, [...toggled(current, value)]) };
}

/** A copy of `set` with `value` added or removed. */
export function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const out = new Set(set);
  if (out.has(value)) out.delete(value);
  else out.add(value);
  return out;
}
