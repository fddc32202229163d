// Stage 5: relations stated by verbs. For each verb of the lexicon in a sentence: find who
// acts (left of the verb, through "decided to" / "plans to"; "by X" in the passive) and on
// what (right of the verb), check the pair fits the action, and keep the evidence.
import { isActor, isCollectiveActor, isPossessive, type Mention } from "./mention.ts";
import type { VerbEntry } from "./lexicon.ts";
import type { Rules } from "./rules.ts";
import type { Sentence, Token } from "./tokens.ts";
import { SYMMETRIC_ACTIONS, type Action } from "./types.ts";
import { lastAgent, onSideOf, otherSide, type Discourse } from "./discourse.ts";
import { ARTICLES, BE, CLAUSE_STOP, CONJUNCTIONS, GOVERNMENT_NOUNS, GROUP_DETERMINERS, LOCATIVE, PARTICIPATION, PREPOSITIONS, SUBJECT_PRONOUNS } from "./words.ts";

export interface RawRelation {
  sources: Mention[];
  target: Mention;
  action: Action;
  verb: string;
  /** Character offset of the verb, to pick the nearest date. */
  at: number;
  /** Passive with no agent ("This complaint was suspended"): the measure's owner acted. */
  byOwner?: boolean;
}


const OWNED_BY_ACTOR = new Set<Action>(["imposed", "filed", "ordered", "suspended", "resumed", "withdrew", "terminated"]);
const SYMMETRIC = SYMMETRIC_ACTIONS;
const OBJECT_CONTROL = new Set(["urge", "ask", "call", "press", "demand", "order", "request", "want", "force", "require", "expect", "tell", "allow", "warn", "persuade", "pressure", "push", "encourage", "invite", "instruct", "advise", "compel"]);
const STOPPING = new Set(["stop", "halt", "suspend", "postpone", "delay", "refuse", "reject", "avoid", "not"]);
const GROUP_NOUNS = new Set(["countries", "states", "nations", "sides", "members", "governments", "partners", "allies", "parties", "neighbours", "neighbors", "quartet"]);
const NOMINAL_SUBJECT = new Set(["decision", "plan", "move", "bid", "attempt", "proposal", "refusal", "efforts", "announcement", "intention", "call", "threat"]);

export function findRelations(s: Sentence, ms: Mention[], R: Rules, discourse: Discourse): RawRelation[] {
  const toks = s.tokens;
  const out: RawRelation[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (ms.some((m) => m.i <= k && k < m.j)) continue; // inside a mention
    const trig = trigger(toks, k, R, ms);
    if (!trig) continue;
    const { entry, end } = trig;
    if (negated(toks, k, R) || demanded(toks, k) || STOPPING.has(toks[k - 1]?.lemma ?? "") || (toks[k - 1]?.norm === "to" && STOPPING.has(toks[k - 2]?.lemma ?? ""))) {
      // "did not impose tariffs on X": no such measure, unless the article names it otherwise.
      const object = objectOf(toks, end, ms, entry, R);
      if (object?.type === "measure" && !object.owner) object.phrase = undefined;
      continue;
    }
    const passive = isPassive(toks, k);
    let sources: Mention[];
    let target: Mention | undefined;
    if (passive) {
      target = passiveSubject(ms, k, (m) => fits(entry, m, toks, R));
      sources = byAgents(toks, ms, k);
      if (!sources.length && target?.type === "measure") {
        out.push({ sources: [], target, action: entry.action, verb: t.text, at: t.start, byOwner: true });
        continue;
      }
    } else {
      const subj = subjectOf(toks, k, ms, R, discourse);
      if (subj === "skip") continue;
      sources = subj;
      if (subj.length >= 2) discourse.lastGroup = subj;
      // "a complaint (that) it filed with the WTO": the clause's head is the object.
      const head = relativeHead(toks, k, ms, sources);
      target = head && fits(entry, head, toks, R) ? head : objectOf(toks, end, ms, entry, R);
    }
    let action: Action = entry.action;
    // "signed a decree on special economic measures against Turkey", "issued an order imposing ...": what it brings in is imposed.
    const brought = !target && (action === "agreed" || action === "imposed") ? instrumentMeasure(toks, end, ms, R) : undefined;
    if (brought) [target, action] = [brought, "imposed"];
    // Launching, opening or bringing a complaint or case is filing it.
    if (action === "imposed" && target?.type === "measure" && target.family === "complaint") action = "filed";
    // "hit back with tariffs of its own", "reciprocated with similar measures": the means is a new measure of the
    // retaliator's, aimed at the other side, not the measure answered.
    if (action === "retaliated" && target?.type === "measure" && sources.length && toks[target.i - 1]?.norm !== "against" && toks.slice(end, target.i).some((x) => x.norm === "with")) {
      const means = target;
      means.anaphoric = undefined;
      if (!means.owner && !means.country) means.owner = sources[0];
      target = otherSide(discourse, sources);
      if (target && !means.targets?.length) means.targets = [target];
      out.push({ sources: [sources[0]], target: means, action: "imposed", verb: t.text, at: t.start });
    }
    if (!target && action === "retaliated" && sources.length) target = otherSide(discourse, sources);
    // "regretted the decision", "rejected the move", "rejected this": what was done, by whoever did it last.
    // "severed ties with Doha, accusing it of ...": "it" is the party named earlier in the sentence, on no source's side.
    if (!target && action === "criticized" && sources.length && toks[end]?.norm === "it" && toks[end].pos === "PRON") target = ms.filter((m) => m.j <= k && isCollectiveActor(m) && !sources.includes(m) && !onSideOf(sources, m)).pop();
    if (!target && (action === "criticized" || action === "rejected") && sources.length && isCollectiveOrOfficial(sources[0]) && eventOrNothing(toks, end, R)) target = lastAgent(discourse, sources);
    // "called for the immediate withdrawal of the measures": whoever took them is urged to undo them.
    if (!target && action === "urged" && sources.length && isCollectiveOrOfficial(sources[0]) && undoAhead(toks, end, R)) target = lastAgent(discourse, sources);
    // "Mexico City had agreed to do more": one party agreeing to act agreed with the other side.
    if (!target && action === "agreed" && sources.length === 1 && isCollectiveActor(sources[0]) && toks[end]?.norm === "to" && toks[end + 1]?.pos === "VERB") target = otherSide(discourse, sources);
    if (!sources.length && !target) continue;
    const verb = s.text.slice(t.start - s.start, toks[end - 1].end - s.start);
    // "X, Y and Z agreed to restore ties with W": the agreement is with W, not among X, Y and Z.
    const partner = !target && SYMMETRIC.has(action) && sources.length >= 2 ? withPartner(toks, end, ms, sources) : undefined;
    if (partner) target = partner;
    if (target && sources.length) {
      for (const src of sources) if (src !== target && !(SYMMETRIC.has(action) && sameSide(src, target))) out.push({ sources: [src], target, action: action, verb, at: t.start });
      // Meeting is mutual; agreeing is when it is "agreed with" someone ("agreed that Taipei could ..." is not).
      const mutual = action === "met" || (t.lemma === "agree" && toks[target.i - 1]?.norm === "with" && !partner);
      if (SYMMETRIC.has(action) && mutual && isActor(target)) for (const src of sources) if (src.type === target.type && !sameSide(src, target)) out.push({ sources: [target], target: src, action: action, verb, at: t.start });
      // "The United States and the European Union agreed to ...", "signed the pact": the parties agreed with each other
      // too; not when they act together toward a third party ("stand with Riyadh").
      if (SYMMETRIC.has(action) && sources.length >= 2 && (action === "met" || target.type === "agreement")) out.push(...pairs(sources, action, verb, t.start));
      // A measure imposed, filed, suspended ... belongs to whoever did it.
      if (target.type === "measure" && !target.owner && !target.country && OWNED_BY_ACTOR.has(action)) target.owner = sources[0];
    } else if (SYMMETRIC.has(action) && sources.length >= 2) out.push(...pairs(sources, action, verb, t.start));
    k = end - 1;
  }
  return out;
}

function pairs(parties: Mention[], action: Action, verb: string, at: number): RawRelation[] {
  return parties.flatMap((a) => parties.filter((b) => b !== a && !sameSide(a, b)).map((b) => ({ sources: [a], target: b, action, verb, at })));
}

/** A passive verb's agents: "by Peru and Chile", "by Peru's trade minister Juan Perez and ...". */
function byAgents(toks: Token[], ms: Mention[], k: number): Mention[] {
  // "by the United States": an article may stand between "by" and the name, and between "and" and the next.
  const after = (p: number) => p + (ARTICLES.has(toks[p]?.norm ?? "") ? 1 : 0);
  // "Peru's trade minister Juan Perez": the person, not the country that owns the title.
  const owned = (m: Mention) => (isPossessive(toks[m.j]) ? ms.find((x) => x.i > m.j && x.i <= m.j + 5 && isActor(x)) ?? m : m);
  const byBefore = (i: number) => toks[i - 1]?.norm === "by" || (ARTICLES.has(toks[i - 1]?.norm ?? "") && toks[i - 2]?.norm === "by");
  const first = ms.find((m) => m.i > k && m.i < k + 8 && byBefore(m.i) && isActor(m));
  const agents = first ? [owned(first)] : [];
  for (let last = agents[0]; last && (toks[last.j]?.norm === "and" || toks[last.j]?.norm === ","); last = agents[agents.length - 1]) {
    const next = ms.find((x) => x.i === after(last.j + 1) && isActor(x));
    if (!next) break;
    agents.push(owned(next));
  }
  return agents;
}

/** The actors coordinated with `m` and ending at it: "Peru, Chile and Bolivia", "Japanese and South Korean foreign ministries". */
function coordination(toks: Token[], ms: Mention[], m: Mention): Mention[] {
  const group = ms.filter((x) => x.j === m.j && isActor(x));
  // "the United States and the European Union": an article before a party does not end the list.
  for (let p = m.i - 1 - (toks[m.i - 1]?.norm === "the" ? 1 : 0); p > 0; ) {
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
  const [person, other] = a.type === "person" ? [a, b] : [b, a];
  if (person.type !== "person" || other.type === "person") return false;
  if (person.owner === other) return true;
  const code = person.known?.country;
  return !!code && other.type === "country" && other.known?.country === code;
}

/** The actor after "with" in the clause after a verb ("to restore ties with Qatar"), not one of the subjects. */
function withPartner(toks: Token[], from: number, ms: Mention[], sources: Mention[]): Mention | undefined {
  for (let q = from; q < Math.min(toks.length, from + 12); q++) {
    if (toks[q].norm === "," || CLAUSE_STOP.has(toks[q].norm)) return undefined;
    if (toks[q].norm !== "with") continue;
    const m = ms.find((x) => (x.i === q + 1 || (x.i === q + 2 && ARTICLES.has(toks[q + 1].norm))) && isActor(x));
    return m && !sources.includes(m) ? m : undefined;
  }
  return undefined;
}

function trigger(toks: Token[], k: number, R: Rules, ms: Mention[]): { entry: VerbEntry; end: number } | undefined {
  const t = toks[k];
  // The tagger takes some past forms for adjectives ("the EU prolonged its sanctions"); before a determiner or pronoun, one is a verb.
  const pastAdjective = t.pos === "ADJ" && /ed$/.test(t.norm) && (toks[k + 1]?.pos === "DET" || toks[k + 1]?.pos === "PRON");
  if (t.pos !== "VERB" && !pastAdjective && !(t.pos === "NOUN" && toks[k - 1]?.norm === "to")) return undefined;
  const entries = R.verbs.get(t.lemma) ?? R.verbs.get(t.norm) ?? (pastAdjective ? R.verbs.get(t.norm.slice(0, -2)) ?? R.verbs.get(t.norm.slice(0, -1)) : undefined);
  if (!entries) return undefined;
  for (const e of entries) {
    let end = k + 1;
    if (e.rest.length) {
      // "hold (bureau-chief-level) talks", "put ... on hold", "pull out of".
      let ok = true;
      for (const w of e.rest) {
        let found = -1;
        for (let q = end; q < Math.min(toks.length, end + 6); q++) if (toks[q].norm === w || toks[q].lemma === w) { found = q; break; }
        if (found < 0) { ok = false; break; }
        end = found + 1;
      }
      if (!ok) continue;
    }
    if (e.particle && !toks.slice(end, end + 12).some((x) => x.norm === e.particle)) continue;
    if (e.objects && !e.objects.includes("any")) {
      // The sense follows the object: "removed South Korea from" vs "removed the curbs".
      // In the passive the object is the subject: "Zhan was detained by the coast guard".
      const first = isPassive(toks, k) ? passiveSubject(ms, k, () => true) : objectOf(toks, end, ms, { ...ANY, particle: e.particle }, R) ?? relativeHead(toks, k, ms, []);
      if (e.objects.includes("talks") && talksAhead(toks, end, R)) return { entry: e, end }; // "froze exchanges with Tokyo"
      if (e.action === "urged" && undoAhead(toks, end, R)) return { entry: e, end }; // "demanded the withdrawal of the measures"
      // "Canada and Chile agreed to suspend ...": no object, but coordinated parties agree with each other.
      const toVerb = !first && SYMMETRIC.has(e.action) && toks[end]?.norm === "to" && toks[end + 1]?.pos === "VERB";
      if (!toVerb && (!first || !fits(e, first, toks, R))) continue;
    }
    return { entry: e, end };
  }
  return undefined;
}

const ANY: VerbEntry = { form: "", action: "imposed" };

/** The measure or agreement a relative clause hangs on: "a complaint [that] it filed". */
function relativeHead(toks: Token[], k: number, ms: Mention[], sources: Mention[]): Mention | undefined {
  let q = k - 1;
  while (q >= 0 && (toks[q].pos === "AUX" || toks[q].pos === "ADV")) q--;
  const subj = sources.find((m) => m.j === q + 1);
  const start = subj ? subj.i : toks[q] && toks[q].pos === "PRON" ? q : -1;
  if (start < 0) return undefined;
  const before = ["that", "which"].includes(toks[start - 1]?.norm ?? "") ? start - 1 : start;
  const head = ms.find((m) => m.j === before && (m.type === "measure" || m.type === "agreement"));
  return head;
}

/**
 * The verb at k is in a clause someone asks for, not one that happened: "demanded that
 * Lithuania withdraw its envoy", "urged that Japan lift the curbs".
 */
export function demanded(toks: Token[], k: number): boolean {
  for (let q = k - 1; q > 0 && q >= k - 8; q--) {
    if (toks[q].norm === "that") return DEMANDING.has(toks[q - 1].lemma);
    if (CLAUSE_STOP.has(toks[q].norm) || toks[q].norm === ",") return false;
  }
  return false;
}
const DEMANDING = new Set(["demand", "ask", "urge", "insist", "request", "propose", "suggest", "recommend", "want"]);

export function negated(toks: Token[], k: number, R: Rules): boolean {
  for (let q = Math.max(0, k - 3); q < k; q++) if (R.negation.has(toks[q].norm)) return true;
  return false;
}

export function isPassive(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!/(ed|en|wn|ne|id|ut)$/.test(t.norm) || t.norm === t.lemma) return false;
  for (let q = k - 1; q >= Math.max(0, k - 3); q--) {
    if (BE.has(toks[q].norm)) return true;
    if (toks[q].pos !== "ADV") return false;
  }
  return false;
}

/** What a verb's action may take as its target. */
function fits(e: VerbEntry, m: Mention, toks: Token[], R: Rules): boolean {
  const kinds = e.objects ?? ["any"];
  return kinds.some((kind) => {
    switch (kind) {
      case "any": return !(m.type === "person" && m.anaphoric && !m.description && !m.key);
      case "actor": return isActor(m);
      case "measure": return m.type === "measure";
      case "agreement": return m.type === "agreement";
      case "complaint": return m.type === "measure" && m.family === "complaint";
      case "talks": return R.talkNouns.has(toks[m.i]?.norm ?? "");
    }
  });
}

function leftMention(ms: Mention[], k: number, ok: (m: Mention) => boolean): Mention | undefined {
  return ms.filter((m) => m.j <= k && m.j >= k - 8 && ok(m)).pop();
}

/** A passive verb's subject: the nearest name before it that is not what a measure before it is aimed at ("Sanctions on Chile were imposed"). */
function passiveSubject(ms: Mention[], k: number, ok: (m: Mention) => boolean): Mention | undefined {
  return leftMention(ms, k, (m) => ok(m) && !ms.some((x) => x.targets?.includes(m)));
}

export function subjectOf(toks: Token[], k: number, ms: Mention[], R: Rules, d: Discourse): Mention[] | "skip" {
  // "X launched a case against China at the WTO, accusing Beijing of ...", "retaliated by ordering ...":
  // a participle after a comma or "by" has the main clause's subject, not the nearest name.
  if (/ing$/.test(toks[k].norm) && (toks[k - 1]?.norm === "," || toks[k - 1]?.norm === "by")) {
    // The verb the participle hangs on: the nearest finite one before it.
    for (let q = k - 2; q >= 0 && q >= k - 25; q--) {
      if (toks[q].pos === "VERB" && !/ing$/.test(toks[q].norm) && toks[q - 1]?.norm !== "to") return subjectOf(toks, q, ms, R, d);
    }
  }
  let sawTo = false;
  // "X saw ... and (quickly) reciprocated": a coordinated verb shares the first verb's subject.
  let c = k - 1;
  while (c >= 0 && toks[c].pos === "ADV") c--;
  if (toks[c]?.norm === "and") {
    for (let v = c - 1; v >= 0; v--) if (toks[v].pos === "VERB" && !/ing$/.test(toks[v].norm) && toks[v - 1]?.norm !== "to") return subjectOf(toks, v, ms, R, d);
  }
  // "..., both sides suspended": a common noun right before the verb is its subject, and no actor further back.
  let n = k - 1;
  while (n >= 0 && (toks[n].pos === "ADV" || toks[n].pos === "AUX")) n--;
  let head = n;
  while (head > 0 && toks[head - 1].pos === "NOUN" && !ms.some((m) => m.j === head)) head--;
  const modified = ms.some((m) => m.j === head && isActor(m)); // "a WTO (dispute) panel ruled": the WTO acts
  // "these countries joined", "the four states passed", "both sides agreed": the last group of parties named.
  if (GROUP_NOUNS.has(toks[n]?.norm ?? "") && GROUP_DETERMINERS.has(toks[n - 1]?.norm ?? toks[n - 2]?.norm ?? "")) return d.lastGroup ?? [];
  if (toks[n]?.pos === "NOUN" && !ms.some((m) => m.i <= n && n < m.j) && !GOVERNMENT_NOUNS.has(toks[n].norm) && !isPossessive(toks[n - 1]) && !modified) return [];
  for (let q = k - 1; q >= 0 && q >= k - 30; q--) {
    const w = toks[q];
    if (w.norm === ")") {
      // A parenthesis is an aside: "China's Ministry of Commerce (MOFCOM) opened ...".
      const open = toks.slice(0, q).map((t) => t.norm).lastIndexOf("(");
      if (open > 0 && q - open < 12) { q = open; continue; }
    }
    if (CLAUSE_STOP.has(w.norm) || w.norm === "that") break;
    if (w.norm === "to") sawTo = true;
    const pron = SUBJECT_PRONOUNS.get(w.norm);
    if (pron && w.pos === "PRON") {
      // "Trump said he had authorized ...": the nearest fitting subject earlier in the sentence, else the last one before it.
      const local = ms.filter((m) => m.j <= q && fitsPronoun(m, pron) && isClauseSubject(toks, m)).pop();
      // "Kuwait and Oman declare they ...": "they" is the whole coordination; with none here, the last group named.
      if (local && w.norm === "they") return coordination(toks, ms, local);
      if (w.norm === "they" && d.lastGroup) return d.lastGroup;
      const antecedent = local ?? (pron === "person" ? d.lastPerson : d.lastActor);
      return antecedent ? [antecedent] : [];
    }
    const m = ms.find((x) => x.j - 1 === q);
    if (m) {
      if (!isActor(m)) { q = m.i; continue; }
      const prev = toks[m.i - 1]?.norm ?? "";
      const poss = isPossessive(toks[m.j]);
      if (poss && !(NOMINAL_SUBJECT.has(toks[m.j + 1]?.lemma ?? "") || NOMINAL_SUBJECT.has(toks[m.j + 1]?.norm ?? "") || governmentAfter(toks, m.j + 1))) { q = m.i; continue; }
      const next = toks[m.j];
      if (!poss && m.type === "country" && next && next.pos === "NOUN" && !isCapital(next) && toks[m.j + 1]?.norm !== "to") { q = m.i; continue; } // "U.S. allies"
      // The object of an earlier verb, unless that verb reports a clause whose subject this is: "said Chile had held talks".
      const reported = R.speech.has(toks[m.i - 1]?.lemma ?? "") && (toks[m.j]?.pos === "AUX" || toks[m.j]?.pos === "VERB");
      if (!sawTo && !reported && (toks[m.i - 1]?.pos === "VERB" || (ARTICLES.has(prev) && toks[m.i - 2]?.pos === "VERB"))) { q = m.i; continue; }
      const clause = CONJUNCTIONS.has(prev) && (toks[m.j]?.pos === "VERB" || toks[m.j]?.pos === "AUX"); // "after Caracas broke off ties"
      if ((PREPOSITIONS.has(prev) && prev !== "of" && !clause) || (prev === "of" && !isActor(m))) { q = m.i; continue; }
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

/** The preposition whose phrase a mention at i sits in ("of the construction firm Fujita"), or "". */
function governingPreposition(toks: Token[], from: number, i: number): string {
  for (let q = i - 1; q >= from; q--) {
    if (PREPOSITIONS.has(toks[q].norm)) return toks[q].norm;
    if (!NOUN_PHRASE_POS.has(toks[q].pos)) return "";
  }
  return "";
}
const NOUN_PHRASE_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

function objectOf(toks: Token[], from: number, ms: Mention[], e: VerbEntry, R: Rules): Mention | undefined {
  for (const m of ms) {
    if (m.i < from) continue;
    if (m.i > from + 14) break;
    const between = toks.slice(from, m.i);
    // An object comes before the first comma: "..., a senior White House official said" is another clause.
    if (between.some((t) => t.norm === ",")) break;
    if (between.some((t) => CLAUSE_STOP.has(t.norm) || t.norm === "and" && toks[m.i - 1]?.norm !== "and")) break;
    // "warned that Peru's tariffs would ...": the owner of what was said to do harm is not the one warned.
    if (R.speech.has(e.form) && isPossessive(toks[m.j]) && between.some((t) => t.norm === "that")) break;
    if (between.some((t) => t.pos === "VERB" && !/ing$/.test(t.norm) && !R.talkNouns.has(t.norm))) break;
    // "retaliated by ordering a freeze": the means is the participle's object, not this verb's.
    if (between.some((t, q) => t.norm === "by" && /ing$/.test(between[q + 1]?.norm ?? ""))) break;
    if (ms.some((x) => x.i === m.j)) continue; // a modifier of the next name: "its WTO complaint", "U.S. tariffs"
    // "extended the captain's detention": the possessed measure is the object.
    const possessed = isPossessive(toks[m.j]) ? ms.find((x) => x.i === m.j + 1 && x.type === "measure") : undefined;
    if (possessed && fits(e, possessed, toks, R)) return possessed;
    // A name inside what a plain noun's phrase says is not the object: "removing the main irritant in a standoff
    // between Washington and Ankara", "demanded the restoration of supplies to the EU", "released the captain ... with China".
    // "suspended its participation in the grain deal": the party's share in it stands for it.
    if (PARTICIPATION_ACTIONS.has(e.action) && participationIn(toks, from, m)) return m;
    if (plainNounBefore(toks, from, m.i, ms)) break;
    const prev = governingPreposition(toks, from, m.i);
    if (LOCATIVE.has(prev) && !(isPossessive(toks[m.j])) && prev !== e.particle) {
      if (!(prev === "from" && e.action === "removed") && !(prev === "by" && e.action === "ordered")) continue;
    }
    if (fits(e, m, toks, R)) return m;
  }
  // "resume talks with South Korea", "held consultations with X": the partner.
  if (talksAhead(toks, from, R)) {
    const w = toks.findIndex((t, q) => q >= from && q < from + 10 && t.norm === "with");
    const m = w > 0 ? ms.find((x) => x.i === w + 1 && isActor(x)) : undefined;
    if (m && (fits(e, m, toks, R) || e.objects?.includes("talks"))) return m; // the partner of talks
  }
  // "stopped all supplies of gas to Ukraine", "will suspend its flights to and from Toronto": the side at the other end.
  if (FLOW_ACTIONS.has(e.action) && !e.objects) return flowPartner(toks, from, ms, R);
  return undefined;
}

const FLOW_ACTIONS = new Set<Action>(["suspended", "resumed"]);
const PARTICIPATION_ACTIONS = new Set<Action>(["suspended", "resumed", "terminated"]);

/** `m` follows "(its) participation in" right after the verb. */
function participationIn(toks: Token[], from: number, m: Mention): boolean {
  const q = m.i - 1 - (ARTICLES.has(toks[m.i - 1]?.norm ?? "") ? 1 : 0);
  return toks[q]?.norm === "in" && PARTICIPATION.has(toks[q - 1]?.norm ?? "") && q - 1 - from <= 1 && (m.type === "agreement" || m.type === "organization");
}

const FLOW_PREPOSITIONS = new Set(["to", "from", "with", "in", "into"]);

/** The actor a flow named right after the verb goes to or comes from: "(all) (gas) supplies (of gas) to Ukraine". */
function flowPartner(toks: Token[], from: number, ms: Mention[], R: Rules): Mention | undefined {
  let q = from;
  while (q < toks.length && q < from + 5 && !R.flowNouns.has(toks[q].norm) && ["DET", "ADJ", "NOUN", "PRON", "NUM", "PROPN"].includes(toks[q].pos)) q++;
  if (!R.flowNouns.has(toks[q]?.norm ?? "") || ms.some((m) => m.i <= q && q < m.j)) return undefined;
  for (let r = q + 1; r < Math.min(toks.length, q + 6); r++) {
    const t = toks[r];
    if (t.norm === "," || t.pos === "VERB" || CLAUSE_STOP.has(t.norm)) return undefined;
    if (!FLOW_PREPOSITIONS.has(t.norm)) continue;
    // "to and from Toronto": the name after the last preposition of the pair.
    const at = toks[r + 1]?.norm === "and" && FLOW_PREPOSITIONS.has(toks[r + 2]?.norm ?? "") ? r + 3 : r + 1;
    const m = ms.find((x) => x.i === at || (x.i === at + 1 && toks[at].pos === "DET"));
    if (m && isActor(m) && !isPossessive(toks[m.j])) return m;
  }
  return undefined;
}

/** A noun outside any mention, followed by a preposition, between `from` and `i`. */
function plainNounBefore(toks: Token[], from: number, i: number, ms: Mention[]): boolean {
  for (let q = from; q < i; q++) {
    if (toks[q].pos !== "NOUN" || ms.some((m) => m.i <= q && q < m.j)) continue;
    for (let r = q + 1; r < i; r++) if (toks[r].pos === "ADP") return true;
  }
  return false;
}

/** A country, body or titled official: who can criticize another side. */
function isCollectiveOrOfficial(m: Mention): boolean {
  return isCollectiveActor(m) || (m.type === "person" && (!!m.role || !!m.known));
}

/** What follows a verb names an act rather than an entity: "the decision", "this move", "the accusations", "this". */
function eventOrNothing(toks: Token[], from: number, R: Rules): boolean {
  let q = from;
  while (q < toks.length && (toks[q].pos === "ADV" || toks[q].pos === "DET" || toks[q].pos === "ADJ")) q++;
  const t = toks[q];
  if (!t) return false;
  return R.eventNouns.has(t.norm) || (q === from && (t.norm === "this" || t.norm === "it"));
}

/** Where the noun after a verb stands, past up to three determiners and adjectives: "a (new) decree", "the immediate withdrawal". */
function objectHead(toks: Token[], from: number): number {
  let q = from;
  while (q < toks.length && q < from + 3 && (toks[q].pos === "DET" || toks[q].pos === "ADJ")) q++;
  return q;
}

/** The measure an instrument after a verb brings in: "a decree on special economic measures", "an order imposing tariffs". */
function instrumentMeasure(toks: Token[], from: number, ms: Mention[], R: Rules): Mention | undefined {
  const q = objectHead(toks, from);
  if (!R.instrumentNouns.has(toks[q]?.norm ?? "")) return undefined;
  return ms.find((m) => m.type === "measure" && m.i > q && m.i <= q + 5 && !toks.slice(q + 1, m.i).some((t) => t.norm === "," || t.pos === "PUNCT"));
}

/** The verb's object is an act of undoing or restoring: "the (immediate) withdrawal", "an end". */
function undoAhead(toks: Token[], from: number, R: Rules): boolean {
  const q = objectHead(toks, from);
  return R.undoNouns.has(toks[q]?.norm ?? "") && toks[q + 1]?.norm === "of";
}

const talksAhead = (toks: Token[], from: number, R: Rules): boolean => toks.slice(from, from + 5).some((t) => R.talkNouns.has(t.norm));


/** "he"/"she" stand for a person, "it"/"they" for a country or an institution. */
function fitsPronoun(m: Mention, pron: "actor" | "person"): boolean {
  return pron === "person" ? m.type === "person" : isCollectiveActor(m);
}

/** Not inside a prepositional phrase or a possessive: "Seoul" in "as Seoul decided", not in "to Seoul". */
export function isClauseSubject(toks: Token[], m: Mention): boolean {
  const prev = toks[m.i - 1]?.norm ?? "";
  if (isPossessive(toks[m.j])) return false;
  if (!PREPOSITIONS.has(prev)) return true;
  return CONJUNCTIONS.has(prev) && (toks[m.j]?.pos === "VERB" || toks[m.j]?.pos === "AUX");
}

const isCapital = (t: Token) => /^[A-Z]/.test(t.text);

/** "Seoul's trade authorities": a possessor followed by a government noun acts for it. */
function governmentAfter(toks: Token[], from: number): boolean {
  for (let q = from; q < from + 3 && toks[q]; q++) {
    if (GOVERNMENT_NOUNS.has(toks[q].norm)) return true;
    if (toks[q].pos !== "NOUN" && toks[q].pos !== "ADJ") return false;
  }
  return false;
}








