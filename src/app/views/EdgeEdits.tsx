// Edits of the selected edge: change its action, reverse it, mark it checked, delete it.
// The edge's key follows its action and ends, so the selection follows the edit.
import { ACTIONS, type Action } from "../../extract/types.ts";
import { makeOperation } from "../../graph/curation/make.ts";
import { edgeKey, type NewsGraph } from "../../graph/types.ts";
import type { EditRequest } from "./edit-request.ts";

export function EdgeEdits({ graph, edge, onEdit }: { graph: NewsGraph; edge: string; onEdit: EditRequest }) {
  const a = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  return (
    <section className="edits-tools" aria-label="Edit edge">
      <label>
        Action{" "}
        <select
          aria-label="Edge action"
          value={a.action}
          onChange={(e) => {
            const action = e.target.value as Action;
            onEdit(makeOperation.setAction(graph, edge, action), { kind: "edge", key: edgeKey(source, action, target) });
          }}
        >
          {/* An action from another tool's file stays shown until changed. */}
          {!ACTIONS.includes(a.action) && <option>{a.action}</option>}
          {ACTIONS.map((action) => (
            <option key={action}>{action}</option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => onEdit(makeOperation.reverseEdge(graph, edge), { kind: "edge", key: edgeKey(target, a.action, source) })} title="Reverse (V)">
        Reverse
      </button>
      <button type="button" disabled={a.checked === true} onClick={() => onEdit(makeOperation.markChecked(graph, edge))} title="Mark checked against its evidence (C)">
        {a.checked ? "Checked ✓" : "Mark checked"}
      </button>
      <button type="button" onClick={() => onEdit(makeOperation.deleteEdge(graph, edge), null)} title="Delete edge (Delete)">
        Delete edge
      </button>
    </section>
  );
}
