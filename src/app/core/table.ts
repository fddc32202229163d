// The data table's rows, as Gephi's Data Laboratory: one per node (label, type, degree,
// mentions, every other attribute, metrics included) or per edge (source, action, target,
// date, evidence, every other attribute); sorted, filtered by column, and as CSV. Pure.
import type { NewsGraph } from "../../graph/types.ts";
import { attribute, attributesOf } from "./appearance.ts";

export type TableKind = "nodes" | "edges";
export type Cell = string | number | undefined;

export interface Table {
  columns: string[];
  rows: { key: string; cells: Cell[] }[];
}

/** A value as one cell: numbers stay numbers (they sort as numbers), the rest as text. */
function cell(value: unknown): Cell {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((v) => typeof v !== "object")) return value.join("; ");
  return JSON.stringify(value);
}

/** Attributes with a column of their own, or none (long lists the panels show). */
const NODE_SHOWN = new Set(["label", "type"]);
const EDGE_SHOWN = new Set(["action", "date"]);

export function buildTable(graph: NewsGraph, kind: TableKind): Table {
  if (kind === "nodes") {
    const others = attributesOf(graph, "node")
      .map((a) => a.name)
      .filter((n) => !NODE_SHOWN.has(n));
    // Graphs of other tools have no types and no mentions: no empty columns for them.
    const typed = graph.someNode((_k, a) => cell(a.type) !== undefined);
    const mentioned = graph.getAttribute("documents")?.length > 0;
    const columns = ["label", ...(typed ? ["type"] : []), "degree", ...(mentioned ? ["mentions"] : []), ...others];
    return {
      columns,
      rows: graph.mapNodes((key, a) => {
        const own = [cell(a.label), ...(typed ? [cell(a.type)] : []), graph.degree(key), ...(mentioned ? [a.mentions?.length ?? 0] : [])];
        return { key, cells: [...own, ...others.map((n) => cell(attribute(a, n)))] };
      }),
    };
  }
  const others = attributesOf(graph, "edge")
    .map((a) => a.name)
    .filter((n) => !EDGE_SHOWN.has(n));
  const acted = graph.someEdge((_k, a) => cell(a.action) !== undefined);
  const dated = graph.someEdge((_k, a) => cell(a.date) !== undefined);
  const evidenced = graph.getAttribute("documents")?.length > 0;
  const columns = ["source", ...(acted ? ["action"] : []), "target", "direction", ...(dated ? ["date"] : []), ...(evidenced ? ["evidence"] : []), ...others];
  return {
    columns,
    rows: graph.mapEdges((key, a, _source, _target, sa, ta, undirected) => {
      const own = [cell(sa.label), ...(acted ? [cell(a.action)] : []), cell(ta.label), undirected ? "two-way" : "→", ...(dated ? [cell(a.date)] : []), ...(evidenced ? [a.evidence?.length ?? 0] : [])];
      return { key, cells: [...own, ...others.map((n) => cell(attribute(a, n)))] };
    }),
  };
}

/** Rows whose every filtered column contains its filter text (case-insensitive). */
export function filterRows<R extends { cells: Cell[] }>(rows: R[], filters: readonly string[]): R[] {
  const wanted = filters.map((f, i) => [i, f.trim().toLowerCase()] as const).filter(([, f]) => f !== "");
  if (wanted.length === 0) return rows;
  return rows.filter((r) => wanted.every(([i, f]) => r.cells[i] !== undefined && String(r.cells[i]).toLowerCase().includes(f)));
}

/** Compares cells: numbers as numbers before text, empty cells last. */
export function compareCells(a: Cell, b: Cell): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return a.localeCompare(b);
}

/** A sorted copy, by one column; stable, empty cells last in either direction. */
export function sortRows<R extends { cells: Cell[] }>(rows: R[], column: number, descending: boolean): R[] {
  return [...rows].sort((x, y) => {
    const [a, b] = [x.cells[column], y.cells[column]];
    if (a === undefined || b === undefined) return compareCells(a, b);
    return descending ? compareCells(b, a) : compareCells(a, b);
  });
}

/**
 * RFC 4180 CSV: a header, then one line per row; fields quoted where they need it. Text that
 * a spreadsheet would run as a formula (=, +, -, @ first) starts with ' (OWASP's advice).
 */
export function toCSV(columns: string[], rows: { cells: Cell[] }[]): string {
  const field = (v: Cell) => {
    const text = v === undefined ? "" : typeof v === "string" && /^[=+\-@\t\r]/.test(v) ? `'${v}` : String(v);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns, ...rows.map((r) => r.cells)].map((line) => line.map(field).join(",")).join("\r\n") + "\r\n";
}
