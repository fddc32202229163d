// Stage 2's shared ground: a sentence being read for mentions (Scan), how a mention is added,
// and the word tests every kind of mention asks (titles, roles, places, name words, ministry
// functions, nationalities). The passes are mentions-*.ts; mentions.ts runs them in order.
import { matchAt } from "./gazetteer.ts";
import { isCap, isPossessive, newMention, type Mention } from "./mention.ts";
import type { Rules } from "./rules.ts";
import type { Sentence, Token } from "./tokens.ts";
import type { NodeType } from "./types.ts";

export interface Demonym {
  i: number;
  j: number;
  /** Entity key of the country (or bloc) it names. */
  key: string;
}

/** A sentence being read: its tokens, which of them a mention already took, what was found so far. */
export interface Scan {
  s: Sentence;
  sent: number;
  R: Rules;
  toks: Token[];
  norms: string[];
  taken: boolean[];
  mentions: Mention[];
  demonyms: Demonym[];
}

export function push(x: Scan, m: Omit<Mention, "sent" | "start" | "end" | "text">): Mention {
  const start = x.toks[m.i].start;
  const end = x.toks[m.j - 1].end;
  const full = newMention(x.sent, m.i, m.j, start, end, m.type, x.s.text.slice(start - x.s.start, end - x.s.start), m);
  x.mentions.push(full);
  for (let k = m.i; k < m.j; k++) x.taken[k] = true;
  return full;
}

export function demonymBefore(x: Scan, i: number): Demonym | undefined {
  return x.demonyms.find((d) => d.j === i || (d.j === i - 1 && x.norms[i - 1] === "the"));
}

/** Words of direction that open institutions' names ("Central Bank", "Western Union") though no person's. */
export const COMPASS = new Set(["central", "western", "eastern", "northern", "southern"]);
/** Features of the map, no one's name but part of a body's: "Gulf Cooperation Council", "Mekong River Commission", "Pacific Islands Forum". */
export const GEOGRAPHIC = new Set(["gulf", "sea", "ocean", "bay", "river", "lake", "island", "islands", "peninsula", "strait", "basin"]);

/**
 * A head word that is part of the name after "of" ("Ministry of Electronics and Information
 * Technology"), not another institution ("Bureau of the Ministry of ...": after "the", or a
 * ministry's head).
 */
export function inName(norms: string[], of: number, d: number, R: Rules): boolean {
  return norms[of + 1] !== "the" && !R.ministryHeads.has(norms[d]);
}

/** A country's name that opens an institution's ("China National Tourism Administration", "the Saudi Ministry of ..."): as a demonym would. */
export function countryAt(x: Scan, a: number, h: number): Demonym | undefined {
  const hit = matchAt(x.R.gaz, x.norms, a);
  return hit && hit.end <= h && hit.hit.entity.type === "country" && !isPossessive(x.toks[hit.end]) ? { i: a, j: hit.end, key: hit.hit.entity.key } : undefined;
}

/**
 * What follows a name and says it is a person's: a verb of saying ("Ana Lopez said"), or an
 * apposition that gives an age, a role or "who" ("Ana Lopez, 41,", "Ana Lopez, a spokeswoman
 * for ...", "Ana Lopez, who ...").
 */
export function personCueAfter(toks: Token[], j: number, R: Rules): boolean {
  // "Ana Lopez and Ben Ortiz said": the cue after a coordinated name is the first one's too.
  if (toks[j]?.norm === "and" && isCap(toks[j + 1])) {
    j += 1;
    while (isCap(toks[j]) || toks[j]?.norm === "-") j++;
  }
  const next = toks[j];
  if (!next) return false;
  if (next.pos === "VERB" && R.speech.has(next.lemma)) return true;
  if (next.norm !== ",") return false;
  const after = toks[j + 1];
  if (!after) return false;
  if (after.norm === "who" || /^\d{1,3}$/.test(after.text)) return true;
  // "Ana Lopez, a spokeswoman for ...", "Kaspars Liepins, Latvia's Minister of Agriculture,": a title in the apposition.
  for (let k = j + 1; k < Math.min(toks.length, j + 6) && toks[k].norm !== ","; k++)
    if (R.roleNouns.has(toks[k].norm) && (!isCap(toks[k]) || isPossessive(toks[k - 1]) || toks[k - 1].norm === "the")) return true;
  return false;
}

/** Where the head of a title that ends in "of", "for" or "and" right before i stands ("| Minister | of State for", "| Secretary | of"), or -1. */
export function titleHeadBefore(toks: Token[], i: number, R: Rules, j = i + 1, named: (q: number) => boolean = () => false): number {
  const glue = toks[i - 1]?.norm;
  // "Secretary for Mining, | Blue Economy and Maritime Affairs": after a comma, only an item the list goes on from.
  const listed = glue === "," && isCap(toks[i - 2]) && !isRoleHead(toks[i - 2].norm, R) && (toks[j]?.norm === "and" || (toks[j]?.norm === "," && isCap(toks[j + 1])));
  if (glue !== "of" && glue !== "for" && glue !== "and" && !listed) return -1;
  // Back over the portfolio to the title's head; over commas only within a list of portfolio items.
  const inList = listed || glue === "and";
  for (let q = i - 2; q >= 0 && q >= i - 10; q--) {
    const w = toks[q].norm;
    if (named(q)) return -1; // a name between: "Minister Ana Ruiz and | Jorge Soto" is two people
    if (isRoleHead(w, R)) return q;
    if (!isCap(toks[q]) && w !== "of" && w !== "for" && w !== "and" && w !== "the" && !(w === "," && inList && isCap(toks[q - 1]) && isCap(toks[q + 1]))) return -1;
  }
  return -1;
}

/** A title or nationality right before position i: "Prime Minister Abe", "Japanese Abe". */
export function titledAt(norms: string[], i: number, demonyms: Demonym[], R: Rules): boolean {
  const w = norms[i - 1];
  return isRoleWord(w, R) || R.personTitles.has(w) || demonyms.some((d) => d.j === i);
}

/** A hyphen written between two words ("US-China"), not a dash between spaces ("(Reuters) - China"). */
export function isJoiningHyphen(toks: Token[], k: number): boolean {
  return toks[k]?.norm === "-" && toks[k - 1]?.end === toks[k].start && toks[k].end === toks[k + 1]?.start;
}

/** A role word, plural titles too: "Presidents Joe Biden and Vladimir Putin"; hyphenated ones of role words: "Vice-President". */
export function isRoleWord(w: string, R: Rules): boolean {
  if (R.roleWords.has(w) || (w.endsWith("s") && R.roleWords.has(w.slice(0, -1)))) return true;
  if (!w.includes("-")) return false;
  const parts = w.split("-");
  return parts.length > 1 && parts.every((p) => p && R.roleWords.has(p));
}

/** The head of a title ("minister", "vice-president", "ministers"), not a portfolio word ("economic"). */
export function isRoleHead(w: string, R: Rules): boolean {
  const last = w.split("-").pop()!;
  return R.roleNouns.has(last) || (last.endsWith("s") && R.roleNouns.has(last.slice(0, -1)));
}

/** A longer name starts inside this one ("the South Korean government" is not "the South" + ...). */
export function overtaken(R: Rules, norms: string[], i: number, end: number): boolean {
  for (let k = i + 1; k < end; k++) {
    const m = matchAt(R.gaz, norms, k);
    if (m && m.end > end) return true;
  }
  return false;
}

/** A word that can be part of a person's name: not a function word, date, institution, country or plural nationality. */
export function isNameWord(t: Token, R: Rules): boolean {
  if (R.notNames.has(t.norm) || R.calendar.has(t.norm) || headType(t.norm, R) || R.measureHeads.has(t.norm) || /\d/.test(t.text)) return false;
  if (/^[A-Z][A-Z.'-]+$/.test(t.text)) return false; // all capitals: a dateline place or an acronym, not a person's name
  // "Korean-Japanese", "US-China": a compound of places or nationalities, not a name.
  const parts = t.norm.split("-");
  if (parts.length > 1 && parts.every((p) => knownWord(p, R)?.hit.entity.type === "country")) return false;
  const single = knownWord(t.norm, R);
  return !single || single.hit.entity.type === "person";
}

// Module functions, not closures made per call: tsx (keepNames) names every such closure at run time, a cost in hot code.
export function knownWord(w: string, R: Rules): ReturnType<typeof matchAt> {
  return matchAt(R.gaz, [w], 0) ?? matchAt(R.gaz, [w.replace(/s$/, "")], 0);
}

/** A country's name or demonym in one word ("Korean" of "Korean-Japanese"). */
export function isPlace(w: string, R: Rules): boolean {
  return matchAt(R.gaz, [w], 0)?.hit.entity.type === "country";
}

/** Hyphenated parts ("In" of "Kim In-chul") are name syllables, not words. */
export function isHyphenated(t: Token, name: Token[]): boolean {
  return name.some((x, q) => x.norm === "-" && (name[q - 1] === t || name[q + 1] === t));
}

export function headType(w: string, R: Rules): NodeType | undefined {
  if (R.agreementHeads.has(w)) return "agreement";
  if (R.ministryHeads.has(w)) return "ministry";
  if (R.orgHeads.has(w)) return "organization";
  return undefined;
}

export function startsInstitution(toks: Token[], at: number, R: Rules): boolean {
  for (let k = at; k < Math.min(toks.length, at + 3) && isCap(toks[k]); k++) if (R.orgHeads.has(toks[k].norm) || R.ministryHeads.has(toks[k].norm)) return true;
  return false;
}

export function matchFunction(norms: string[], at: number, R: Rules): { len: number; fn: string } | undefined {
  for (const f of R.functions) if (f.tokens.every((t, k) => norms[at + k] === t)) return { len: f.tokens.length, fn: f.fn };
  return undefined;
}

export function functionEndingAt(norms: string[], h: number, R: Rules): { len: number; fn: string } | undefined {
  for (const f of R.functions) if (f.tokens.every((t, k) => norms[h - f.tokens.length + k] === t)) return { len: f.tokens.length, fn: f.fn };
  return undefined;
}

export function functionInside(norms: string[], a: number, h: number, R: Rules): string | undefined {
  for (let k = a; k < h; k++) {
    const f = matchFunction(norms, k, R);
    if (f && k + f.len <= h) return f.fn;
  }
  return undefined;
}

/** Demonyms right before position i, with coordinations: "Japanese and South Korean". */
export function demonymsBefore(ds: Demonym[], norms: string[], i: number): Demonym[] {
  const out: Demonym[] = [];
  let at = norms[i - 1] === "the" ? i - 1 : i;
  for (;;) {
    const d = ds.find((x) => x.j === at);
    if (!d) break;
    out.unshift(d);
    at = d.i;
    if (norms[at - 1] === "and" || norms[at - 1] === ",") at--;
    else break;
  }
  return out;
}

/** A lower-case role noun just before a name: "ministry spokesman Kim", "his counterpart, Lee". */
export function roleBefore(toks: Token[], i: number, R: Rules): { role: string; from: number } | undefined {
  let k = i - 1;
  if (toks[k]?.norm !== ",") return lowerRoleAt(toks, k, R);
  k--;
  // "the Czech ambassador in Moscow, Jan Novak": past the place the title holder serves in.
  const place = k - 1 >= 0 && toks[k - 1].norm === "in" && isCap(toks[k]) ? k - 2 : k - 2 >= 0 && toks[k - 2].norm === "in" && isCap(toks[k - 1]) ? k - 3 : -1;
  if (place >= 0 && R.roleNouns.has(toks[place].norm)) k = place;
  // "The Canadian High Commissioner, Cameron MacKay": a capitalized title before the apposition.
  if (isCap(toks[k]) && R.roleNouns.has(toks[k].norm) && toks[k - 1] && (R.roleWords.has(toks[k - 1].norm) || !isCap(toks[k - 1]) || toks[k - 1].pos === "ADJ")) {
    const two = R.roleWords.has(toks[k - 1].norm);
    return { role: two ? `${toks[k - 1].norm} ${toks[k].norm}` : toks[k].norm, from: two ? k - 1 : k };
  }
  return lowerRoleAt(toks, k, R) ?? titleWithPortfolioAt(toks, k, R);
}

/**
 * A title whose portfolio ends at k: "Tanzania's Minister of Transport", "Kenya's Cabinet
 * Secretary for Roads and Transport", "Iran's deputy oil minister for gas affairs": back over
 * the portfolio to the head that "of" or "for" follows, and over the words that qualify it.
 */
function titleWithPortfolioAt(toks: Token[], k: number, R: Rules): { role: string; from: number } | undefined {
  // A portfolio may list five or six fields: "Minister of Lands, Agriculture, Fisheries, Water and Rural Development".
  for (let q = k - 1; q >= 0 && q >= k - 14; q--) {
    const t = toks[q + 1];
    const next = toks[q + 2];
    // Lower-case portfolio words too: "head of public policy for Europe", "chief negotiator on trade".
    const lower = (t.pos === "NOUN" || t.pos === "ADJ") && (q + 1 === k || next?.pos === "NOUN" || PORTFOLIO_GLUE.has(next?.norm ?? ""));
    if (!(isCap(t) || PORTFOLIO_GLUE.has(t.norm) || lower)) return undefined;
    if (!isRoleHead(toks[q].norm, R) || !PORTFOLIO_OPENS.has(toks[q + 1].norm)) continue;
    let from = q;
    // "Cabinet Secretary", "deputy oil minister": what qualifies the head is part of the title.
    while (from > 0 && from > q - 3 && (isRoleWord(toks[from - 1].norm, R) || (!isCap(toks[from - 1]) && (toks[from - 1].pos === "NOUN" || toks[from - 1].pos === "ADJ")))) from--;
    return { role: toks[q].norm, from };
  }
  return undefined;
}

/** What joins the words of a portfolio: "Roads and Transport", "Trade, Industry and Competition", "of the Interior". */
const PORTFOLIO_GLUE = new Set(["and", ",", "of", "for", "on", "the", "&"]);
/** What a title's portfolio follows: "Minister of Transport", "Secretary for Roads", "negotiator on trade". */
const PORTFOLIO_OPENS = new Set(["of", "for", "on"]);

/** A lower-case title ending at k ("the minister", "trade minister"). */
function lowerRoleAt(toks: Token[], k: number, R: Rules): { role: string; from: number } | undefined {
  const t = toks[k];
  if (t && !isCap(t) && R.roleNouns.has(t.norm)) {
    const prev = toks[k - 1];
    // "Managing director X" opens its sentence with a capital; "Senegalese fisheries minister X": a portfolio noun.
    if (!(prev && (!isCap(prev) || k === 1) && (R.roleWords.has(prev.norm) || (prev.pos === "NOUN" && !headType(prev.norm, R))))) return { role: t.norm, from: k };
    // Further words of the title: "chief | operating officer", "chief member associations | officer".
    let from = k - 1;
    while (from > 1 && from > k - 4 && !isCap(toks[from - 1]) && R.roleWords.has(toks[from - 1].norm)) from--;
    return {
      role: toks
        .slice(from, k + 1)
        .map((x) => x.norm)
        .join(" "),
      from,
    };
  }
  return undefined;
}

/** Words of the forms portfolios end in and given names do not: "Works", "Affairs", "Development", "Security", "Agriculture". */
export const PORTFOLIO_FORM = /^[a-z]{3,}(s|ment|tion|sion|ity|ure|ism|ance|ence|macy|cracy|licy|stry|ergy)$/;
