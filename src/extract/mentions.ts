// Stage 2: find entity mentions in a sentence: known names (gazetteer, here), then the passes
// by kind: institutions (mentions-bodies.ts), people (mentions-people.ts), agreements and
// measures (mentions-things.ts), on the shared ground of mention-scan.ts.
import { matchAt } from "./gazetteer.ts";
import { isCap, isPossessive, newMention, normsOf, type Mention } from "./mention.ts";
import type { Rules } from "./rules.ts";
import type { Sentence } from "./tokens.ts";
import { GOVERNMENT_NOUNS, ORGAN_HEADS, REGION_WORDS, STATE_FORCES, STATE_GROUPS, SUB_BODIES } from "./words.ts";
import { type Demonym, type Scan, push, headType, titledAt, isJoiningHyphen, overtaken, startsInstitution } from "./mention-scan.ts";
import { actingAcronyms, capitalizedInstitutions, leadingHeadBodies, lowerCaseInstitutions, organizationsByContext } from "./mentions-bodies.ts";
import { people, titlesAlone } from "./mentions-people.ts";
import { lowerCaseAgreements, measures } from "./mentions-things.ts";

export type { Demonym } from "./mention-scan.ts";
export { headType } from "./mention-scan.ts";

export interface SentenceMentions {
  mentions: Mention[];
  demonyms: Demonym[];
}

export function findMentions(s: Sentence, sent: number, R: Rules, allowWeak: (key: string) => boolean): SentenceMentions {
  const toks = s.tokens;
  const x: Scan = { s, sent, R, toks, norms: normsOf(toks), taken: new Array<boolean>(toks.length).fill(false), mentions: [], demonyms: [] };
  // One function per pass: V8 recompiles a function whenever it meets a case its optimized code
  // has not seen, and small functions are cheap to recompile (one of 200 lines took 200 ms, each time).
  knownNames(x, allowWeak);
  leadingHeadBodies(x);
  capitalizedInstitutions(x);
  lowerCaseInstitutions(x);
  organizationsByContext(x);
  actingAcronyms(x);
  people(x);
  titlesAlone(x);
  lowerCaseAgreements(x);
  measures(x);
  localUnits(x);
  x.mentions.sort((a, b) => a.i - b.i || b.j - a.j);
  return { mentions: x.mentions, demonyms: x.demonyms };
}

/**
 * "Lumina Telecom Ghana", "Vodafone Egypt": a state's name right after a company's name, with nothing
 * between, ends the name of its local unit; it is no state acting. Not a body the lexicon knows ("the
 * World Bank Ghana office"), nor before a possessive or a noun it qualifies.
 */
function localUnits(x: Scan): void {
  const { toks, norms, R } = x;
  for (const m of [...x.mentions]) {
    if (m.type !== "organization" || m.known || !R.orgHeads.has(norms[m.j - 1]) || BODY_WORDS.has(norms[m.j - 1])) continue;
    const c = x.mentions.find((o) => o.i === m.j && o.type === "country" && o.known);
    // ("fined Andina Air Corp. Chile accused ...": segment.ts ends the sentence at such a period.)
    if (!c || toks[c.i].start !== toks[m.j - 1].end + 1 || isPossessive(toks[c.j]) || toks[c.j]?.pos === "NOUN") continue;
    const merged = newMention(x.sent, m.i, c.j, m.start, c.end, m.type, x.s.text.slice(m.start - x.s.start, c.end - x.s.start), m);
    x.mentions.splice(x.mentions.indexOf(m), 1, merged);
    x.mentions.splice(x.mentions.indexOf(c), 1);
  }
}

/** Heads of bodies, not of companies: "the Arab Monetary Fund Egypt" is no local unit. */
const BODY_WORDS = new Set([
  ...ORGAN_HEADS,
  ...STATE_FORCES,
  "organization",
  "organisation",
  "union",
  "fund",
  "association",
  "alliance",
  "congress",
  "senate",
  "party",
  "forum",
  "federation",
  "community",
  "nations",
  "movement",
  "front",
  "force",
  "forces",
  "guard",
]);

/** Known names (gazetteer): actors of the lexicon and countries; nationality words are kept as demonyms. */
function knownNames(x: Scan, allowWeak: (key: string) => boolean): void {
  const { toks, norms, taken, demonyms, R } = x;
  for (let i = 0; i < toks.length;) {
    const m = matchAt(R.gaz, norms, i);
    if (m && overtaken(R, norms, i, m.end)) {
      i++;
      continue;
    }
    if (!m || (i > 0 && m.hit.entity.type === "person" && isCap(toks[i - 1]) && !taken[i - 1] && norms[i - 1] !== "the" && !R.calendar.has(norms[i - 1]) && !titledAt(norms, i, demonyms, R))) {
      i++;
      continue;
    }
    const { hit, end } = m;
    const e = hit.entity;
    // A name of one word is written with a capital: "gives us an account" names no "US".
    if (end === i + 1 && !/\p{Lu}/u.test(toks[i].text)) {
      i++;
      continue;
    }
    // "South American", "Latin American": a region's adjective, not the United States'.
    if (hit.demonym && i > 0 && isCap(toks[i - 1]) && REGION_WORDS.has(norms[i - 1])) {
      i = end;
      continue;
    }
    if (hit.demonym) {
      if (GOVERNMENT_NOUNS.has(norms[end]) && (e.type === "country" || e.type === "organization")) {
        push(x, { i, j: end + 1, type: e.type, known: e });
        i = end + 1;
      } else {
        demonyms.push({ i, j: end, key: e.key });
        i = end;
      }
      continue;
    }
    // "the Maduro government": a leader's government is their state.
    const state = e.type === "person" && e.country && GOVERNMENT_NOUNS.has(norms[end]) ? R.gaz.countryByCode.get(e.country) : undefined;
    if (state) {
      push(x, { i, j: end + 1, type: "country", known: state });
      i = end + 1;
      continue;
    }
    if (hit.weak && !allowWeak(e.key)) {
      i++;
      continue;
    }
    // "Vice-Minister Ileana Rivas Montenegro said": a state's name right after two name words, before a lower-case word, ends a person's name.
    if (e.type === "country" && end === i + 1 && i >= 2 && endsName(x, i) && toks[end] && !isCap(toks[end])) {
      i = end;
      continue;
    }
    // "US-China" is a compound; "(Reuters) - China" is a dash.
    const inCompound = isJoiningHyphen(toks, i - 1) || isJoiningHyphen(toks, end);
    if (e.type === "country" && (inCompound || startsInstitution(toks, end, R))) {
      i = end;
      continue;
    }
    // "the Peace and Security Council": a known body's name ending a longer capitalized one is not that body.
    if (e.type === "organization" && i > 1 && norms[i - 1] === "and" && isCap(toks[i - 2]) && !taken[i - 2] && end - i > 1 && ORGAN_HEADS.has(norms[end - 1]) && !demonyms.some((d) => d.j === i - 1)) {
      i = end;
      continue;
    }
    // "the EAC secretariat", "the ASEAN Secretariat": a body's secretariat speaks for the body.
    if (e.type === "organization" && norms[end] === "secretariat") {
      push(x, { i, j: end + 1, type: e.type, known: e });
      i = end + 1;
      continue;
    }
    // A body's organ is a body of its own, part of it: in lower case ("the WTO panel", "the FIFA council") or in
    // capitals ("the ECOWAS Commission", "the AU Peace and Security Council", "the ECOWAS Court of Justice").
    const organ = e.type !== "organization" ? end : (lowerOrganEnd(x, end) ?? organEnd(x, end));
    if (organ > end) {
      const body = newMention(x.sent, i, end, toks[i].start, toks[end - 1].end, "organization", x.s.text.slice(toks[i].start - x.s.start, toks[end - 1].end - x.s.start), { known: e });
      push(x, { i, j: organ, type: "organization", owner: body });
      i = organ;
      continue;
    }
    // "Air Tanzania", "Air India": an airline named for its country; "Athletics Kenya": a sport's federation.
    if (e.type === "country" && i > 0 && (norms[i - 1] === "air" || R.federationSports.has(norms[i - 1])) && isCap(toks[i - 1]) && !taken[i - 1]) {
      push(x, { i: i - 1, j: end, type: "organization" });
      i = end;
      continue;
    }
    push(x, { i, j: end, type: e.type, known: e, role: e.role });
    i = end;
  }
}

/** Two capitalized words before i that can be a person's (not a title, a date or a known name): "Ileana Rivas | Montenegro". */
function endsName(x: Scan, i: number): boolean {
  const { toks, norms, taken, R } = x;
  // Not a company's words either: "Airtel Networks Kenya".
  const plain = (q: number) => !R.roleWords.has(norms[q]) && !R.calendar.has(norms[q]) && !R.notNames.has(norms[q]) && !headType(norms[q], R) && !headType(norms[q].replace(/s$/, ""), R);
  return [i - 1, i - 2].every((q) => isCap(toks[q]) && !taken[q] && toks[q].pos === "PROPN" && plain(q) && !matchAt(R.gaz, [norms[q]], 0));
}

/** Where an organ named in lower case after a known body ends ("the WTO panel", "the U.N. human rights office", "the WTO dispute panel"), if one is. */
function lowerOrganEnd(x: Scan, at: number): number | undefined {
  const { toks, norms, taken } = x;
  for (let k = at; k < at + 4 && k < toks.length && !isCap(toks[k]) && !taken[k] && (toks[k].pos === "NOUN" || toks[k].pos === "ADJ"); k++)
    // An office or a mission only with what it does ("human rights office"): "the U.N. agency that ..." describes a body.
    if (SUB_BODIES.has(norms[k]) || (LOWER_ORGANS.has(norms[k]) && k > at)) return k + 1;
  return undefined;
}
const LOWER_ORGANS = new Set(["office", "agency", "mission", "service"]);

/** Where a capitalized organ's name after a known body ends ("ECOWAS | Court of Justice"), or `at` for none; not a title after it ("Commission President"). */
function organEnd(x: Scan, at: number): number {
  const { toks, norms, R } = x;
  let end = at;
  let head = false;
  for (let k = at; k < at + 6 && k < toks.length; k++) {
    const glue = (norms[k] === "and" || norms[k] === "of" || norms[k] === "for") && isCap(toks[k + 1]);
    if (norms[k] === "and" && matchAt(R.gaz, norms, k + 1)) break; // "the AU and ECOWAS Commission": two bodies
    if (!glue && (!isCap(toks[k]) || (R.roleNouns.has(norms[k]) && !ORGAN_HEADS.has(norms[k])))) break;
    if (ORGAN_HEADS.has(norms[k])) head = true;
    if (head && !glue) end = k + 1;
  }
  return end;
}

/** Nouns of a state's stance or act that stand for the state after its adjective. */
const STANCES = new Set(["position", "stance", "decision", "move", "moves", "actions", "statement", "demands", "request", "requests", "proposal", "offer", "claims", "refusal"]);
const ARTICLES_BEFORE = new Set(["the", "this", "that"]);

/**
 * States named by their adjective where they are parties: a stance or act ("the Canadian
 * position"), or the other end of a flow, the country a flow comes from or goes to: "suspended imports of beef
 * from several Australian abattoirs", "halted shipments to Japanese ports". Such a country is a
 * party to what is done to the flow, so it becomes a mention of its own.
 */
export function adjectiveParties(s: Sentence, sent: number, ms: Mention[], demonyms: Demonym[], R: Rules): Mention[] {
  const toks = s.tokens;
  const out: Mention[] = [];
  // The state the demonym d names, as a mention over d up to `end` (the noun that makes it a party included).
  const state = (d: Demonym, end: number, governed?: boolean): void => {
    const known = R.gaz.byKey.get(d.key);
    const [a, z] = [toks[d.i], toks[end - 1]];
    if (known) out.push(newMention(sent, d.i, end, a.start, z.end, "country", s.text.slice(a.start - s.start, z.end - s.start), { known, governed }));
  };
  for (const d of demonyms) {
    if (ms.some((m) => m.i <= d.i && d.i < m.j)) continue;
    // "the Canadian position", "the Chinese decision": the state's stance or act stands for the state.
    if (STANCES.has(toks[d.j]?.norm ?? "") && ARTICLES_BEFORE.has(toks[d.i - 1]?.norm ?? "")) {
      state(d, d.j + 1);
      continue;
    }
    // "Tanzanian officials accused a Malawian navy patrol boat": people or craft who act for a state stand for it.
    const group = STATE_GROUPS.has(toks[d.j]?.norm ?? "") ? d.j : STATE_GROUPS.has(toks[d.j + 1]?.norm ?? "") && toks[d.j]?.pos === "NOUN" ? d.j + 1 : -1;
    if (group >= 0) {
      state(d, group + 1);
      continue;
    }
    // Back past a few modifiers to "from"/"to", and past the flow's words to the flow noun.
    let q = d.i - 1;
    while (q >= 0 && q >= d.i - 3 && (toks[q].pos === "ADJ" || toks[q].pos === "DET" || toks[q].pos === "NUM")) q--;
    // "suspended imports of Kyrgyz potatoes": a flow noun, what a verb acts on, right before "of".
    const of = toks[q]?.norm === "of" && R.flowNouns.has(toks[q - 1]?.norm ?? "") && verbActsOn(toks, q - 2);
    if (toks[q]?.norm !== "from" && toks[q]?.norm !== "to" && !of) continue;
    let flow = of;
    for (let r = q - 1; r >= 0 && r >= q - 5 && !flow; r--) flow = R.flowNouns.has(toks[r].norm);
    if (flow) state(d, d.j, true);
  }
  return out;
}

/** A verb's object starts after r: the verb at r, or an article after it ("suspended (the) imports"). */
function verbActsOn(toks: Sentence["tokens"], r: number): boolean {
  return toks[r]?.pos === "VERB" || (ARTICLES_BEFORE.has(toks[r]?.norm ?? "") && toks[r - 1]?.pos === "VERB");
}
