// Stage 5, who acts: the subject of a verb (through "decided to", coordination, pronouns,
// participles, "said X had ..."), the agents of a passive ("by X, Y and Z"), and whether a
// verb is asserted at all (negated, asked for). Shared by the verb relations (relations.ts)
// and the frames (frames.ts).
import { isActor, isCap, isCollectiveActor, isPossessive, possessedBy, type Mention } from "./mention.ts";
import type { Rules } from "./rules.ts";
import type { Token } from "./tokens.ts";
import { twoParties, type Discourse } from "./discourse.ts";
import { ARTICLES, BE, CLAUSE_STOP, CONJUNCTIONS, GOVERNMENT_NOUNS, GROUP_DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS, TIME_SPANS } from "./words.ts";

export const OBJECT_CONTROL = new Set([
  "urge",
  "ask",
  "call",
  "press",
  "demand",
  "order",
  "request",
  "want",
  "force",
  "require",
  "expect",
  "tell",
  "allow",
  "warn",
  "persuade",
  "pressure",
  "push",
  "encourage",
  "invite",
  "instruct",
  "advise",
  "compel",
]);

const GROUP_NOUNS = new Set([
  "countries",
  "states",
  "nations",
  "sides",
  "members",
  "governments",
  "partners",
  "allies",
  "parties",
  "neighbours",
  "neighbors",
  "quartet",
  "leaders",
  "ministers",
  "presidents",
]);

/** A group of parties named by a noun at q ("both countries", "the two sides", "these states"): the index after it, else -1. */
export function groupPhraseEnd(toks: Token[], q: number): number {
  let p = q;
  while (p < q + 2 && GROUP_DETERMINERS.has(toks[p]?.norm ?? "")) p++;
  if (p === q) return -1;
  // "both partner states", "the two neighbouring countries": a modifier before the group's noun.
  if (!GROUP_NOUNS.has(toks[p]?.norm ?? "") && (toks[p]?.pos === "NOUN" || toks[p]?.pos === "ADJ") && GROUP_NOUNS.has(toks[p + 1]?.norm ?? "")) p++;
  return GROUP_NOUNS.has(toks[p]?.norm ?? "") ? p + 1 : -1;
}

/** The parties listed after a first object: "urged Japan, South Korea and Taiwan", "met the US and the EU". */
export function listedAfter(toks: Token[], ms: Mention[], m: Mention): Mention[] {
  const out: Mention[] = [];
  for (let last = m; ;) {
    let p = last.j;
    if (toks[p]?.norm !== "and" && toks[p]?.norm !== ",") return out;
    p++;
    if (toks[p]?.norm === "and") p++; // "A, B, and C"
    if (toks[p]?.norm === "the") p++;
    const next = ms.find((x) => x.i === p && isActor(x) && x.type === m.type);
    if (!next || isPossessive(toks[next.j])) return out;
    out.push(next);
    last = next;
  }
}

const NOMINAL_SUBJECT = new Set(["decision", "plan", "move", "bid", "attempt", "proposal", "refusal", "efforts", "announcement", "intention", "call", "threat"]);

/** The mention at i is an agent's: "by X", "by the X". */
export function afterBy(toks: Token[], i: number): boolean {
  return toks[i - 1]?.norm === "by" || (ARTICLES.has(toks[i - 1]?.norm ?? "") && toks[i - 2]?.norm === "by");
}

/** A passive verb's agents: "by Peru and Chile", "by Peru's trade minister Juan Perez and ...". */
export function byAgents(toks: Token[], ms: Mention[], k: number): Mention[] {
  // "by the United States": an article may stand between "by" and the name, and between "and" and the next.
  const after = (p: number) => p + (ARTICLES.has(toks[p]?.norm ?? "") ? 1 : 0);
  // "Peru's trade minister Juan Perez": the person, not the country that owns the title.
  const owned = (m: Mention) => possessedBy(toks, ms, m, 5, isActor);
  // "by (the) X", also past a capitalized title: "signed by Permanent Secretary Ana Ruiz".
  const byBefore = (i: number) => {
    let q = i - 1;
    while (q > k && q > i - 6 && (isCap(toks[q]) || toks[q].norm === "-")) q--;
    return afterBy(toks, q + 1);
  };
  const first = ms.find((m) => m.i > k && m.i < k + 8 && byBefore(m.i) && isActor(m));
  const agents = first ? [owned(first)] : [];
  for (let last = agents[0]; last && (toks[last.j]?.norm === "and" || toks[last.j]?.norm === ","); last = agents[agents.length - 1]) {
    // "by Commerce Secretary X and his Bangladeshi counterpart Y": past a possessive and a title with no name of its own.
    const glue = (q: number) => TITLE_GLUE.has(toks[q].norm) || ((toks[q].pos === "NOUN" || toks[q].pos === "ADJ" || toks[q].pos === "PROPN") && !ms.some((o) => o.i <= q && q < o.j));
    const titleBetween = (x: Mention) => x.type === "person" && toks[last.j]?.norm === "and" && x.i - last.j <= 5 && toks.slice(last.j + 1, x.i).every((_, r) => glue(last.j + 1 + r));
    const next = ms.find((x) => x.i > last.j && isActor(x) && (x.i === after(last.j + 1) || titleBetween(x)));
    if (!next) break;
    agents.push(owned(next));
  }
  return agents;
}

/** The actors coordinated with `m` and ending at it: "Peru, Chile and Bolivia", "Japanese and South Korean foreign ministries". */
export function coordination(toks: Token[], ms: Mention[], m: Mention): Mention[] {
  const group = ms.filter((x) => x.j === m.j && isActor(x));
  // "the United States and the European Union": an article before a party does not end the list.
  for (let p = m.i - 1 - (toks[m.i - 1]?.norm === "the" ? 1 : 0); p > 0;) {
    if (toks[p].norm !== "and" && toks[p].norm !== ",") break;
    const prevM = ms.find((x) => x.j === p && isActor(x));
    if (!prevM) break;
    group.unshift(prevM);
    p = prevM.i - 1 - (toks[prevM.i - 1]?.norm === "the" ? 1 : 0);
  }
  return group;
}

/** A person and the state or body they belong to do not meet or agree with each other. */
export function sameSide(a: Mention, b: Mention): boolean {
  // An embassy or a ministry and its own state: "the Russian embassy warned that Moscow ..." urges no one.
  for (const [body, state] of [
    [a, b],
    [b, a],
  ])
    if ((body.type === "ministry" || body.type === "organization") && state.type === "country" && ((body.country && body.country === state.known?.key) || body.owner === state)) return true;
  const [person, other] = a.type === "person" ? [a, b] : [b, a];
  if (person.type !== "person" || other.type === "person") return false;
  if (person.owner === other) return true;
  const code = person.known?.country;
  return !!code && other.type === "country" && other.known?.country === code;
}

/** `a` urging `b` urges its own side: an official or a ministry its state, not a company, a federation or an association its government ("The Federation of Egyptian Industries called on the government"). */
export function urgesOwnSide(a: Mention, b: Mention): boolean {
  return a.type !== "organization" && sameSide(a, b);
}

/**
 * The verb at k is in a clause someone asks for, not one that happened: "demanded that
 * Lithuania withdraw its envoy", "urged that Japan lift the curbs".
 */
export function demanded(toks: Token[], k: number): boolean {
  // "asked the court to lift the ban", "urged Japan to lift": asked of someone, not done ("proposed to terminate" is the proposer's own plan).
  if (toks[k - 1]?.norm === "to")
    for (let q = k - 3; q >= 0 && q >= k - 8; q--) {
      if (toks[q].pos === "VERB" && ASKING.has(toks[q].lemma)) return true;
      if (CLAUSE_STOP.has(toks[q].norm) || toks[q].norm === "," || toks[q].pos === "VERB") break;
    }
  for (let q = k - 1; q > 0 && q >= k - 8; q--) {
    if (toks[q].norm === "that") return DEMANDING.has(toks[q - 1].lemma);
    if (CLAUSE_STOP.has(toks[q].norm) || toks[q].norm === ",") return false;
  }
  return false;
}

const DEMANDING = new Set(["demand", "ask", "urge", "insist", "request", "propose", "suggest", "recommend", "want"]);
/** Verbs that ask someone to do something: what follows their object's "to" is not done. */
const ASKING = new Set(["ask", "urge", "request", "call", "press", "tell", "invite", "encourage", "order", "instruct", "pressure", "push"]);

/** The verb at k is only possible or a condition: "could suspend", "may be banned", "should lift", "if the charge was reinstated". */
export function hypothetical(toks: Token[], k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 4; q--) {
    if (POSSIBLE.has(toks[q].norm)) return true;
    // "would impose a levy if the charge was reinstated": a threat on a condition.
    if (toks[q].norm === "would" && toks.slice(k + 1, k + 14).some((x) => CONDITIONS.has(x.norm))) return true;
    if (toks[q].pos !== "ADV" && toks[q].pos !== "AUX" && toks[q].pos !== "PART") break;
  }
  for (let q = k - 1; q >= 0 && q >= k - 8; q--) {
    if (CONDITIONS.has(toks[q].norm)) return true;
    if (toks[q].norm === "," || CLAUSE_STOP.has(toks[q].norm) || (toks[q].pos === "VERB" && q < k - 1)) break;
  }
  return false;
}

const POSSIBLE = new Set(["could", "might", "may", "should"]);
const CONDITIONS = new Set(["if", "unless"]);

export function negated(toks: Token[], k: number, R: Rules): boolean {
  for (let q = Math.max(0, k - 3); q < k; q++) if (R.negation.has(toks[q].norm)) return true;
  return false;
}

/** Participles written as their verb: "was hit with duties", "were put under sanctions", "was cut off". */
const SAME_PARTICIPLES = new Set(["hit", "put", "cut", "set", "shut", "let", "cast", "spread", "hurt", "split", "bid"]);

/** The verb at k is a passive participle after a form of "be": "were banned", "was hit". */
export function isPassive(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!SAME_PARTICIPLES.has(t.norm) && (!/(ed|en|wn|ne|id|ut)$/.test(t.norm) || t.norm === t.lemma)) return false;
  // "The memorandum, signed by X and Y, will ...": a participle after a comma with its agent.
  if (toks[k - 1]?.norm === "," && toks[k + 1]?.norm === "by") return true;
  for (let q = k - 1; q >= Math.max(0, k - 3); q--) {
    if (BE.has(toks[q].norm)) return true;
    if (toks[q].pos !== "ADV") return false;
  }
  return false;
}

function leftMention(ms: Mention[], k: number, ok: (m: Mention) => boolean): Mention | undefined {
  return ms.filter((m) => m.j <= k && m.j >= k - 8 && ok(m)).pop();
}

/** A passive verb's subject: the nearest name before it that is not what a measure before it is aimed at ("Sanctions on Chile were imposed"). */
export function passiveSubject(ms: Mention[], k: number, ok: (m: Mention) => boolean, toks?: Token[], R?: Rules): Mention | undefined {
  // "X, the reigning Amsterdam Marathon champion, was suspended": the apposition's head, not a name inside it.
  if (toks && R) {
    let c = k - 1;
    while (c >= 0 && (toks[c].pos === "ADV" || toks[c].pos === "AUX")) c--;
    const head = toks[c]?.norm === "," ? appositionHead(toks, ms, c, R) : undefined;
    if (head && ok(head)) return head;
    // "The duties, of between 14.7% and 26.3% for five years, were imposed": past an aside with no verb
    // of its own, the name that ends right before it.
    if (toks[c]?.norm === ",") {
      let open = c - 1;
      while (open > 0 && open > c - 20 && toks[open].norm !== "," && toks[open].pos !== "VERB" && toks[open].pos !== "AUX") open--;
      const before = toks[open]?.norm === "," ? ms.find((m) => m.j === open && ok(m) && !ms.some((x) => x.targets?.includes(m))) : undefined;
      if (before) return before;
    }
  }
  return leftMention(ms, k, (m) => ok(m) && !ms.some((x) => x.targets?.includes(m)));
}

export function subjectOf(toks: Token[], k: number, ms: Mention[], R: Rules, d: Discourse): Mention[] | "skip" {
  // "Bolivia joined Chile in condemning the tariffs": the one who joined and the one joined both act.
  if (/ing$/.test(toks[k].norm) && toks[k - 1]?.norm === "in") {
    for (let v = k - 2; v >= 0 && v >= k - 10; v--) {
      if (toks[v].pos !== "VERB" || toks[v].lemma !== "join") continue;
      const joiners = subjectOf(toks, v, ms, R, d);
      const joined = ms.find((m) => (m.i === v + 1 || (m.i === v + 2 && ARTICLES.has(toks[v + 1].norm))) && isActor(m));
      return [...(joiners === "skip" ? [] : joiners), ...(joined ? coordination(toks, ms, joined) : [])];
    }
  }
  // "X launched a case against China at the WTO, accusing Beijing of ...", "retaliated by ordering ...":
  // a participle after a comma or "by" has the main clause's subject, not the nearest name.
  if (/ing$/.test(toks[k].norm) && (toks[k - 1]?.norm === "," || toks[k - 1]?.norm === "by")) {
    // The verb the participle hangs on: the nearest finite one before it.
    for (let q = k - 2; q >= 0 && q >= k - 25; q--) {
      if (toks[q].pos === "VERB" && !/ing$/.test(toks[q].norm) && toks[q - 1]?.norm !== "to") return subjectOf(toks, q, ms, R, d);
    }
  }
  let sawTo = false;
  // "X saw ... and (quickly) reciprocated", "China says ..., asks India to ...": a coordinated verb shares the first verb's subject.
  let c = k - 1;
  while (c >= 0 && (toks[c].pos === "ADV" || (toks[c].pos === "AUX" && toks[c - 1]?.norm === ","))) c--; // "..., had called on"
  // "welcomed the fine but pressed the office": "but" joins two acts of one subject too. Not a word joined by a hyphen ("terrorism-related").
  if (toks[c]?.norm === "and" || toks[c]?.norm === "but") {
    for (let v = c - 1; v >= 0; v--)
      if (toks[v].pos === "VERB" && !/ing$/.test(toks[v].norm) && toks[v - 1]?.norm !== "to" && toks[v - 1]?.norm !== "-") {
        const first = subjectOf(toks, v, ms, R, d);
        // "X warned that cheap steel could flood the market, and called on ...": past a reported clause
        // whose subject is no party, the verb that reported it.
        const said = first.length ? -1 : toks.findLastIndex((t, q) => q < v && t.pos === "VERB" && R.speech.has(t.lemma));
        return said >= 0 ? subjectOf(toks, said, ms, R, d) : first;
      }
  }
  // "Chile, which imposed tariffs on Peru, criticized Bolivia": a relative clause's verb, and the verb after it, have the head before it.
  const relative = relativeAntecedent(toks, ms, toks[k - 1]?.norm === "which" || toks[k - 1]?.norm === "who" ? k - 1 : toks[c]?.norm === "," ? c : -1);
  if (relative) return coordination(toks, ms, relative);
  // "The Fisheries Commission, the Dakar-based body grouping seven states, called on ...": past an apposition to its head.
  const apposed = toks[c]?.norm === "," ? appositionHead(toks, ms, c, R) : undefined;
  if (apposed) return coordination(toks, ms, apposed);
  // A list of past acts: "suspended beef imports, launched an investigation and banned coal" share the first one's subject.
  // Not an apposition's verb ("X, the minister, said"): the list must go on with "and" and a verb of the same form.
  if (toks[c]?.norm === "," && /ed$/.test(toks[k].norm) && listGoesOn(toks, k)) {
    for (let v = c - 1; v >= 0 && v >= c - 20; v--) {
      const w = toks[v];
      if (CLAUSE_STOP.has(w.norm)) break;
      if (w.pos === "VERB" && /ed$/.test(w.norm) && toks[v - 1]?.norm !== "to" && toks[v - 1]?.norm !== ",") return subjectOf(toks, v, ms, R, d);
    }
  }
  // After a comma, only a verb in the same tense as one before it ("says ..., asks"), not an apposition's ("X, the minister, said").
  if (toks[c]?.norm === "," && /s$/.test(toks[k].norm) && toks[k].norm !== toks[k].lemma) {
    for (let v = c - 1; v >= 0 && v >= c - 20; v--) {
      const w = toks[v];
      if (w.pos === "VERB" && w.norm !== w.lemma && /s$/.test(w.norm) && toks[v - 1]?.norm !== "to") return subjectOf(toks, v, ms, R, d);
    }
  }
  // "..., both sides suspended": a common noun right before the verb is its subject, and no actor further back.
  let n = k - 1;
  while (n >= 0 && (toks[n].pos === "ADV" || toks[n].pos === "AUX")) n--;
  // "X last month signed", "X this week agreed": a time between the subject and its verb.
  if (TIME_SPANS.has(toks[n]?.norm ?? "") && TIME_OPENERS.has(toks[n - 1]?.norm ?? "")) {
    n -= 2;
    while (n >= 0 && (toks[n].pos === "ADV" || toks[n].pos === "AUX")) n--;
  }
  let head = n;
  while (head > 0 && toks[head - 1].pos === "NOUN" && !ms.some((m) => m.j === head)) head--;
  const modified = ms.some((m) => m.j === head && isActor(m)); // "a WTO (dispute) panel ruled": the WTO acts
  // "these countries joined", "the four states passed", "both sides agreed": the last group of parties named.
  if (GROUP_NOUNS.has(toks[n]?.norm ?? "") && GROUP_DETERMINERS.has(toks[n - 1]?.norm ?? toks[n - 2]?.norm ?? "")) {
    // "the two governments met", "both sides agreed": the two parties the article is about, not a longer list named last.
    const two = toks[n - 1]?.norm === "two" || toks[n - 1]?.norm === "both";
    return two && (d.lastGroup?.length ?? 0) !== 2 ? twoParties(d, []) : (d.lastGroup ?? []);
  }
  // "The company urged ...", "the Canadian miner said it would ...": the organization of that kind named last.
  const described = head === n && definiteBefore(toks, ms, n) ? describedBody(toks[n].norm, R, d) : undefined;
  if (described) return [described];
  if (toks[n]?.pos === "NOUN" && !ms.some((m) => m.i <= n && n < m.j) && !GOVERNMENT_NOUNS.has(toks[n].norm) && !isPossessive(toks[n - 1]) && !modified) return [];
  for (let q = k - 1; q >= 0 && q >= k - 30; q--) {
    const w = toks[q];
    if (w.norm === ")") {
      // A parenthesis is an aside: "China's Ministry of Commerce (MOFCOM) opened ...".
      const open = toks
        .slice(0, q)
        .map((t) => t.norm)
        .lastIndexOf("(");
      if (open > 0 && q - open < 12) {
        q = open;
        continue;
      }
    }
    // A few words quoted inside the clause are no clause of their own: 'they "deeply regret" the move'.
    if (QUOTES.has(w.norm) && shortQuote(toks, q, k)) continue;
    if (CLAUSE_STOP.has(w.norm) || w.norm === "that") break;
    if (w.norm === "to") sawTo = true;
    const pron = SUBJECT_PRONOUNS.get(w.norm);
    // "X and Y said they ...": the pronoun after a verb of saying is that verb's subject when it is several.
    if (pron && w.pos === "PRON" && w.norm === "they" && toks[q - 1]?.pos === "VERB" && R.speech.has(toks[q - 1].lemma)) {
      const said = subjectOf(toks, q - 1, ms, R, d);
      if (said !== "skip" && said.length >= 2) return said;
    }
    if (pron && w.pos === "PRON") {
      // "Trump said he had authorized ...": the nearest fitting subject earlier in the sentence, else the last one before it.
      // Not the object of a verb: in "Seoul took Japan off its list and said it would sue", "it" is Seoul.
      const local = ms.filter((m) => m.j <= q && fitsPronoun(m, pron) && isClauseSubject(toks, m) && !isVerbObject(toks, m)).pop();
      // "Kuwait and Oman declare they ...": "they" is the whole coordination; with none here, the last group named.
      if (local && w.norm === "they") return coordination(toks, ms, local);
      if (w.norm === "they" && d.lastGroup) return d.lastGroup;
      const antecedent = local ?? (pron === "person" ? d.lastPerson : d.lastActor);
      return antecedent ? [antecedent] : [];
    }
    const m = ms.find((x) => x.j - 1 === q);
    if (m) {
      if (!isActor(m)) {
        q = m.i;
        continue;
      }
      const prev = toks[m.i - 1]?.norm ?? "";
      const poss = isPossessive(toks[m.j]);
      const nominal = poss && (NOMINAL_SUBJECT.has(toks[m.j + 1]?.lemma ?? "") || NOMINAL_SUBJECT.has(toks[m.j + 1]?.norm ?? ""));
      if (poss && !nominal && !governmentAfter(toks, m.j + 1)) {
        q = m.i;
        continue;
      }
      // "over China's decision to slap tariffs": whose decision it is acts, whatever the phrase hangs on.
      if (nominal && sawTo) return coordination(toks, ms, m);
      const next = toks[m.j];
      if (!poss && m.type === "country" && next && next.pos === "NOUN" && !isCapital(next) && toks[m.j + 1]?.norm !== "to") {
        q = m.i;
        continue;
      } // "U.S. allies"
      // The object of an earlier verb, unless that verb reports a clause whose subject this is: "said Chile had held talks".
      const reported = R.speech.has(toks[m.i - 1]?.lemma ?? "") && (toks[m.j]?.pos === "AUX" || toks[m.j]?.pos === "VERB");
      if (!sawTo && !reported && (toks[m.i - 1]?.pos === "VERB" || (ARTICLES.has(prev) && toks[m.i - 2]?.pos === "VERB"))) {
        q = m.i;
        continue;
      }
      const clause = CONJUNCTIONS.has(prev) && (toks[m.j]?.pos === "VERB" || toks[m.j]?.pos === "AUX"); // "after Caracas broke off ties"
      if ((PREPOSITIONS.has(prev) && prev !== "of" && !clause) || (prev === "of" && !isActor(m))) {
        q = m.i;
        continue;
      }
      if (sawTo && OBJECT_CONTROL.has(toks[m.i - 1]?.lemma ?? "")) return "skip"; // "urged Japan to retract": not asserted
      return coordination(toks, ms, m);
    }
    if (w.pos === "VERB" && q < k - 1 && !R.control.has(w.lemma) && !["be", "have", "do"].includes(w.lemma) && toks[q - 1]?.norm !== "to" && !/ing$/.test(w.norm)) break;
  }
  // A sentence that opens with "After putting ..., Japan removed ...": the main subject follows.
  if (/ing$/.test(toks[k].norm) && PREPOSITIONS.has(toks[k - 1]?.norm ?? "")) {
    const comma = toks.findIndex((t, q) => q > k && t.norm === ",");
    const m = comma > 0 ? ms.find((x) => x.i === comma + 1 && isActor(x)) : undefined;
    if (m) return [m];
  }
  return [];
}

/** The party a relative clause at `at` is about: the actor right before ", which" / ", who" (`at` is the pronoun or the clause's closing comma). */
function relativeAntecedent(toks: Token[], ms: Mention[], at: number): Mention | undefined {
  if (at < 0) return undefined;
  let q = at;
  if (toks[q].norm === ",") {
    // Back to the clause's opening ", which", ", whose", ", to which": no other clause may start in between.
    for (q = at - 1; q > 0 && q >= at - 20; q--) {
      if (RELATIVES.has(toks[q].norm)) break;
      if (CLAUSE_STOP.has(toks[q].norm) || toks[q].norm === ",") return undefined;
    }
    if (!RELATIVES.has(toks[q]?.norm ?? "")) return undefined;
    if (toks[q - 1]?.pos === "ADP" && toks[q].norm !== "who") q--; // "to which", "of whom"
  }
  if (toks[q - 1]?.norm !== ",") return undefined;
  // "The Southern African Development Community (SADC), to which ...": past the acronym in brackets.
  let end = q - 1;
  if (toks[end - 1]?.norm === ")" && toks[end - 3]?.norm === "(") end -= 3;
  return ms.find((m) => m.j === end && isActor(m));
}

const RELATIVES = new Set(["which", "who", "whom", "whose"]);
/** Words before a title that has no name of its own: "and his (Bangladeshi) counterpart X". */
const TITLE_GLUE = new Set(["his", "her", "its", "their", "the"]);
const TIME_OPENERS = new Set(["last", "this", "next", "that", "same", "earlier", "later"]);

/**
 * "the" before the word at n, past at most two modifiers that name nothing themselves: "the company",
 * "the Canadian miner", "the state-owned firm".
 */
export function definiteBefore(toks: Token[], ms: Mention[], n: number): boolean {
  let p = n - 1;
  for (let words = 0; p > 0 && words < 2; words++) {
    const t = toks[p];
    if (ms.some((m) => m.i <= p && p < m.j) || !(t.pos === "ADJ" || isCap(t) || (t.pos === "VERB" && toks[p - 1]?.norm === "-"))) break;
    p--;
    // "state-owned": the words a hyphen joins are one modifier.
    while (p > 1 && toks[p].norm === "-" && toks[p].start === toks[p - 1].end) p -= 2;
  }
  return toks[p]?.norm === "the";
}

/**
 * The organization "the <kind>" stands for: the last one named. A company's kind ("the company", "the miner")
 * is no body the lexicon knows (the WTO is no company); a body's kind ("the bloc", "the body") may be.
 */
export function describedBody(kind: string, R: Rules, d: Discourse): Mention | undefined {
  if (!R.orgNouns.has(kind)) return undefined;
  const bodies = d.bodies ?? [];
  for (let q = bodies.length - 1; q >= 0 && q >= bodies.length - 6; q--) {
    const b = bodies[q];
    // "the company" is no court, commission or parliament that was named since.
    if (b.type === "organization" && (BODY_KINDS.has(kind) || (!b.known && !PUBLIC_BODY.test(b.text)))) return b;
  }
  return undefined;
}
const BODY_KINDS = new Set(["body", "bloc", "organisation", "organization", "association", "federation", "union", "league", "agency"]);
const PUBLIC_BODY = /\b(court|tribunal|commission|council|committee|parliament|assembly|senate|congress)\b/i;

/**
 * The name an apposition ending at the comma `at` describes: ", the Dakar-based body (that ...)," or ", a consumer
 * group," right after an acting name (its acronym in brackets allowed). Not a list ("Chile, the EU and Peru").
 */
function appositionHead(toks: Token[], ms: Mention[], at: number, R: Rules): Mention | undefined {
  for (let q = at - 1; q > 0 && q >= at - 20; q--) {
    const w = toks[q].norm;
    if (w === ";" || w === "and" || toks[q].pos === "AUX") return undefined;
    if (w !== ",") continue;
    let end = q;
    // "The East African Community (EAC) secretariat, ...": past a lower-case part's head and an acronym.
    if (!isCap(toks[end - 1]) && (R.ministryHeads.has(toks[end - 1]?.norm ?? "") || R.orgHeads.has(toks[end - 1]?.norm ?? "")) && !ms.some((m) => m.j === end)) end--;
    if (toks[end - 1]?.norm === ")" && toks[end - 3]?.norm === "(") end -= 3;
    const next = toks[q + 1]?.norm ?? "";
    // "X, the regional body, urged", "X, based in Arusha, urged", "X, then chaired by Nigeria, imposed".
    const participle = toks[q + 1]?.pos === "ADV" ? q + 2 : q + 1;
    if (ARTICLES.has(next) || (toks[participle]?.pos === "VERB" && /ed$/.test(toks[participle].norm))) return ms.find((m) => m.j === end && (isCollectiveActor(m) || m.type === "person"));
    // "Yoichi Iida, head of the trade control department at ..., met", "X, Turkey's chief trade negotiator, called": a person's title in apposition.
    if (R.roleNouns.has(next) || R.roleWords.has(next) || toks.slice(q + 1, at).some((t) => R.roleNouns.has(t.norm))) return ms.find((m) => m.j === end && m.type === "person");
    return undefined;
  }
  return undefined;
}

const QUOTES = new Set(['"', "\u201c", "\u201d"]);

/** The quote opening at q closes within a few words and after k: the verb at k is in a short quotation. */
function shortQuote(toks: Token[], q: number, k: number): boolean {
  for (let r = q + 1; r < toks.length && r <= q + 6; r++) if (QUOTES.has(toks[r].norm)) return r > k;
  return false;
}

/** After the past verb at k, the list of acts goes on: "... and banned", "..., and told". */
function listGoesOn(toks: Token[], k: number): boolean {
  for (let q = k + 1; q < toks.length && q <= k + 20; q++) {
    if (CLAUSE_STOP.has(toks[q].norm)) return false;
    if (toks[q].norm === "and" && toks[q + 1]?.pos === "VERB" && /ed$/.test(toks[q + 1].norm)) return true;
  }
  return false;
}

/** "he"/"she" stand for a person, "it"/"they" for a country or an institution. */
function fitsPronoun(m: Mention, pron: "actor" | "person"): boolean {
  return pron === "person" ? m.type === "person" : isCollectiveActor(m);
}

/** Not inside a prepositional phrase or a possessive: "Seoul" in "as Seoul decided", not in "to Seoul". */
export function isClauseSubject(toks: Token[], m: Mention): boolean {
  const prev = toks[m.i - 1]?.norm ?? "";
  if (isPossessive(toks[m.j])) return governmentAfter(toks, m.j + 1); // "Nicaragua's government said it ..."
  if (!PREPOSITIONS.has(prev)) return true;
  return CONJUNCTIONS.has(prev) && (toks[m.j]?.pos === "VERB" || toks[m.j]?.pos === "AUX");
}

/** Right after a verb, or its article: "removed Japan", "urged the EU". */
const isVerbObject = (toks: Token[], m: Mention): boolean => toks[m.i - 1]?.pos === "VERB" || (ARTICLES.has(toks[m.i - 1]?.norm ?? "") && toks[m.i - 2]?.pos === "VERB");

const isCapital = (t: Token) => /^[A-Z]/.test(t.text);

/** "Seoul's trade authorities": a possessor followed by a government noun acts for it. */
function governmentAfter(toks: Token[], from: number): boolean {
  for (let q = from; q < from + 3 && toks[q]; q++) {
    if (GOVERNMENT_NOUNS.has(toks[q].norm)) return true;
    if (toks[q].pos !== "NOUN" && toks[q].pos !== "ADJ") return false;
  }
  return false;
}

/** Verbs that tell someone to go: "ordered two Russian diplomats to leave" expels them. */
const TELLING = new Set(["order", "tell", "ask", "give"]);

/** Where the envoy noun stands when the verb at k tells envoys to leave ("ordered two Russian diplomats to leave the country"), else -1. */
export function orderedToLeave(toks: Token[], k: number, R: Rules): number {
  if (!TELLING.has(toks[k].lemma)) return -1;
  const noun = toks.findIndex((x, q) => q > k && q <= k + 5 && R.envoys.has(x.norm));
  return noun > 0 && toks[noun + 1]?.norm === "to" && toks[noun + 2]?.lemma === "leave" ? noun : -1;
}
