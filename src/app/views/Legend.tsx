// The legend is also the type and action filter: one entry per entity type and per action
// present, with its count; unticking an entry hides it. Swatches show the palette's colours
// while nodes are coloured by type and edges by family (other mappings: AppearancePanel's legend).
import { useMemo } from "react";
import { ACTION_FAMILIES, NODE_TYPES, type Action, type ActionFamily, type NodeType } from "../../extract/types.ts";
import { FAMILY_COLORS, typeColor } from "../../graph/palette.ts";
import type { NewsGraph } from "../../graph/types.ts";
import { edgeVisible, keepsEverything, nodeVisible } from "../core/filters.ts";
import type { Filters } from "../core/view-state.ts";

interface Props {
  graph: NewsGraph;
  /** The filters with the graph's (filters.ts's withGraph): the counts are of what they show. */
  filters: Filters;
  onToggleType: (type: NodeType) => void;
  onToggleAction: (action: Action) => void;
  onSetActions: (actions: readonly Action[], hidden: boolean) => void;
  /** Whether nodes are coloured by type, edges by action family (else no swatches here). */
  byType: boolean;
  byFamily: boolean;
}

function count<K extends string>(keys: Iterable<K>): Map<K, number> {
  const out = new Map<K, number>();
  for (const k of keys) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}

export function Legend({ graph, filters, onToggleType, onToggleAction, onSetActions, byType, byFamily }: Props) {
  const types = useMemo(() => count(graph.mapNodes((_k, a) => a.type)), [graph]);
  const actions = useMemo(() => count(graph.mapEdges((_k, a) => a.action)), [graph]);
  // What the other filters leave of each type and action (its own entry ticked or not).
  const shownTypes = useMemo(() => {
    if (keepsEverything(filters, "hiddenTypes")) return types;
    const open = { ...filters, hiddenTypes: new Set<NodeType>() };
    return count(graph.filterNodes((k, a) => nodeVisible(open, a, k)).map((k) => graph.getNodeAttribute(k, "type")));
  }, [graph, filters, types]);
  const shownActions = useMemo(() => {
    if (keepsEverything(filters, "hiddenActions")) return actions;
    const open = { ...filters, hiddenActions: new Set<Action>() };
    return count(graph.filterEdges((k) => edgeVisible(open, graph, k)).map((k) => graph.getEdgeAttribute(k, "action")));
  }, [graph, filters, actions]);
  const shown = <K extends string>(of: Map<K, number>, all: Map<K, number>, key: K) => {
    const n = of.get(key) ?? 0;
    return n === all.get(key) ? String(n) : `${n} of ${all.get(key)}`;
  };
  const families = (Object.entries(ACTION_FAMILIES) as [ActionFamily, readonly Action[]][])
    .map(([family, list]) => [family, list.filter((a) => actions.has(a))] as const)
    .filter(([, list]) => list.length > 0);
  const present = NODE_TYPES.filter((t) => types.has(t));
  // Graphs from other tools may have neither types nor actions.
  if (present.length === 0 && families.length === 0) return null;
  return (
    <section className="legend" aria-label="Legend and filters">
      {present.length > 0 && <h3>Entities</h3>}
      <ul>
        {present.map((type) => (
          <li key={type}>
            <label>
              <input type="checkbox" aria-label={`${type} (${shown(shownTypes, types, type)})`} checked={!filters.hiddenTypes.has(type)} onChange={() => onToggleType(type)} />
              {byType && <span className="swatch round" style={{ background: typeColor(type) }} />}
              <span className="name">{type}</span>
              <span className="count">{shown(shownTypes, types, type)}</span>
            </label>
          </li>
        ))}
      </ul>
      {families.length > 0 && <h3>Actions</h3>}
      {families.map(([family, list]) => {
        const allShown = list.every((a) => !filters.hiddenActions.has(a));
        return (
          <div key={family} className="family">
            <label className="family-name">
              <input type="checkbox" aria-label={`all ${family} actions`} checked={allShown} onChange={() => onSetActions(list, allShown)} />
              {byFamily && <span className="swatch line" style={{ background: FAMILY_COLORS[family] }} />}
              <span className="name">{family}</span>
            </label>
            <ul>
              {list.map((action) => (
                <li key={action}>
                  <label>
                    <input type="checkbox" aria-label={`${action} (${shown(shownActions, actions, action)})`} checked={!filters.hiddenActions.has(action)} onChange={() => onToggleAction(action)} />
                    <span className="name">{action}</span>
                    <span className="count">{shown(shownActions, actions, action)}</span>
                  </label>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
