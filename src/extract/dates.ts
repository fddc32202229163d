// Stage 4: dates. The article's own date comes from its dateline; dates in sentences
// ("on Friday", "in July 2019", "on the 29th", "last year") are resolved against it.
// chrono-node/en: the English parsers alone (the whole package loads every locale).
import * as chrono from "chrono-node/en";

/** chrono's casual English parser without its time-of-day parsers: only dates matter here, and they halve the cost. */
const DATE_PARSER = chrono.casual.clone();
const TIME_PARSERS = new Set(["ENTimeExpressionParser", "ENCasualTimeParser", "ENTimeUnitWithinFormatParser", "ENTimeUnitLaterFormatParser"]);
DATE_PARSER.parsers = DATE_PARSER.parsers.filter((p) => !TIME_PARSERS.has(p.constructor.name));

export interface FoundDate {
  /** ISO 8601, possibly partial: "2019", "2019-07", "2019-07-09". */
  iso: string;
  /** Character offsets of the expression in the sentence text. */
  index: number;
  end: number;
  /** The text stated the year itself. */
  explicitYear: boolean;
  /** A limit ("until January 6"), not when something happened. */
  bound?: boolean;
}

const pad = (n: number) => String(n).padStart(2, "0");
// Month names as chrono spells them (not "Maria", "decision"): most sentences have no date, and chrono is not cheap.
const MONTH = "jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?";
const DATE_HINT_SOURCE = `\\b(${MONTH})\\b|\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\b(1[89]|20)\\d\\d\\b|\\b(yesterday|today|last|next|ago)\\b|\\bthis (week|month|year)\\b|\\d(st|nd|rd|th)\\b`;
const DATE_HINT = new RegExp(DATE_HINT_SOURCE, "i");
/** A month's name or a numeric date: what a line needs for chrono to find a day and a month in it, and what the date it finds must be written with. */
const DAY_HINT = new RegExp(`\\b(${MONTH})\\b|\\d{1,4}[./-]\\d{1,2}`, "i");
const BARE_YEAR = /\b(?:in|since|from|by|until|of|early|late|mid-?|back to)\s+((?:19|20)\d\d)\b(?![\s.-]*\d)/gi;
const ORDINAL_DAY = /\b(?:on|by|until|from|since) the (\d{1,2})(?:st|nd|rd|th)\b/gi;

/**
 * Numeric dates with dots are written day first ("01.07.2016" is 1 July, as in Europe and
 * Russia; the US writes slashes): rewritten as ISO of the same length, so offsets hold.
 */
export function dayFirst(text: string): string {
  return DOTTED.test(text)
    ? text.replace(/\b(\d{1,2})\.(\d{1,2})\.((?:1[89]|20)\d\d)\b/g, (all, d: string, mo: string, y: string) => (+mo >= 1 && +mo <= 12 && +d >= 1 && +d <= 31 ? `${y}-${mo}-${d}` : all))
    : text;
}

/** A sentence about what is to come: a weekday in it may lie ahead of the article. */
const FUTURE = /\b(will|would|shall|is to|are to|plans? to|scheduled|expected to|due to|next)\b/i;

const DOTTED = /\d\.\d/;

/** A month written as a word: "Dec 5", "5 December". */
const MONTH_NAMED = new RegExp(`\\b(${MONTH})\\b`, "i");

const SPAN = /\b(last|past|next)\s+(\d+|a few|few|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/;

/** A date after these words bounds an event ("suspended until January 6") rather than dating it. */
const BOUND = /\b(until|till|through|pending|before|as of|effective)\s+(at (least|most|the earliest|the latest)\s+)?$/i;

const LATER = /\b(?:(a|one|two|three) (day|year)s? later|the (next|following|same) (day|year)|that (day|year))\b/gi;
const COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, next: 1, following: 1, same: 0 };

/**
 * Dates stated relative to the last date the text gave: "the next day", "a year later",
 * "the same year". `last` is that date (ISO, possibly partial). A date of `found` that one
 * qualifies ("October of that year") comes back in its place, at the same index.
 */
export function relativeDates(text: string, last: string | undefined, found: FoundDate[] = []): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(LATER)) {
    const n = m[5] ? 0 : COUNT[(m[1] ?? m[3]).toLowerCase()]; // "that day" is the same day
    const unit = (m[2] ?? m[4] ?? m[5]).toLowerCase();
    // "in October of that year", "in August of the following year": the date before it, in the year
    // counted from the last date the text gave (it stands in place of that date).
    const qualified = found.find((d) => d.end <= m.index! && m.index! - d.end < 5);
    if (qualified) {
      // "Since July 2019 ...; in August of the same year": the year of a date before it in the sentence first.
      const year = found.filter((d) => d.end <= qualified.index).pop()?.iso ?? last;
      if (unit === "year" && year && !qualified.explicitYear && /^\d{4}-\d{2}/.test(qualified.iso)) out.push({ ...qualified, iso: String(+year.slice(0, 4) + n) + qualified.iso.slice(4) });
      continue;
    }
    const before = found.filter((d) => d.end <= m.index! && !d.bound).pop()?.iso ?? last;
    if (!before) continue;
    let iso: string | undefined;
    if (unit === "year") iso = String(+before.slice(0, 4) + n);
    else if (before.length === 10) {
      const d = isoToDate(before)!;
      d.setUTCDate(d.getUTCDate() + n);
      iso = d.toISOString().slice(0, 10);
    }
    if (iso) out.push({ iso, index: m.index!, end: m.index! + m[0].length, explicitYear: false });
  }
  return out;
}

/** Parses "2019-07-09" / "2019-07" / "2019" into a UTC date (first day of the period). */
export function isoToDate(iso: string): Date | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  return m ? new Date(Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1, 12)) : undefined;
}

/**
 * Dates stated in one sentence. `ref` is the article date (may be partial or empty);
 * `contextYear` is the last year stated explicitly just before, for "In November"; `contextMonth`
 * that date's month, when it gave one.
 */
export function findDates(raw: string, ref: string, contextYear?: number, contextMonth?: number): FoundDate[] {
  if (!DATE_HINT.test(raw)) return [];
  const text = dayFirst(raw);
  const refDate = isoToDate(ref);
  const refDay = ref.length >= 10;
  const out: FoundDate[] = [];
  for (const r of DATE_PARSER.parse(text, refDate ? { instant: refDate, timezone: 0 } : undefined, { forwardDate: false })) {
    const s = r.start;
    const lower = r.text.toLowerCase();
    const relative = /\b(last|next|ago|yesterday|today|tomorrow|this)\b/.test(lower);
    // "the next day" in a story counts from the story's last date (relativeDates), not from the article's.
    if (/^(next|following) (day|year)$/.test(lower) && /\bthe\s+$/i.test(text.slice(Math.max(0, r.index - 5), r.index))) continue;
    // "would last five years", "over the past two months": a span, not when something happened.
    if (SPAN.test(lower)) continue;
    if (!s.isCertain("year") && !s.isCertain("month") && !s.isCertain("weekday") && !relative) continue;
    if ((s.isCertain("weekday") || relative) && !refDay && !s.isCertain("year")) continue; // "on Friday" needs a dated article
    if (relative && !refDay) continue; // "this month", "last year": relative to an article date there is none of (not to today)
    let y = s.get("year")!;
    let mo = s.get("month")!;
    let d = s.get("day")!;
    // News tells what happened: "China on Thursday accused ..." in a Wednesday article is last Thursday, unless it is to come.
    // Whether it is to come is the date's own clause's: "Under a deal signed on Saturday, Zambia will stop ..." is last Saturday.
    const ahead = FUTURE.test(text.slice(Math.max(0, r.index - 50), r.index + r.text.length + 10));
    if (s.isCertain("weekday") && !s.isCertain("day") && !relative && refDate && Date.UTC(y, mo - 1, d) > refDate.getTime() && !ahead) {
      const back = new Date(Date.UTC(y, mo - 1, d - 7, 12));
      [y, mo, d] = [back.getUTCFullYear(), back.getUTCMonth() + 1, back.getUTCDate()];
    }
    if (!s.isCertain("year") && !relative && !s.isCertain("weekday")) {
      y = contextYear ?? refDate?.getUTCFullYear() ?? NaN;
      // A month after the article's own is last year's, unless the sentence speaks of what is to come ("will suspend flights as of Aug. 13").
      if (!contextYear && refDate && Date.UTC(y, mo - 1, s.isCertain("day") ? d : 1) > refDate.getTime() && !ahead) y -= 1;
      // "since the coup in July 2023 ... before lifting them in February": a story told forward, so a month
      // before the one just stated is the next year's, when that is not after the article.
      else if (contextYear && contextMonth && mo < contextMonth && (!refDate || Date.UTC(y + 1, mo - 1, 1) <= refDate.getTime())) y += 1;
      if (Number.isNaN(y)) continue;
    } else if (s.isCertain("year") && !relative) [contextYear, contextMonth] = [y, s.isCertain("month") ? mo : undefined]; // "Since July 2018 ...; in August" is August 2018
    let iso: string;
    if (/\byear\b/.test(lower)) iso = `${y}`;
    else if (/\b(week|month)\b/.test(lower)) iso = `${y}-${pad(mo)}`;
    else if (s.isCertain("day") || s.isCertain("weekday") || (relative && /\b(yesterday|today|tomorrow)\b/.test(lower))) iso = `${y}-${pad(mo)}-${pad(d)}`;
    else if (s.isCertain("month")) iso = `${y}-${pad(mo)}`;
    else iso = `${y}`;
    out.push({ iso, index: r.index, end: r.index + r.text.length, explicitYear: s.isCertain("year") && !relative, bound: BOUND.test(text.slice(Math.max(0, r.index - 24), r.index)) || undefined });
  }
  // A bare year after a preposition ("in 2004", "since 2017"), not one inside a date chrono read.
  for (const m of text.matchAll(BARE_YEAR)) {
    const at = m.index! + m[0].length - 4;
    if (out.some((d) => d.index <= at && at < d.end)) continue;
    // Only a year that opens the sentence ("In 2004, ...") frames the sentences after it; "granted in 1996" in passing does not.
    out.push({ iso: m[1], index: at, end: at + 4, explicitYear: m.index! < 3, bound: BOUND.test(text.slice(Math.max(0, m.index! - 24), m.index! + m[0].length - 4)) || undefined });
  }
  if (refDay) {
    for (const m of text.matchAll(ORDINAL_DAY)) {
      const day = +m[1];
      const rd = isoToDate(ref)!;
      let y = rd.getUTCFullYear();
      let mo = rd.getUTCMonth() + 1;
      if (day > rd.getUTCDate()) [y, mo] = mo === 1 ? [y - 1, 12] : [y, mo - 1];
      out.push({ iso: `${y}-${pad(mo)}-${pad(day)}`, index: m.index!, end: m.index! + m[0].length, explicitYear: false });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
/** "22 November 2019", "November 22, 2019", "Nov. 2019", "in 2019": a date with its year, found by a pattern, not chrono (linear on any text). */
const MONTH_WORD = MONTH.replace(/\((?!\?)/g, "(?:");
const STATED = new RegExp(
  `\\b(?:(\\d{1,2})\\s+(${MONTH_WORD})\\.?,?\\s+((?:1[89]|20)\\d\\d)|(${MONTH_WORD})\\.?\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?((?:1[89]|20)\\d\\d)|in\\s+((?:1[89]|20)\\d\\d))\\b`,
  "gi",
);

/** Dates stated with their year anywhere in the text, for a dateline without a year. */
export function explicitDates(text: string): { year: number; time: number }[] {
  const out: { year: number; time: number }[] = [];
  for (const m of text.matchAll(STATED)) {
    const year = +(m[3] ?? m[6] ?? m[7]);
    const month = m[2] ? monthOf(m[2]) : m[4] ? monthOf(m[4]) : 1;
    const day = +(m[1] ?? m[5] ?? 1);
    out.push({ year, time: Date.UTC(year, month - 1, day) });
  }
  return out;
}

/** The article's date: the first full date in its first lines; a missing year is inferred. */
export function documentDate(text: string): string {
  // chrono is slow on long text: parse only the head lines that can hold a date, in order.
  const head = text
    .split("\n")
    .filter((l) => l.trim())
    .slice(0, 10)
    .map((l) => dayFirst(l.slice(0, 160)));
  let first: chrono.ParsedResult | undefined;
  for (const line of head) {
    if (!DAY_HINT.test(line)) continue;
    first = DATE_PARSER.parse(line, undefined, { forwardDate: false }).find((r) => r.start.isCertain("month") && r.start.isCertain("day") && DAY_HINT.test(r.text));
    if (first) break;
  }
  if (!first) return "";
  let mo = first.start.get("month")!;
  let d = first.start.get("day")!;
  // "05/12/2024" reads either way: a dateline with the month's name ("NOUAKCHOTT, Dec 5") says which.
  if (mo <= 12 && d <= 12 && mo !== d && /^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(first.text.trim())) {
    const named = head.flatMap((l) => (MONTH_NAMED.test(l) ? DATE_PARSER.parse(l, undefined, { forwardDate: false }) : [])).find((r) => /[a-z]/i.test(r.text) && r.start.isCertain("day"));
    if (named && named.start.get("month") === d && named.start.get("day") === mo) [mo, d] = [d, mo];
  }
  let y: number;
  if (first.start.isCertain("year")) y = first.start.get("year")!;
  else {
    const stated = explicitDates(text);
    if (!stated.length) return "";
    y = Math.max(...stated.map((s) => s.year));
    // The article is written after the events it dates: "June 2" after "November 22, 2019" is 2020.
    if (stated.some((s) => s.time > Date.UTC(y, mo - 1, d))) y += 1;
  }
  return `${y}-${pad(mo)}-${pad(d)}`;
}
