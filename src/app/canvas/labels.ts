// Node labels without collisions. Sigma's label grid keeps one label per cell, but a label
// runs wider than a cell, so neighbours overlap; and a label by the canvas's right edge is
// cut. Here, once per frame, the labels sigma offers are placed greedily by importance (the
// forced ones, selected and hovered, first; then the largest nodes), each to the right of
// its node or, where that runs off the canvas, to the left, and only where it overlaps no
// label already placed. Large graphs keep sigma's grid: this costs a pass over their nodes.
import type Sigma from "sigma";
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import type { Settings } from "sigma/settings";

export interface LabelBox {
  node: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Space between a node and its label, and around a label (pixels). */
const GAP = 3;
const MARGIN = 2;

interface Candidate {
  node: string;
  label: string;
  x: number;
  y: number;
  size: number;
  forced: boolean;
}

const overlap = (a: LabelBox, b: LabelBox) => a.x < b.x + b.width + MARGIN && b.x < a.x + a.width + MARGIN && a.y < b.y + b.height + MARGIN && b.y < a.y + a.height + MARGIN;

/**
 * Where each label goes (its box, in viewport pixels), or nowhere. Pure: `measure` gives a
 * text's width, `width` the canvas's.
 */
export function placeLabels(candidates: Candidate[], labelSize: number, width: number, measure: (text: string) => number): Map<string, LabelBox> {
  const order = [...candidates].sort((a, b) => Number(b.forced) - Number(a.forced) || b.size - a.size || a.node.localeCompare(b.node));
  const placed = new Map<string, LabelBox>();
  const boxes: LabelBox[] = [];
  for (const c of order) {
    const w = measure(c.label);
    const height = labelSize + 2;
    const y = c.y - height / 2;
    const right: LabelBox = { node: c.node, x: c.x + c.size + GAP, y, width: w, height };
    const left: LabelBox = { node: c.node, x: c.x - c.size - GAP - w, y, width: w, height };
    const sides = right.x + w <= width || left.x < 0 ? [right, left] : [left, right];
    const box = sides.find((b) => b.x >= 0 && b.x + b.width <= width && !boxes.some((o) => overlap(o, b))) ?? (c.forced ? sides[0] : undefined);
    if (!box) continue;
    boxes.push(box);
    placed.set(c.node, box);
  }
  return placed;
}

/**
 * Sigma's label drawing with the placement above: the plan is made at the first label of a
 * frame and dropped before the next frame. `drawn` gives the last frame's labels (for tests).
 */
export function collisionFreeLabels(): { draw: NodeLabelDrawingFunction; attach: (sigma: Sigma) => void; drawn: () => Map<string, LabelBox> } {
  let sigma: Sigma | null = null;
  let plan: Map<string, LabelBox> | null = null;
  let drawn = new Map<string, LabelBox>();
  const measurer = document.createElement("canvas").getContext("2d")!;

  const makePlan = (settings: Settings): Map<string, LabelBox> => {
    const s = sigma!;
    const { width, height } = s.getDimensions();
    measurer.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const candidates: Candidate[] = [];
    s.getGraph().forEachNode((node) => {
      const d = s.getNodeDisplayData(node);
      if (!d || d.hidden || !d.label) return;
      const size = s.scaleSize(d.size);
      if (!d.forceLabel && size < settings.labelRenderedSizeThreshold) return;
      const p = s.framedGraphToViewport(d);
      if (p.x < -size || p.x > width + size || p.y < -size || p.y > height + size) return;
      candidates.push({ node, label: d.label, x: p.x, y: p.y, size, forced: !!d.forceLabel });
    });
    return placeLabels(candidates, settings.labelSize, width, (t) => measurer.measureText(t).width);
  };

  const draw: NodeLabelDrawingFunction = (context, data, settings) => {
    if (!data.label || !sigma) return;
    plan ??= makePlan(settings);
    const box = plan.get(data.key);
    if (!box) return;
    drawn.set(data.key, box);
    context.fillStyle = settings.labelColor.color ?? "#000";
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    context.fillText(data.label, box.x, data.y + settings.labelSize / 3);
  };

  const attach = (s: Sigma) => {
    sigma = s;
    s.on("beforeRender", () => {
      plan = null;
      drawn = new Map();
    });
  };
  return { draw, attach, drawn: () => drawn };
}
