// What one sentence leaves for the next: the countries named so far, the last acting person
// and country or institution, the last group of parties ("they"), and who the other side is.
import { isActor, isCollectiveActor, isPossessive, type Mention } from "./mention.ts";
import type { Token } from "./tokens.ts";
import type { Action } from "./types.ts";
import { PREPOSITIONS } from "./words.ts";

/** One party's act in a relation the text stated. */
export interface Act {
  agent: Mention;
  action: Action;
  target: Mention;
}

/** What a sentence leaves for the next: the last acting country/organization and person, for "it" and "he". */
export interface Discourse {
  lastActor?: Mention;
  lastPerson?: Mention;
  /** Countries named so far, latest last: "reciprocated" with no object answers the last other one. */
  countries: Mention[];
  /** The last subject of several parties ("Iida and Lee met"): what "they" stands for. */
  lastGroup?: Mention[];
  /**
   * The acts of the relations found so far, latest last: whose "decision" or "move" the next
   * sentence means, whose "expulsion" (by its action), and whom "X also protested" is against.
   */
  acts?: Act[];
  /** Ministries and organizations named so far, latest last: what "the association's president" and "the company" are. */
  bodies?: Mention[];
}

/** The last organization named: whose managing director or chief executive a title with no body means. */
export function lastOrganization(d: Discourse): Mention | undefined {
  const bodies = d.bodies ?? [];
  for (let q = bodies.length - 1; q >= 0; q--) if (bodies[q].type === "organization") return bodies[q];
  return undefined;
}

/** Who a mention is, before resolution: its known key, else its key, else its words ("the African Union" and "African Union" alike). */
const identity = (m: Mention): string => m.known?.key ?? m.key ?? m.text.toLowerCase().replace(/^the\s+/, "");

/**
 * The sources' own side: themselves, their stated country, the body an official belongs to,
 * and a known official's state (by its code). Only what is stated: a mention with no country
 * must not match every other such.
 */
function ownSide(sources: Mention[]): Set<string | undefined> {
  const own = new Set<string | undefined>();
  for (const m of sources) for (const k of [identity(m), m.country, m.known?.country, m.owner && identity(m.owner), m.owner?.country, m.owner?.known?.country]) if (k) own.add(k);
  return own;
}

/** `m` is on the side of `sources`: the same state or body, or what one of them owns. */
export function onSideOf(sources: Mention[], m: Mention): boolean {
  const own = ownSide(sources);
  return [identity(m), m.country, m.known?.country, m.owner && identity(m.owner)].some((k) => k && own.has(k));
}

/** "X also protested": what the latest one to do that act (not on X's side) acted on. */
export function lastActedOn(d: Discourse, sources: Mention[], action: Action): Mention | undefined {
  const acts = d.acts ?? [];
  for (let q = acts.length - 1; q >= 0; q--) {
    const { agent, target } = acts[q];
    if (acts[q].action === action && !sources.includes(agent) && !sources.includes(target) && !onSideOf(sources, target)) return target;
  }
  return undefined;
}

/** The latest to have acted who is none of `sources` nor on their side; else the other side. */
export function lastAgent(d: Discourse, sources: Mention[], action?: Action): Mention | undefined {
  // "called the expulsions a provocation": the party that last expelled, if one did.
  return (action && lastActing(d, sources, action)) || lastActing(d, sources) || otherSide(d, sources);
}

/** The latest to have acted in a relation who is none of `sources` nor on their side (a person's state for the person). */
export function lastActing(d: Discourse, sources: Mention[], action?: Action): Mention | undefined {
  const own = ownSide(sources);
  const acts = d.acts ?? [];
  for (let q = acts.length - 1; q >= 0; q--) {
    const a = acts[q].agent;
    if (action && acts[q].action !== action) continue;
    if (!sources.includes(a) && !own.has(identity(a)) && !own.has(a.country) && !own.has(a.known?.country)) return a.type === "person" ? (stateOf(d, a) ?? a) : a;
  }
  return undefined;
}

/** The country named so far that a person's stated or known nationality is: what their act is held against. */
function stateOf(d: Discourse, p: Mention): Mention | undefined {
  for (let q = d.countries.length - 1; q >= 0; q--) {
    const c = d.countries[q];
    if ((p.country && c.known?.key === p.country) || (p.known?.country && c.known?.country === p.known.country)) return c;
  }
  return undefined;
}

/**
 * The other side: of the countries named so far that are none of `sources`' own, the one
 * named most often (the latest of equals). A country named once in passing is not the party.
 */
export function otherSide(d: Discourse, sources: Mention[]): Mention | undefined {
  const own = ownSide(sources);
  const counts = new Map<string | undefined, number>();
  for (const c of d.countries) counts.set(c.known?.key, (counts.get(c.known?.key) ?? 0) + 1);
  let best: Mention | undefined;
  for (let q = d.countries.length - 1; q >= 0; q--) {
    const c = d.countries[q];
    if (!own.has(c.known?.key) && !own.has(c.known?.country) && (!best || counts.get(c.known?.key)! > counts.get(best.known?.key)!)) best = c;
  }
  return best;
}

/** The two parties named most often so far (states, and bodies of no state once they act as a party), less `sources`' side: "both countries", "the two sides". */
export function twoParties(d: Discourse, sources: Mention[]): Mention[] {
  const own = ownSide(sources);
  const counts = new Map<string, { m: Mention; n: number }>();
  // The states named, and bodies of no state that acted as a party does ("the EU protested"): not a court or a panel.
  const stateless = (d.acts ?? []).map((a) => a.agent).filter((a) => a.type === "organization" && !a.country && !a.owner && !/\b(court|tribunal|panel)\b/i.test(a.text));
  for (const c of [...d.countries, ...stateless]) {
    const key = c.known?.key ?? identity(c);
    if (!key || own.has(key)) continue;
    counts.set(key, { m: c, n: (counts.get(key)?.n ?? 0) + 1 });
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  return ranked.length >= 2 ? [ranked[0].m, ranked[1].m] : [];
}

/** After a sentence: its countries, and its acting person and country or institution. */
export function updateDiscourse(ms: Mention[], toks: Token[], d: Discourse): void {
  for (const m of ms) {
    if (m.type === "country") d.countries.push(m);
    if (m.type === "organization" || m.type === "ministry") (d.bodies ??= []).push(m);
    const prev = toks[m.i - 1]?.norm ?? "";
    if (PREPOSITIONS.has(prev) || isPossessive(toks[m.j])) continue;
    if (m.type === "person") d.lastPerson = m;
    else if (isActor(m) && !d.lastActor) d.lastActor = m;
  }
  const subj = ms.find((m) => isCollectiveActor(m) && !PREPOSITIONS.has(toks[m.i - 1]?.norm ?? "") && !isPossessive(toks[m.j]));
  if (subj) d.lastActor = subj;
  // A list of countries, subject or object ("added Albania, Montenegro and Iceland to the list"): what "these countries" are next.
  const list = countryList(ms, toks);
  if (list.length >= 2) d.lastGroup = list;
}

/** The longest run of countries joined by commas and "and" in the sentence. */
function countryList(ms: Mention[], toks: Token[]): Mention[] {
  let best: Mention[] = [];
  let run: Mention[] = [];
  for (const m of ms) {
    if (m.type !== "country") continue;
    const last = run[run.length - 1];
    const glued = last && m.i - last.j <= 2 && toks.slice(last.j, m.i).every((t) => t.norm === "," || t.norm === "and" || t.norm === "the");
    run = glued ? [...run, m] : [m];
    if (run.length > best.length) best = run;
  }
  return best;
}
