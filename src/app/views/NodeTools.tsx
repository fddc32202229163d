// What can be asked about the selected entity beyond its own edges: its wider
// neighbourhood (the ego filter) and how it is connected to another entity (a path).
import type { NewsGraph } from "../../graph/types.ts";
import { MAX_EGO_DEPTH, type Ego } from "../core/view-state.ts";
import { SearchBox } from "./SearchBox.tsx";

interface Props {
  graph: NewsGraph;
  node: string;
  ego: Ego | null;
  onEgo: (ego: Ego | null) => void;
  onPath: (to: string) => void;
}

export function NodeTools({ graph, node, ego, onEgo, onPath }: Props) {
  const depths = Array.from({ length: MAX_EGO_DEPTH }, (_, i) => i + 1);
  const centred = ego?.key === node;
  return (
    <div className="node-tools">
      <div role="group" aria-label="Neighbourhood">
        <span className="muted">Only within</span>
        {depths.map((depth) => (
          <button key={depth} type="button" aria-pressed={centred && ego.depth === depth} onClick={() => onEgo(centred && ego.depth === depth ? null : { key: node, depth })}>
            {depth} {depth === 1 ? "hop" : "hops"}
          </button>
        ))}
        {ego && (
          <button type="button" className="link" onClick={() => onEgo(null)}>
            show all
          </button>
        )}
      </div>
      <SearchBox graph={graph} label="Path to" placeholder="Path to…" onPick={(to) => to !== node && onPath(to)} />
    </div>
  );
}
