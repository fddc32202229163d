// Deterministic layout: positions seeded from a hash of each node key (never Math.random),
// then a fixed number of ForceAtlas2 iterations and a noverlap pass; coordinates rounded
// so that the serialized graph is byte-stable. Pure: runs in Node and in the browser.
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import { fa2Settings } from "./fa2-settings.ts";
import type { NewsGraph } from "./types.ts";

/** Half-width of the square the seed positions are drawn in. */
const SEED_SPREAD = 100;

/** 32-bit FNV-1a hash of a string (UTF-16 code units), with a caller-chosen offset basis. */
export function fnv1a(text: string, basis = 0x811c9dc5): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Initial position of a node, a pure function of its key, in [-SEED_SPREAD, SEED_SPREAD). */
export function seedPosition(key: string): { x: number; y: number } {
  const hx = fnv1a(key);
  const hy = fnv1a(key, hx ^ 0x9e3779b9);
  return {
    x: round((hx / 0x100000000) * 2 * SEED_SPREAD - SEED_SPREAD),
    y: round((hy / 0x100000000) * 2 * SEED_SPREAD - SEED_SPREAD),
  };
}

/** Display size of a node from its degree. */
export function nodeSize(degree: number): number {
  return round(4 + 2 * Math.sqrt(degree));
}

/** Rounds to `decimals` places and turns -0 into 0, so output is byte-stable. */
export function round(value: number, decimals = 3): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return r === 0 ? 0 : r;
}

/**
 * ForceAtlas2 iterations for a graph of `order` nodes: a fixed function of the size that
 * keeps the layout within a few seconds on one core (ForceAtlas2 about 2 s, the whole
 * layout 7 s, on the benchmark's 28,494-node graph).
 */
export function defaultIterations(order: number): number {
  if (order <= 2000) return 100;
  if (order <= 10000) return 50;
  return 20;
}

/** Deterministic PRNG (mulberry32), used instead of Math.random inside noverlap (and by the benchmark's synthetic graphs). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs `fn` with Math.random replaced by a seeded generator (noverlap jitters coincident nodes with it). */
function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = mulberry32(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

export interface LayoutOptions {
  /** ForceAtlas2 iterations; default `defaultIterations(graph.order)`. */
  iterations?: number;
  /** Maximum noverlap iterations; default 200 (50 above 5,000 nodes). */
  noverlapIterations?: number;
}

/** Sets every node's `x`, `y` to its seed position and its `size` from its degree: where the layout starts. */
export function seedLayout(graph: NewsGraph): void {
  graph.forEachNode((node) => {
    const { x, y } = seedPosition(node);
    graph.mergeNodeAttributes(node, { x, y, size: nodeSize(graph.degree(node)) });
  });
}

/**
 * Sets `size` (from degree) and `x`, `y` (seed, ForceAtlas2, noverlap, rounded to 3
 * decimals) on every node. The result depends only on the graph's structure and its
 * node/edge insertion order, not on earlier positions.
 */
export function applyLayout(graph: NewsGraph, options: LayoutOptions = {}): void {
  seedLayout(graph);
  if (graph.order < 2) return;

  const seeds = new Map<string, { x: number; y: number }>();
  graph.forEachNode((node, attr) => seeds.set(node, { x: attr.x, y: attr.y }));

  forceAtlas2.assign(graph, {
    iterations: options.iterations ?? defaultIterations(graph.order),
    settings: fa2Settings(graph),
    getEdgeWeight: (_edge, attr) => Math.max(1, (attr as { evidence?: unknown[] }).evidence?.length ?? 1),
  });
  withSeededRandom(graph.order, () =>
    noverlap.assign(graph, {
      maxIterations: options.noverlapIterations ?? (graph.order > 5000 ? 50 : 200),
      // About one node per grid cell: the default 20x20 grid is quadratic on big graphs.
      settings: { margin: 2, ratio: 1, gridSize: Math.max(20, Math.ceil(Math.sqrt(graph.order))) },
    }),
  );

  graph.forEachNode((node, attr) => {
    const seed = seeds.get(node)!;
    graph.mergeNodeAttributes(node, {
      x: Number.isFinite(attr.x) ? round(attr.x) : seed.x,
      y: Number.isFinite(attr.y) ? round(attr.y) : seed.y,
    });
  });
}
