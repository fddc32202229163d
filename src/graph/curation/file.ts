// The curation file (README "Curation"): `{ "curation": 1, "operations": [...] }`. The reader
// refuses a file with any bad entry, naming the file and the entry, so that nothing is half
// applied; the writer puts every operation's fields in one order. Pure.
import { ACTIONS, NODE_TYPES, type DocumentInfo } from "../../extract/types.ts";
import { describe, type Problems } from "../load/problems.ts";
import { isObject, readJSONFile, type Obj } from "./json-file.ts";
import { CURATION_VERSION, OPERATION_NAMES, type CuratedEvidence, type NodeField, type NodeHint, type Operation } from "./types.ts";

/** Each operation's fields, in the order they are written (`was` last). */
const FIELDS: Record<Operation["op"], readonly string[]> = {
  merge: ["node", "into"],
  rename: ["node", "label"],
  retype: ["node", "type"],
  deleteNode: ["node"],
  deleteEdge: ["edge"],
  setAction: ["edge", "action"],
  reverseEdge: ["edge"],
  markChecked: ["edge"],
  addEdge: ["source", "action", "target", "evidence"],
};
const NODE_FIELDS: readonly NodeField[] = ["node", "into", "source", "target"];
const NODE_TYPE_SET = new Set<string>(NODE_TYPES);
const ACTION_SET = new Set<string>(ACTIONS);

export type CurationRead = { operations: Operation[] } | { error: string };

/**
 * Reads curation file text; `name` (the file name) starts every message. With `documents`,
 * added edges' evidence must point into them. Never throws.
 */
export function readCuration(text: string, name: string, documents?: readonly Pick<DocumentInfo, "id" | "text">[]): CurationRead {
  return readJSONFile(text, name, (parsed, p) => {
    const data = isObject(parsed) ? parsed : {};
    if (!isObject(parsed) || data.curation === undefined)
      p.fail("", `expected a curation file { "curation": ${CURATION_VERSION}, "operations": [...] }, got ${isObject(parsed) ? 'an object without "curation"' : describe(parsed)}`);
    if (data.curation !== CURATION_VERSION) p.fail("curation", `this explorer reads version ${CURATION_VERSION}, got ${describe(data.curation)}`);
    const list = data.operations;
    if (!Array.isArray(list)) return p.fail("operations", `expected an array, got ${describe(list)}`);
    const lengths = documents && new Map(documents.map((d) => [d.id, d.text.length]));
    return { operations: list.map((o, i) => readOperation(o, `operations[${i}]`, p, lengths)) };
  });
}

function readOperation(o: unknown, at: string, p: Problems, lengths?: Map<string, number>): Operation {
  if (!isObject(o)) return p.fail(at, `expected an operation object, got ${describe(o)}`);
  const name = o.op as Operation["op"];
  if (typeof name !== "string" || !Object.hasOwn(FIELDS, name)) p.fail(`${at}.op`, `unknown operation ${describe(o.op)} (expected one of ${OPERATION_NAMES.join(", ")})`);
  const where = `${at} (${name})`;
  const out: Obj = { op: name };
  for (const field of FIELDS[name]) {
    const value = o[field];
    const here = `${where}.${field}`;
    if (field === "type") {
      if (!NODE_TYPE_SET.has(value as string)) p.fail(here, `unknown type ${describe(value)} (expected one of ${NODE_TYPES.join(", ")})`);
    } else if (field === "action") {
      if (!ACTION_SET.has(value as string)) p.fail(here, `unknown action ${describe(value)} (expected one of ${ACTIONS.join(", ")})`);
    } else if (field === "evidence") {
      out.evidence = readEvidence(value, here, p, lengths);
      continue;
    } else if (typeof value !== "string" || value === "") p.fail(here, `expected a non-empty string, got ${describe(value)}`);
    out[field] = value;
  }
  if (o.was !== undefined) out.was = readHints(o.was, `${where}.was`, p);
  return out as unknown as Operation;
}

function readEvidence(value: unknown, at: string, p: Problems, lengths?: Map<string, number>): CuratedEvidence[] {
  if (!Array.isArray(value) || value.length === 0) return p.fail(at, `expected a non-empty array of {doc, start, end}, got ${describe(value)}`);
  return value.map((e, i) => {
    const here = `${at}[${i}]`;
    if (!isObject(e) || typeof e.doc !== "string") return p.fail(here, `expected {doc, start, end}, got ${describe(e)}`);
    const { doc, start, end } = e;
    if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) <= (start as number)) {
      return p.fail(here, `offsets ${describe(start)}..${describe(end)} are not a span (whole numbers, 0 <= start < end)`);
    }
    if (lengths) {
      const length = lengths.get(doc);
      if (length === undefined) p.fail(`${here}.doc`, `unknown document ${describe(doc)}`);
      if ((end as number) > length) p.fail(here, `offsets ${start}..${end} are outside document ${describe(doc)} (length ${length})`);
    }
    return { doc, start: start as number, end: end as number };
  });
}

function readHints(value: unknown, at: string, p: Problems): Partial<Record<NodeField, NodeHint>> {
  if (!isObject(value)) return p.fail(at, `expected an object, got ${describe(value)}`);
  const out: Partial<Record<NodeField, NodeHint>> = {};
  for (const field of NODE_FIELDS) {
    const hint = value[field];
    if (hint === undefined) continue;
    const here = `${at}.${field}`;
    if (!isObject(hint) || typeof hint.label !== "string") p.fail(here, `expected {label, type}, got ${describe(hint)}`);
    if (!NODE_TYPE_SET.has(hint.type as string)) p.fail(`${here}.type`, `unknown type ${describe(hint.type)} (expected one of ${NODE_TYPES.join(", ")})`);
    out[field] = { label: hint.label, type: hint.type as NodeHint["type"] };
  }
  return out;
}

/** The curation file of `operations`: two-space JSON, each operation's fields in one order. */
export function writeCuration(operations: readonly Operation[]): string {
  const ordered = operations.map((o) => {
    const out: Obj = { op: o.op };
    for (const field of FIELDS[o.op]) out[field] = (o as unknown as Obj)[field];
    if (o.was && Object.keys(o.was).length) out.was = Object.fromEntries(NODE_FIELDS.filter((f) => o.was![f]).map((f) => [f, { label: o.was![f]!.label, type: o.was![f]!.type }]));
    return out;
  });
  return JSON.stringify({ curation: CURATION_VERSION, operations: ordered }, null, 2) + "\n";
}
