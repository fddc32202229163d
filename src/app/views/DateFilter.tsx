// Date range over the edges' dates: two sliders (first and last month) over a histogram of
// events per month, and a play button that steps the range month by month. The full span
// means "no date filter".
import { useEffect, useState } from "react";
import type { DateBasis, Filters } from "../core/view-state.ts";
import { monthLabel, type Histogram } from "../core/dates.ts";

interface Props {
  /** Of the edges the other filters show (filters.ts's dateHistogram). */
  histogram: Histogram;
  filters: Filters;
  /** `step`: a step of the animation (not a step of the browser's history). */
  onChange: (range: Filters["dateRange"], showUndated: boolean, step?: boolean) => void;
  onBasis: (basis: DateBasis) => void;
}

/** Time between two steps of the animation. */
const STEP_MS = 900;

export function DateFilter({ histogram, filters, onChange, onBasis }: Props) {
  const { months, counts, undated } = histogram;
  const [playing, setPlaying] = useState<"cumulative" | "window" | null>(null);
  const last = months.length - 1;
  /** The month's place on the sliders; a month outside the span is clamped to it. */
  const index = (month: string, fallback: number) => {
    const i = months.indexOf(month);
    if (i >= 0) return i;
    return month < months[0] ? 0 : month > months[last] ? last : fallback;
  };
  const from = filters.dateRange ? index(filters.dateRange.from, 0) : 0;
  const to = filters.dateRange ? index(filters.dateRange.to, last) : last;
  // One month further at each step: from the first month on (cumulative), or the range's width moved along.
  useEffect(() => {
    if (!playing) return;
    if (to >= last) return setPlaying(null);
    const timer = setTimeout(() => {
      const next = to + 1;
      const start = playing === "cumulative" ? 0 : Math.min(next, from + 1);
      onChange({ from: months[start], to: months[next] }, filters.showUndated, true);
    }, STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, from, to, last, months, filters.showUndated, onChange]);
  if (months.length === 0) return null;
  const play = (mode: "cumulative" | "window") => {
    // From the start: the first month alone, or a window of the current width (three months when none is set).
    const width = filters.dateRange && to < last ? to - from : Math.min(2, last);
    // (A step of history: Back returns to the range before the animation.)
    onChange({ from: months[0], to: months[mode === "cumulative" ? 0 : width] }, filters.showUndated);
    setPlaying(mode);
  };
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
          <rect key={months[i]} x={i * barWidth + barWidth * 0.1} width={barWidth * 0.8} y={30 - (c / max) * 30} height={(c / max) * 30} className={i >= from && i <= to ? "in" : "out"}>
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
      <div className="play" role="group" aria-label="Play the months">
        {playing ? (
          <button type="button" onClick={() => setPlaying(null)}>
            ■ Stop
          </button>
        ) : (
          <>
            <button type="button" onClick={() => play("cumulative")} title="Adds one month at a time">
              ▶ Play, adding months
            </button>
            <button type="button" onClick={() => play("window")} title="Moves the range one month at a time">
              ▶ Play, moving window
            </button>
          </>
        )}
      </div>
      <div className="basis" role="radiogroup" aria-label="Dates from">
        <label title="The date each sentence states">
          <input type="radio" name="date-basis" checked={filters.dateBasis === "event"} onChange={() => onBasis("event")} /> event dates
        </label>
        <label title="The date of the article each sentence is from">
          <input type="radio" name="date-basis" checked={filters.dateBasis === "reported"} onChange={() => onBasis("reported")} /> article dates
        </label>
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
