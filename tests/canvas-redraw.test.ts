// What a change of focus makes sigma redraw (src/app/canvas/redraw.ts): the two
// neighbourhoods when the focus moves, everything when it appears or goes or filters change.
import { describe, expect, it } from "vitest";
import { changedItems } from "../src/app/canvas/redraw.ts";
import { focusState, type CanvasState } from "../src/app/canvas/reducers.ts";
import { resolveAppearance, visualsOf } from "../src/app/core/appearance.ts";
import { NO_FILTERS } from "../src/app/core/view-state.ts";
import { syntheticGraph } from "./support/synthetic.ts";

const graph = syntheticGraph({ nodes: 200, seed: 7 });
const curvatures = new Map<string, number>();
const visuals = visualsOf(graph, resolveAppearance(graph, {}));
const [a, b] = graph.nodes();
const state = (patch: Partial<CanvasState>): CanvasState => ({ filters: NO_FILTERS, selection: null, hoveredNode: null, hoveredEdge: null, ...patch });
const focus = (patch: Partial<CanvasState>) => focusState(graph, state(patch), curvatures, visuals);

describe("changedItems", () => {
  it("moving the hover from one node to another redraws both neighbourhoods only", () => {
    const changed = changedItems(focus({ hoveredNode: a }), focus({ hoveredNode: b }))!;
    expect(new Set(changed.nodes)).toEqual(new Set([a, b, ...graph.neighbors(a), ...graph.neighbors(b)]));
    expect(new Set(changed.edges)).toEqual(new Set([...graph.edges(a), ...graph.edges(b)]));
  });

  it("hovering while something is selected redraws the selection's and the hover's neighbourhoods", () => {
    const selection = { kind: "node", key: a } as const;
    const changed = changedItems(focus({ selection }), focus({ selection, hoveredNode: b }))!;
    expect(changed.nodes).toContain(b);
    expect(changed.nodes.length).toBeLessThan(graph.order);
  });

  it("a focus that appears or goes, or new filters, redraw everything; no change redraws nothing", () => {
    expect(changedItems(focus({}), focus({ hoveredNode: a }))).toBeNull();
    expect(changedItems(focus({ hoveredNode: a }), focus({}))).toBeNull();
    expect(changedItems(focus({}), focusState(graph, state({ filters: { ...NO_FILTERS, showUndated: false } }), curvatures, visuals))).toBeNull();
    expect(changedItems(focus({}), focus({}))).toEqual({ nodes: [], edges: [] });
    const bySize = visualsOf(graph, resolveAppearance(graph, { nodeSize: "mentions" }));
    expect(changedItems(focus({}), focusState(graph, state({}), curvatures, bySize))).toBeNull();
  });
});
