// Keyboard edits: Ctrl+Z undo, Ctrl+Shift+Z (or Ctrl+Y) redo; on the selection, Delete
// deletes it, M merges the node into the next one picked, V reverses and C checks an edge.
// Keys typed into a field are the field's.
import { useEffect, useRef } from "react";
import { makeOperation } from "../graph/curation/make.ts";
import { edgeKey, type NewsGraph } from "../graph/types.ts";
import type { Selection } from "./core/view-state.ts";
import type { WorkingGraph } from "./use-working-graph.ts";
import type { EditRequest } from "./views/edit-request.ts";

interface Keys {
  graph: NewsGraph;
  /** What Delete, M, V and C act on (null while an article is open). */
  selection: Selection;
  working: Pick<WorkingGraph, "undo" | "redo">;
  onEdit: EditRequest;
  onMerge: () => void;
}

const typing = (target: EventTarget | null): boolean => target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

export function useEditKeys(keys: Keys): void {
  // Read when a key comes: the listener is added once.
  const current = useRef(keys);
  current.current = keys;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target)) return;
      const { graph, selection, working, onEdit, onMerge } = current.current;
      const key = e.key.toLowerCase();
      if (e.ctrlKey || e.metaKey) {
        if (key === "z" && !e.shiftKey) working.undo();
        else if ((key === "z" && e.shiftKey) || key === "y") working.redo();
        else return;
      } else if (e.altKey || !selection) {
        return;
      } else if (selection.kind === "node" && graph.hasNode(selection.key)) {
        if (key === "delete" || key === "backspace") onEdit(makeOperation.deleteNode(graph, selection.key), null);
        else if (key === "m") onMerge();
        else return;
      } else if (selection.kind === "edge" && graph.hasEdge(selection.key)) {
        const edge = selection.key;
        const [source, target] = graph.extremities(edge);
        if (key === "delete" || key === "backspace") onEdit(makeOperation.deleteEdge(graph, edge), null);
        else if (key === "v") onEdit(makeOperation.reverseEdge(graph, edge), { kind: "edge", key: edgeKey(target, graph.getEdgeAttribute(edge, "action"), source) });
        else if (key === "c") onEdit(makeOperation.markChecked(graph, edge));
        else return;
      } else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
