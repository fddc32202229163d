// The explorer's edits (src/app/core/edits.ts): undo, redo, removal, the graph they give, and
// kept edits checked on reload; and how a .json file is told apart (dropped-files.ts).
import { describe, expect, it } from "vitest";
import { appliedOperations, NO_EDITS, pushEdit, redoEdit, removeEdit, restoreEdits, undoEdit, withEdits } from "../src/app/core/edits.ts";
import { jsonFileKind } from "../src/app/core/dropped-files.ts";
import { buildGraph } from "../src/graph/build.ts";
import type { Operation } from "../src/graph/curation/types.ts";

const a: Operation = { op: "rename", node: "x", label: "X" };
const b: Operation = { op: "deleteNode", node: "y" };
const c: Operation = { op: "retype", node: "x", type: "country" };

describe("edits", () => {
  it("undo and redo move the position; a new edit forgets what was undone", () => {
    const two = pushEdit(pushEdit(NO_EDITS, a), b);
    expect(appliedOperations(two)).toEqual([a, b]);
    const undone = undoEdit(two);
    expect(appliedOperations(undone)).toEqual([a]);
    expect(redoEdit(undone)).toEqual(two);
    expect(undoEdit(undoEdit(undone))).toEqual(undoEdit(undone)); // nothing more to undo: unchanged
    expect(redoEdit(two)).toBe(two);
    expect(pushEdit(undone, c)).toEqual({ operations: [a, c], done: 2 });
  });

  it("removes one edit, applied or undone", () => {
    const three = undoEdit(pushEdit(pushEdit(pushEdit(NO_EDITS, a), b), c));
    expect(removeEdit(three, 0)).toEqual({ operations: [b, c], done: 1 });
    expect(removeEdit(three, 2)).toEqual({ operations: [a, b], done: 2 });
  });

  it("gives the base graph with the applied edits, and the stale ones", () => {
    const base = buildGraph(
      { documents: [{ id: "d", title: "", date: "", path: "d.txt", text: "x" }], nodes: [{ key: "x", label: "x", type: "person", aliases: [], mentions: [] }], edges: [] },
      { layout: false },
    );
    expect(withEdits(base, NO_EDITS).graph).toBe(base);
    const { graph, stale } = withEdits(base, pushEdit(pushEdit(NO_EDITS, a), b));
    expect(graph.getNodeAttribute("x", "label")).toBe("X");
    expect(base.getNodeAttribute("x", "label")).toBe("x");
    expect(stale.map((s) => s.index)).toEqual([1]);
  });

  it("checks edits kept in the browser as a curation file, and drops unusable ones saying why", () => {
    expect(restoreEdits({ operations: [a, b], done: 1 }, "kept")).toEqual({ edits: { operations: [a, b], done: 1 } });
    expect(restoreEdits({ operations: [a], done: 7 }, "kept").edits.done).toBe(1);
    const broken = restoreEdits({ operations: [{ op: "explode" }], done: 1 }, "kept");
    expect(broken.edits).toEqual(NO_EDITS);
    expect(broken.problem).toMatch(/^kept: operations\[0\]\.op: unknown operation "explode".*: the edits were dropped$/);
  });
});

describe("a .json file's kind", () => {
  it.each([
    ['{ "curation": 1, "operations": [] }', "curation"],
    ['\uFEFF{\n  "actors": []}', "lexicon"],
    ['{"_doc": "note", "verbs": []}', "lexicon"],
    ['{"options": {"type": "directed"}, "nodes": []', "graph"],
    ["not json", "graph"],
  ])("%s is a %s file", (head, kind) => {
    expect(jsonFileKind(head)).toBe(kind);
  });
});
