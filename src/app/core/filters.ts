// Which nodes and edges the current filters keep. Filters never change the dataset: they
// only answer "is it visible?", for the canvas reducers, the panels and the export.
import type { EdgeAttributes, NewsGraph, NodeAttributes } from "../../graph/types.ts";
import { attribute, valueText } from "./appearance.ts";
import { dateMonths, overlaps } from "./dates.ts";
import type { Filters, Selection } from "./view-state.ts";

export function nodeVisible(filters: Filters, node: NodeAttributes): boolean {
  if (filters.hiddenTypes.has(node.type)) return false;
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
  if (!filters.dateRange) return true;
  const months = dateMonths(edge.date);
  if (!months) return filters.showUndated;
  return overlaps(months, filters.dateRange.from, filters.dateRange.to);
}

export function edgeVisible(filters: Filters, graph: NewsGraph, edge: string): boolean {
  return (
    edgeOwnVisible(filters, graph.getEdgeAttributes(edge)) &&
    nodeVisible(filters, graph.getSourceAttributes(edge)) &&
    nodeVisible(filters, graph.getTargetAttributes(edge))
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
  if (selection.kind === "node") {
    if (graph.hasNode(selection.key)) typeReason(graph.getNodeAttributes(selection.key));
    return reasons;
  }
  if (!graph.hasEdge(selection.key)) return reasons;
  const a = graph.getEdgeAttributes(selection.key);
  if (filters.hiddenActions.has(a.action)) reasons.push(`action “${a.action}” is hidden`);
  else if (!edgeOwnVisible(filters, a)) reasons.push(a.date ? `its date ${a.date} is outside the date range` : "undated events are hidden");
  typeReason(graph.getSourceAttributes(selection.key));
  typeReason(graph.getTargetAttributes(selection.key));
  return reasons;
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
  if (selection.kind === "node") {
    if (graph.hasNode(selection.key)) reveal(graph.getNodeAttributes(selection.key));
    return { ...filters, hiddenTypes, hiddenValues: values() };
  }
  if (!graph.hasEdge(selection.key)) return filters;
  const a = graph.getEdgeAttributes(selection.key);
  reveal(graph.getSourceAttributes(selection.key));
  reveal(graph.getTargetAttributes(selection.key));
  const hiddenActions = new Set(filters.hiddenActions);
  hiddenActions.delete(a.action);
  const dated = dateMonths(a.date);
  let { dateRange, showUndated } = filters;
  if (dateRange && !dated) showUndated = true;
  if (dateRange && dated && !overlaps(dated, dateRange.from, dateRange.to)) {
    dateRange = { from: dated.first < dateRange.from ? dated.first : dateRange.from, to: dated.last > dateRange.to ? dated.last : dateRange.to };
  }
  return { hiddenTypes, hiddenActions, dateRange, showUndated, hiddenValues: values() };
}
