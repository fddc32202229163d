// Date range over the edges' dates: two sliders (first and last month) over a histogram of
// events per month. The full span means "no date filter".
import type { Filters } from "../core/view-state.ts";
import { monthLabel, type Histogram } from "../core/dates.ts";

interface Props {
  histogram: Histogram;
  filters: Filters;
  onChange: (range: Filters["dateRange"], showUndated: boolean) => void;
}

export function DateFilter({ histogram, filters, onChange }: Props) {
  const { months, counts, undated } = histogram;
  if (months.length === 0) return null;
  const last = months.length - 1;
  const clampIndex = (month: string, fallback: number) => {
    const i = months.indexOf(month);
    if (i >= 0) return i;
    return month < months[0] ? 0 : month > months[last] ? last : fallback;
  };
  const from = filters.dateRange ? clampIndex(filters.dateRange.from, 0) : 0;
  const to = filters.dateRange ? clampIndex(filters.dateRange.to, last) : last;
  const set = (f: number, t: number) => {
    const [a, b] = f <= t ? [f, t] : [t, f];
    onChange(a === 0 && b === last ? null : { from: months[a], to: months[b] }, filters.showUndated);
  };
  const max = Math.max(1, ...counts);
  const barWidth = 100 / months.length;
  return (
    <section className="date-filter" aria-label="Date range">
      <h3>
        Dates <span className="muted">{filters.dateRange ? `${monthLabel(months[from])} – ${monthLabel(months[to])}` : "all"}</span>
      </h3>
      <svg className="histogram" viewBox="0 0 100 30" preserveAspectRatio="none" role="img" aria-label="Events per month">
        {counts.map((c, i) => (
          <rect
            key={months[i]}
            x={i * barWidth + barWidth * 0.1}
            width={barWidth * 0.8}
            y={30 - (c / max) * 30}
            height={(c / max) * 30}
            className={i >= from && i <= to ? "in" : "out"}
          >
            <title>{`${monthLabel(months[i])}: ${c} event${c === 1 ? "" : "s"}`}</title>
          </rect>
        ))}
      </svg>
      <div className="range">
        <input type="range" aria-label="First month" min={0} max={last} step={1} value={from} onChange={(e) => set(Math.min(Number(e.target.value), to), to)} />
        <input type="range" aria-label="Last month" min={0} max={last} step={1} value={to} onChange={(e) => set(from, Math.max(Number(e.target.value), from))} />
      </div>
      <div className="range-labels muted">
        <span>{monthLabel(months[0])}</span>
        <span>{monthLabel(months[last])}</span>
      </div>
      {undated > 0 && (
        <label className="undated">
          <input type="checkbox" checked={filters.showUndated} onChange={(e) => onChange(filters.dateRange, e.target.checked)} />
          keep undated events ({undated}) when a range is set
        </label>
      )}
      {filters.dateRange && (
        <button type="button" className="link" onClick={() => onChange(null, filters.showUndated)}>
          All dates
        </button>
      )}
    </section>
  );
}
