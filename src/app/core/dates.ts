// Edge dates as month intervals, and the per-month histogram behind the date filter.
// Dates are ISO 8601, possibly partial ("2019", "2019-08", "2019-08-15"): a year-only date
// covers its twelve months, so a range filter keeps it when the range meets that year.

/** "YYYY-MM". */
export type Month = string;

export interface MonthInterval {
  first: Month;
  last: Month;
}

/** The months a (possibly partial) ISO date covers, or null when it gives no year. */
export function dateMonths(date: string | undefined): MonthInterval | null {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date ?? "");
  if (!m) return null;
  if (m[2]) return { first: `${m[1]}-${m[2]}`, last: `${m[1]}-${m[2]}` };
  return { first: `${m[1]}-01`, last: `${m[1]}-12` };
}

export function isMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** The month after `month`. */
export function nextMonth(month: Month): Month {
  const [y, m] = month.split("-").map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/** Every month from `first` to `last`, both included ([] when last < first). */
export function monthsBetween(first: Month, last: Month): Month[] {
  const out: Month[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) out.push(m);
  return out;
}

/** True when the interval meets [from, to] (months compare as strings). */
export function overlaps(interval: MonthInterval, from: Month, to: Month): boolean {
  return interval.first <= to && interval.last >= from;
}

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Aug 2019". */
export function monthLabel(month: Month): string {
  const [y, m] = month.split("-").map(Number);
  return `${MONTH_NAMES[m - 1]} ${y}`;
}

export interface Histogram {
  /** Consecutive months from the earliest to the latest dated edge. */
  months: Month[];
  /** Edges per month, parallel to `months` (an edge counts in the first month it covers). */
  counts: number[];
  undated: number;
}

/** Events (edges) per month over the whole span of the given dates. */
export function histogram(dates: Iterable<string | undefined>): Histogram {
  const byMonth = new Map<Month, number>();
  let first: Month | null = null;
  let last: Month | null = null;
  let undated = 0;
  for (const date of dates) {
    const interval = dateMonths(date);
    if (!interval) {
      undated++;
      continue;
    }
    byMonth.set(interval.first, (byMonth.get(interval.first) ?? 0) + 1);
    if (first === null || interval.first < first) first = interval.first;
    if (last === null || interval.last > last) last = interval.last;
  }
  const months = first !== null && last !== null ? monthsBetween(first, last) : [];
  return { months, counts: months.map((m) => byMonth.get(m) ?? 0), undated };
}
