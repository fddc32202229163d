// The data table: nodes or edges, one row each, sortable by any column (a click on its
// header) and filtered by column; a row selects its node or edge; CSV of the rows shown.
// Only the rows in view are in the page (fixed row height), so 20,000 rows scroll freely.
import { useLayoutEffect, useMemo, useRef, useState, type UIEvent } from "react";
import type { NewsGraph } from "../../graph/types.ts";
import { buildTable, filterRows, sortRows, toCSV, type TableKind } from "../core/table.ts";
import type { Selection } from "../core/view-state.ts";
import { download } from "../core/download.ts";

const ROW_HEIGHT = 24;
/** Rows drawn above and below the visible ones, so that a fast scroll shows no gap. */
const OVERSCAN = 10;

interface Props {
  graph: NewsGraph;
  selection: Selection;
  onSelect: (selection: Selection) => void;
  onClose: () => void;
}

export function DataTable({ graph, selection, onSelect, onClose }: Props) {
  const [kind, setKind] = useState<TableKind>("nodes");
  const table = useMemo(() => buildTable(graph, kind), [graph, kind]);
  const [sort, setSort] = useState<{ column: number; descending: boolean } | null>(null);
  const [filters, setFilters] = useState<string[]>([]);
  const [scroll, setScroll] = useState({ top: 0, height: 400 });
  const box = useRef<HTMLDivElement>(null);
  // The visible height, as the page's layout changes it.
  useLayoutEffect(() => {
    const element = box.current!;
    const measure = () => setScroll({ top: element.scrollTop, height: element.clientHeight });
    measure();
    const resized = new ResizeObserver(measure);
    resized.observe(element);
    return () => resized.disconnect();
  }, []);

  const rows = useMemo(() => {
    const kept = filterRows(table.rows, filters);
    return sort ? sortRows(kept, sort.column, sort.descending) : kept;
  }, [table, filters, sort]);

  const switchTo = (next: TableKind) => {
    setKind(next);
    setSort(null);
    setFilters([]);
  };
  const sortBy = (column: number) => setSort((s) => (s?.column === column ? { column, descending: !s.descending } : { column, descending: false }));
  const onScroll = (e: UIEvent<HTMLDivElement>) => setScroll({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight });

  const first = Math.max(0, Math.floor(scroll.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scroll.top + scroll.height) / ROW_HEIGHT) + OVERSCAN);
  const selected = selection && (selection.kind === "node") === (kind === "nodes") ? selection.key : null;
  const rowKind = kind === "nodes" ? "node" : "edge";

  return (
    <section className="data-table" aria-label="Data table">
      <header>
        <div role="tablist" aria-label="Table of">
          {(["nodes", "edges"] as const).map((k) => (
            <button key={k} type="button" role="tab" aria-selected={kind === k} onClick={() => switchTo(k)}>
              {k === "nodes" ? `Nodes (${graph.order})` : `Edges (${graph.size})`}
            </button>
          ))}
        </div>
        <span className="muted" data-testid="table-count">
          {rows.length} of {table.rows.length} rows
        </span>
        <button type="button" onClick={() => download(`${kind}.csv`, "text/csv", toCSV(table.columns, rows))}>
          CSV of these rows
        </button>
        <button type="button" className="close" aria-label="Close the data table" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="table-scroll" onScroll={onScroll} ref={box}>
        <table role="grid" aria-rowcount={rows.length + 2} style={{ ["--columns" as string]: table.columns.length }}>
          <thead>
            <tr>
              {table.columns.map((c, i) => (
                <th key={c} aria-sort={sort?.column === i ? (sort.descending ? "descending" : "ascending") : "none"}>
                  <button type="button" onClick={() => sortBy(i)}>
                    {c}
                    {sort?.column === i ? (sort.descending ? " ▼" : " ▲") : ""}
                  </button>
                </th>
              ))}
            </tr>
            <tr className="filters">
              {table.columns.map((c, i) => (
                <th key={c}>
                  <input type="search" aria-label={`Filter ${c}`} value={filters[i] ?? ""} onChange={(e) => setFilters((f) => Object.assign([...f], { [i]: e.target.value }))} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {first > 0 && <tr style={{ height: first * ROW_HEIGHT }} aria-hidden="true" />}
            {rows.slice(first, last).map((r) => (
              <tr
                key={r.key}
                data-key={r.key}
                className={r.key === selected ? "selected" : undefined}
                aria-selected={r.key === selected}
                style={{ height: ROW_HEIGHT }}
                onClick={() => onSelect({ kind: rowKind, key: r.key })}
              >
                {r.cells.map((v, i) => (
                  <td key={i} className={typeof v === "number" ? "number" : undefined}>
                    {v === undefined ? "" : typeof v === "number" ? format(v) : v}
                  </td>
                ))}
              </tr>
            ))}
            {last < rows.length && <tr style={{ height: (rows.length - last) * ROW_HEIGHT }} aria-hidden="true" />}
          </tbody>
        </table>
      </div>
    </section>
  );
}

const format = (n: number): string => (Number.isInteger(n) ? String(n) : n.toPrecision(4));
