// Publication dates as pages give them ("2019-07-04T09:30:00+09:00", "2019-07-04",
// "Thu, 04 Jul 2019 09:30:00 GMT") -> ISO 8601 dates, the form documents store. Pure.

const ISO = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T\s]|$)/;
const pad = (n: number): string => String(n).padStart(2, "0");
const plausibleYear = (y: number): boolean => y >= 1800 && y <= 2200;

/**
 * The calendar date a page states, as ISO 8601 ("2019-07-04", or "2019-07" / "2019" when
 * that is all it gives), or undefined. The date is the one written, whatever the time and
 * zone after it: the publisher's own calendar day, the same on every machine.
 */
export function isoDate(value: string): string | undefined {
  const m = ISO.exec(value);
  if (m) {
    const [year, month, day] = [+m[1], m[2] ? +m[2] : 0, m[3] ? +m[3] : 0];
    if (!plausibleYear(year) || month > 12 || day > 31 || (m[2] && month < 1) || (m[3] && day < 1)) return undefined;
    return m[3] ? `${m[1]}-${m[2]}-${m[3]}` : m[2] ? `${m[1]}-${m[2]}` : m[1];
  }
  // Only strings with a month name or a slash date are worth Date.parse (it accepts junk).
  if (!/[a-z]{3}|\d\/\d/i.test(value)) return undefined;
  // Without its time of day, Date.parse reads the date as local midnight: local getters give it back.
  const t = Date.parse(value.replace(/\s*\d{1,2}:\d{2}.*$/, ""));
  if (Number.isNaN(t)) return undefined;
  const d = new Date(t);
  if (!plausibleYear(d.getFullYear())) return undefined;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
