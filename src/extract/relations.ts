// Stage 5: relations stated by verbs. For each verb of the lexicon in a sentence: find who
// acts (subjects.ts: left of the verb, through "decided to"; "by X" in the passive) and on
// what (right of the verb), check the pair fits the action, and keep the evidence.
import { isActor, isCollectiveActor, isPastFormAsAdjective, isPossessive, qualifiesName, type Mention } from "./mention.ts";
import type { VerbEntry } from "./lexicon.ts";
import type { Rules } from "./rules.ts";
import type { Sentence, Token } from "./tokens.ts";
import { SYMMETRIC_ACTIONS, type Action } from "./types.ts";
import { lastActedOn, lastAgent, onSideOf, otherSide, twoParties, type Discourse } from "./discourse.ts";
import {
  byAgents,
  coordination,
  definiteBefore,
  demanded,
  describedBody,
  groupPhraseEnd,
  hypothetical,
  isPassive,
  listedAfter,
  negated,
  orderedToLeave,
  passiveSubject,
  sameSide,
  subjectOf,
  urgesOwnSide,
} from "./subjects.ts";
import { APPROVING, ARTICLES, CLAUSE_STOP, FLOW_VERBS, LOCATIVE, PARTICIPATION, PREPOSITIONS } from "./words.ts";

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
const HELD_BY_ACTOR = new Set<Action>(["lifted", "extended", "restored"]);

const SYMMETRIC = SYMMETRIC_ACTIONS;
/** Verbs of assent whose negation is a refusal: "would not accept", "never recognised". */
const REFUSABLE = new Set(["accept", "recognise", "recognize", "approve", "endorse"]);
const STOPPING = new Set(["stop", "halt", "suspend", "postpone", "delay", "refuse", "reject", "avoid", "not"]);

export function findRelations(s: Sentence, ms: Mention[], R: Rules, discourse: Discourse): RawRelation[] {
  const toks = s.tokens;
  const out: RawRelation[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (ms.some((m) => m.i <= k && k < m.j)) continue; // inside a mention
    const trig = trigger(toks, k, R, ms);
    if (!trig) continue;
    const { entry, end } = trig;
    if (negated(toks, k, R) || demanded(toks, k) || hypothetical(toks, k) || STOPPING.has(toks[k - 1]?.lemma ?? "") || (toks[k - 1]?.norm === "to" && STOPPING.has(toks[k - 2]?.lemma ?? ""))) {
      // "did not impose tariffs on X": no such measure, unless the article names it otherwise.
      const object = objectOf(toks, end, ms, entry, R);
      if (object?.type === "measure" && !object.owner) object.phrase = undefined;
      // "would not accept unilateral quotas", "has never recognised the ruling": refusing is rejecting.
      if (REFUSABLE.has(t.lemma) && negated(toks, k, R) && !demanded(toks, k)) {
        const subj = subjectOf(toks, k, ms, R, discourse);
        const target = subj === "skip" || !subj.length ? undefined : (object ?? (eventOrNothing(toks, end, R) ? lastAgent(discourse, subj) : undefined));
        if (target && subj !== "skip") for (const src of subj) if (src !== target && !sameSide(src, target)) out.push({ sources: [src], target, action: "rejected", verb: t.text, at: t.start });
      }
      continue;
    }
    const passive = isPassive(toks, k);
    // "China, India and Japan had been granted waivers": the measure follows, those granted it are its targets.
    if (passive && GIVING.has(t.lemma)) {
      const given = ms.find((m) => m.i > k && m.i <= end + 3 && m.type === "measure");
      if (given) {
        grantedTo(toks, ms, k, given, s, R, discourse, out, t);
        k = end - 1;
        continue;
      }
    }
    let sources: Mention[];
    let target: Mention | undefined;
    if (passive) {
      target = passiveSubject(ms, k, (m) => fits(entry, m, toks, R), toks, R);
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
    // "ordered two Russian diplomats to leave": an expulsion.
    let action: Action = orderedToLeave(toks, k, R) >= 0 ? "removed" : entry.action;
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
    if (!target && action === "criticized" && sources.length && toks[end]?.norm === "it" && toks[end].pos === "PRON")
      target = ms.filter((m) => m.j <= k && isCollectiveActor(m) && !sources.includes(m) && !onSideOf(sources, m)).pop();
    // "expelled the ambassador, accusing him of ...", "accused the company of ...": the person, or the body of that kind, named last.
    if (!target && PERSONAL_OBJECTS.has(action) && sources.length) target = objectReference(toks, end, k, ms, sources, R, discourse);
    // "X refused, saying ...", "X refused.": what was asked, by whoever asked last.
    // "X refused.", "Latvia also protested.": a judgment with no object answers the party that acted last.
    const bare = (action === "rejected" || action === "criticized") && (!toks[end] || toks[end].norm === "," || toks[end].norm === ".");
    if (!target && (action === "criticized" || action === "rejected") && sources.length && isCollectiveOrOfficial(sources[0]) && (bare || eventOrNothing(toks, end, R)))
      // "The company denied this": what is denied is an accusation, whoever last made one.
      target =
        (bare && also(toks, k) ? lastActedOn(discourse, sources, action) : undefined) ?? lastAgent(discourse, sources, eventAction(toks, end, R) ?? (t.lemma === "deny" ? "criticized" : undefined));
    // "backed the decision", "welcomed the move": agreeing with whoever acted last.
    if (!target && action === "agreed" && APPROVING.has(t.lemma) && sources.length && isCollectiveOrOfficial(sources[0]) && eventOrNothing(toks, end, R))
      target = lastAgent(discourse, sources, eventAction(toks, end, R));
    // "called for the immediate withdrawal of the measures": whoever took them is urged to undo them.
    if (!target && action === "urged" && sources.length && isCollectiveOrOfficial(sources[0]) && undoAhead(toks, end, R)) target = lastAgent(discourse, sources);
    // "Mexico City had agreed to do more": one party agreeing to act agreed with the other side.
    if (!target && action === "agreed" && sources.length === 1 && isCollectiveActor(sources[0]) && infinitiveAfter(toks, end, R)) target = otherSide(discourse, sources);
    if (!sources.length && !target) continue;
    const verb = s.text.slice(t.start - s.start, toks[end - 1].end - s.start);
    const group = !target && sources.length && !passive ? groupObject(toks, end, discourse, sources) : [];
    if (group.length) {
      for (const obj of group)
        for (const src of sources) if (src !== obj && !(action === "urged" ? urgesOwnSide(src, obj) : sameSide(src, obj))) out.push({ sources: [src], target: obj, action: action, verb, at: t.start });
      k = end - 1;
      continue;
    }
    // "X, Y and Z agreed to restore ties with W": the agreement is with W, not among X, Y and Z.
    const partner = !target && SYMMETRIC.has(action) && sources.length >= 2 ? withPartner(toks, end, ms, sources) : undefined;
    if (partner) target = partner;
    if (target && sources.length) {
      // An official does not meet, agree with or urge their own state ("Wen warned that China would act").
      // "urged Japan and South Korea to ...": every party listed is an object; "urged both countries": the last group named.
      const objects = isActor(target) ? [target, ...listedAfter(toks, ms, target)] : [target];
      for (const obj of objects)
        for (const src of sources)
          if (src !== obj && !(SYMMETRIC.has(action) && sameSide(src, obj)) && !(action === "urged" && urgesOwnSide(src, obj)))
            out.push({ sources: [src], target: obj, action: action, verb, at: t.start });
      // Meeting is mutual; agreeing is when it is "agreed with" someone ("agreed that Taipei could ..." is not).
      const mutual = action === "met" || (t.lemma === "agree" && toks[target.i - 1]?.norm === "with" && !partner);
      if (SYMMETRIC.has(action) && mutual && isActor(target))
        for (const src of sources) if (src.type === target.type && !sameSide(src, target)) out.push({ sources: [target], target: src, action: action, verb, at: t.start });
      // "The United States and the European Union agreed to ...", "signed the pact": the parties agreed with each other
      // too; not when they act together toward a third party ("stand with Riyadh").
      if (SYMMETRIC.has(action) && sources.length >= 2 && (action === "met" || target.type === "agreement")) out.push(...pairs(sources, action, verb, t.start));
      // "signed a supply agreement with EGAT": the party it was signed with agreed to it too.
      if (action === "agreed" && target.type === "agreement" && toks[target.j]?.norm === "with") {
        const partner = ms.find((m) => (m.i === target!.j + 1 || (m.i === target!.j + 2 && ARTICLES.has(toks[target!.j + 1].norm))) && isActor(m));
        if (partner && !sources.includes(partner)) out.push({ sources: [partner], target, action, verb, at: t.start });
      }
      // A measure imposed, filed, suspended ... belongs to whoever did it.
      // One who challenges a fine files against it; only a complaint is the filer's own.
      if (target.type === "measure" && !target.owner && !target.country && OWNED_BY_ACTOR.has(action) && (action !== "filed" || target.family === "complaint")) target.owner = sources[0];
      // One lifting or extending it is no owner, but most often the owner: resolution looks for their measure of the kind.
      else if (target.type === "measure" && !target.owner && !target.country && HELD_BY_ACTOR.has(action)) target.holder = sources[0];
    } else if (SYMMETRIC.has(action) && sources.length >= 2) out.push(...pairs(sources, action, verb, t.start));
    k = end - 1;
  }
  return out;
}

function pairs(parties: Mention[], action: Action, verb: string, at: number): RawRelation[] {
  return parties.flatMap((a) => parties.filter((b) => b !== a && !sameSide(a, b)).map((b) => ({ sources: [a], target: b, action, verb, at })));
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
  const pastAdjective = isPastFormAsAdjective(toks, k);
  if (t.pos !== "VERB" && !pastAdjective && !(t.pos === "NOUN" && toks[k - 1]?.norm === "to")) return undefined;
  const entries = R.verbs.get(t.lemma) ?? R.verbs.get(t.norm) ?? (pastAdjective ? (R.verbs.get(t.norm.slice(0, -2)) ?? R.verbs.get(t.norm.slice(0, -1))) : undefined);
  if (!entries) return undefined;
  for (const e of entries) {
    let end = k + 1;
    if (e.rest.length) {
      // "hold (bureau-chief-level) talks", "put ... on hold", "pull out of".
      let ok = true;
      for (const w of e.rest) {
        let found = -1;
        for (let q = end; q < Math.min(toks.length, end + 6); q++)
          if (toks[q].norm === w || toks[q].lemma === w) {
            found = q;
            break;
          }
        if (found < 0) {
          ok = false;
          break;
        }
        end = found + 1;
      }
      if (!ok) continue;
    }
    if (e.particle && !toks.slice(end, end + 12).some((x) => x.norm === e.particle)) continue;
    if (e.objects && !e.objects.includes("any")) {
      // The sense follows the object: "removed South Korea from" vs "removed the curbs".
      // In the passive the object is the subject: "Zhan was detained by the coast guard".
      // "X was granted a waiver": a verb of giving keeps its object in the passive.
      const passive = isPassive(toks, k) && !GIVING.has(toks[k].lemma);
      // An actor too where the verb takes one: a short name the article gave in full ("urged Brunnmatt to ...").
      const kinds: VerbEntry = { ...ANY, particle: e.particle, objects: e.objects.includes("actor") ? ["any", "actor"] : undefined };
      const first = passive ? passiveSubject(ms, k, () => true, toks, R) : (objectOf(toks, end, ms, kinds, R) ?? relativeHead(toks, k, ms, ms.filter(isActor)));
      if (e.objects.includes("talks") && talksAhead(toks, end, R)) return { entry: e, end }; // "froze exchanges with Tokyo"
      if (e.objects.includes("talks") && FLOW_ACTIONS.has(e.action) && flowPartner(toks, end, ms, R)) return { entry: e, end }; // "cut off supplies to Iran"
      if (e.action === "urged" && undoAhead(toks, end, R)) return { entry: e, end }; // "demanded the withdrawal of the measures"
      if (e.action === "agreed" && APPROVING.has(toks[k].lemma) && eventOrNothing(toks, end, R)) return { entry: e, end }; // "backed the decision"
      // "Canada and Chile agreed to suspend ...": no object, but coordinated parties agree with each other.
      const toVerb = !first && SYMMETRIC.has(e.action) && infinitiveAfter(toks, end, R);
      const group = !first && e.objects.includes("actor") && groupPhraseEnd(toks, GROUP_PREPS.has(toks[end]?.norm ?? "") ? end + 1 : end) >= 0; // "urged both sides"
      if (!toVerb && !group && (!first || !fits(e, first, toks, R))) continue;
    }
    return { entry: e, end };
  }
  return undefined;
}

const ANY: VerbEntry = { form: "", action: "imposed" };
const QUOTE_MARKS = new Set(['"', "\u201d"]);

/** The measure or agreement a relative clause hangs on: "a complaint [that] it filed". */
function relativeHead(toks: Token[], k: number, ms: Mention[], sources: Mention[]): Mention | undefined {
  let q = k - 1;
  while (q >= 0 && (toks[q].pos === "AUX" || toks[q].pos === "ADV")) q--;
  const subj = sources.find((m) => m.j === q + 1);
  let start = subj ? subj.i : toks[q] && toks[q].pos === "PRON" ? q : -1;
  if (start < 0) return undefined;
  // "that Nepal's Department of Customs had slapped": back over the subject's possessor.
  const possessor = isPossessive(toks[start - 1]) ? ms.find((m) => m.j === start - 1 || m.j === start) : undefined;
  if (possessor && possessor.i < start) start = possessor.i;
  const rel = ["that", "which"].includes(toks[start - 1]?.norm ?? "");
  const before = rel ? start - 1 : start;
  const head = ms.find((m) => m.j === before && (m.type === "measure" || m.type === "agreement"));
  if (head || toks[before - 1]?.norm !== "," || !rel) return head;
  // "the tariffs on barley (in May), which Beijing lifted": the measure before the comma and its complements.
  for (let q = before - 2; q >= 0 && q >= before - 8; q--) {
    if (toks[q].pos === "VERB" || toks[q].pos === "AUX" || CLAUSE_STOP.has(toks[q].norm)) return undefined;
    const m = ms.find((x) => x.j === q + 1 && (x.type === "measure" || x.type === "agreement"));
    if (m) return m;
  }
  return undefined;
}

/** What a verb's action may take as its target. */
function fits(e: VerbEntry, m: Mention, toks: Token[], R: Rules): boolean {
  const kinds = e.objects ?? ["any"];
  return kinds.some((kind) => {
    switch (kind) {
      case "any":
        return !(m.type === "person" && m.anaphoric && !m.description && !m.key);
      case "actor":
        return isActor(m);
      case "measure":
        return m.type === "measure";
      case "agreement":
        return m.type === "agreement";
      case "complaint":
        return m.type === "measure" && m.family === "complaint";
      case "talks":
        return R.talkNouns.has(toks[m.i]?.norm ?? "");
    }
  });
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
  // 'they "deeply regret" the reimposition': the closing quote of a quoted verb is no clause end.
  if (QUOTE_MARKS.has(toks[from]?.norm ?? "")) from++;
  for (const m of ms) {
    if (m.i < from) continue;
    if (m.i > from + 14) break;
    const between = toks.slice(from, m.i);
    // An object comes before the first comma: "..., a senior White House official said" is another clause.
    if (between.some((t) => t.norm === ",")) break;
    if (between.some((t) => CLAUSE_STOP.has(t.norm) || (t.norm === "and" && toks[m.i - 1]?.norm !== "and"))) break;
    // "warned that Peru's tariffs would ...": the owner of what was said to do harm is not the one warned.
    if (R.speech.has(e.form) && isPossessive(toks[m.j]) && between.some((t) => t.norm === "that")) break;
    if (between.some((t) => t.pos === "VERB" && !/ing$/.test(t.norm) && !R.talkNouns.has(t.norm))) break;
    // "retaliated by ordering a freeze": the means is the participle's object, not this verb's.
    if (between.some((t, q) => t.norm === "by" && /ing$/.test(between[q + 1]?.norm ?? ""))) break;
    if (ms.some((x) => x.i === m.j)) continue; // a modifier of the next name: "its WTO complaint", "U.S. tariffs"
    if (m.type === "country" && qualifiesName(toks, ms, m.j)) continue; // "US cloud provider Helix Cloud": the company
    // "extended the captain's detention": the possessed measure is the object.
    const possessed = isPossessive(toks[m.j]) ? ms.find((x) => x.i === m.j + 1 && x.type === "measure") : undefined;
    if (possessed && fits(e, possessed, toks, R)) return possessed;
    // A name inside what a plain noun's phrase says is not the object: "removing the main irritant in a standoff
    // between Washington and Ankara", "demanded the restoration of supplies to the EU", "released the captain ... with China".
    // "suspended its participation in the grain deal": the party's share in it stands for it.
    if (PARTICIPATION_ACTIONS.has(e.action) && participationIn(toks, from, m)) return m;
    const prev = governingPreposition(toks, from, m.i);
    // "took its fight over wine to the European Court of Justice": the body a verb's particle names.
    if (e.particle && prev === e.particle && m.type === "organization" && VENUES.test(m.text) && !isPossessive(toks[m.j]) && fits(e, m, toks, R)) return m;
    if (plainNounBefore(toks, from, m.i, ms)) break;
    if (LOCATIVE.has(prev) && !isPossessive(toks[m.j]) && prev !== e.particle) {
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
  // "cut off supplies to Iran": a verb for cutting talks cuts a flow too.
  if (FLOW_ACTIONS.has(e.action) && (!e.objects || e.objects.includes("talks"))) return flowPartner(toks, from, ms, R);
  return undefined;
}

const FLOW_ACTIONS = new Set<Action>(["suspended", "resumed"]);
/** Where a dispute is taken: a court, a tribunal, an arbitration body, the WTO. */
const VENUES = /\b(court|tribunal|arbitration|panel|WTO|World Trade Organization|ICSID)\b/i;

/** Actions done to someone, whom a pronoun or "the company" may name. */
const PERSONAL_OBJECTS = new Set<Action>(["criticized", "urged", "met", "rejected"]);

/**
 * Who the object after `end` refers to: "him"/"her", the last person named (in the sentence, else before it);
 * "the company", "the regulator", the last organization; never one of `sources`.
 */
function objectReference(toks: Token[], end: number, k: number, ms: Mention[], sources: Mention[], R: Rules, d: Discourse): Mention | undefined {
  const t = toks[end];
  if (!t) return undefined;
  const free = (m: Mention | undefined) => (m && !sources.includes(m) && !onSideOf(sources, m) ? m : undefined);
  if (t.pos === "PRON" && (t.norm === "him" || t.norm === "her")) return free(ms.filter((m) => m.j <= k && m.type === "person").pop() ?? d.lastPerson);
  // "accused the (Russian) company of ...": the organization of that kind.
  const kind = toks.findIndex((x, q) => q > end && q <= end + 4 && R.orgNouns.has(x.norm));
  if (t.norm === "the" && kind > 0 && definiteBefore(toks, ms, kind) && toks[kind + 1]?.pos !== "NOUN")
    return free(ms.filter((m) => m.j <= k && m.type === "organization").pop() ?? describedBody(toks[kind].norm, R, d));
  return undefined;
}

const PARTICIPATION_ACTIONS = new Set<Action>(["suspended", "resumed", "terminated"]);

/** `m` follows "(its) participation in" right after the verb. */
function participationIn(toks: Token[], from: number, m: Mention): boolean {
  const q = m.i - 1 - (ARTICLES.has(toks[m.i - 1]?.norm ?? "") ? 1 : 0);
  return toks[q]?.norm === "in" && PARTICIPATION.has(toks[q - 1]?.norm ?? "") && q - 1 - from <= 1 && (m.type === "agreement" || m.type === "organization");
}

const FLOW_PREPOSITIONS = new Set(["to", "from", "with", "in", "into", "of"]);

/** The actor a flow named right after the verb goes to or comes from: "(all) (gas) supplies (of gas) to Ukraine". */
function flowPartner(toks: Token[], from: number, ms: Mention[], R: Rules): Mention | undefined {
  let q = from;
  // "stopped pumping natural gas to Iran": a verb of moving goods names the flow itself.
  const moving = toks[q]?.pos === "VERB" && toks[q].norm.endsWith("ing") && FLOW_VERBS.has(toks[q].lemma);
  if (moving) q++;
  // "the issuance of visas": a noun's "of" leads on to the flow.
  while (
    q < toks.length &&
    q < from + 6 &&
    !R.flowNouns.has(toks[q].norm) &&
    (["DET", "ADJ", "NOUN", "PRON", "NUM", "PROPN"].includes(toks[q].pos) || (toks[q].norm === "of" && toks[q - 1]?.pos === "NOUN"))
  )
    q++;
  if (moving)
    q--; // the flow's words end here; its prepositions follow
  else if (!R.flowNouns.has(toks[q]?.norm ?? "") || ms.some((m) => m.i <= q && q < m.j)) return undefined;
  for (let r = q + 1; r < Math.min(toks.length, q + 6); r++) {
    const t = toks[r];
    if (t.norm === "," || t.pos === "VERB" || CLAUSE_STOP.has(t.norm)) return undefined;
    if (!FLOW_PREPOSITIONS.has(t.norm)) continue;
    // "to and from Toronto": the name after the last preposition of the pair.
    let at = toks[r + 1]?.norm === "and" && FLOW_PREPOSITIONS.has(toks[r + 2]?.norm ?? "") ? r + 3 : r + 1;
    // Past "(the) several", "all": "from several Australian abattoirs".
    while (at < r + 4 && ["DET", "ADJ", "NUM"].includes(toks[at]?.pos ?? "") && !ms.some((x) => x.i === at)) at++;
    const m = ms.find((x) => x.i === at);
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
export function isCollectiveOrOfficial(m: Mention): boolean {
  // A surname alone ("Narongchai rejected ...") stands for one the article named, most often with a title.
  return isCollectiveActor(m) || (m.type === "person" && (!!m.role || !!m.known || !!m.anaphoric));
}

/** "Latvia also protested": "also" just before the verb joins an earlier act of the kind. */
export function also(toks: Token[], k: number): boolean {
  return toks.slice(Math.max(0, k - 3), k).some((t) => t.norm === "also");
}

/** The action the event noun after a verb names ("the expulsion": removed), if it names one. */
export function eventAction(toks: Token[], from: number, R: Rules): Action | undefined {
  return R.eventActions.get(toks[eventNounAt(toks, from).at]?.norm ?? "");
}

/** What follows a verb names an act rather than an entity: "the decision", "this move", "the accusations", "this". */
export function eventOrNothing(toks: Token[], from: number, R: Rules): boolean {
  const { at, start } = eventNounAt(toks, from);
  const t = toks[at];
  if (!t) return false;
  return R.eventNouns.has(t.norm) || (at === start && (t.norm === "this" || t.norm === "it"));
}

/** Where the noun after a verb stands, past a closing quote, adverbs, determiners and adjectives ('"deeply regret" the sudden reimposition'). */
function eventNounAt(toks: Token[], from: number): { at: number; start: number } {
  const start = QUOTE_MARKS.has(toks[from]?.norm ?? "") ? from + 1 : from;
  let at = start;
  while (at < toks.length && (toks[at].pos === "ADV" || toks[at].pos === "DET" || toks[at].pos === "ADJ")) at++;
  return { at, start };
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

/** What stands between a verb and the group it acts on: "called on both sides", "met with", "appealed to both governments". */
const GROUP_PREPS = new Set(["on", "with", "to"]);

/** "urged both countries to ...", "called on the two sides", "urged these states": the parties meant, less the speaker's own side. */
function groupObject(toks: Token[], end: number, d: Discourse, sources: Mention[]): Mention[] {
  let q = end;
  if (GROUP_PREPS.has(toks[q]?.norm ?? "")) q++; // "called on", "met with", "appealed to"
  if (groupPhraseEnd(toks, q) < 0) return [];
  // "both", "the two": the two parties the article is about; "these", "all": the last group named.
  if (toks[q].norm === "both" || toks[q + 1]?.norm === "two") return twoParties(d, sources);
  return (d.lastGroup ?? []).filter((m) => !sources.includes(m) && !onSideOf(sources, m));
}

/** "to" and a verb at q, past a time phrase between ("agreed in April to suspend", "agreed on Monday to resume"). */
function infinitiveAfter(toks: Token[], q: number, R: Rules): boolean {
  if (toks[q]?.norm === "in" || toks[q]?.norm === "on" || toks[q]?.norm === "last" || toks[q]?.norm === "this") {
    let p = q + 1;
    while (p < q + 4 && toks[p] && (R.calendar.has(toks[p].norm) || toks[p].pos === "NUM" || toks[p].norm === "," || /^(week|month|year|day)s?$/.test(toks[p].norm))) p++;
    if (p > q + 1) q = p;
  }
  return toks[q]?.norm === "to" && toks[q + 1]?.pos === "VERB";
}

/** Verbs of giving: their passive subject receives what follows ("X was granted a waiver"). */
const GIVING = new Set(["grant", "give", "award"]);

/**
 * "China and India had been granted waivers": the measure is aimed at those who received it,
 * and is kept by the agent ("by the Treasury") or, when none is said, by whoever reports it.
 */
function grantedTo(toks: Token[], ms: Mention[], k: number, given: Mention, s: Sentence, R: Rules, d: Discourse, out: RawRelation[], t: Token): void {
  const first = passiveSubject(ms, k, isActor);
  const recipients = first ? coordination(toks, ms, first) : [];
  given.targets = [...(given.targets ?? []), ...recipients.filter((m) => !given.targets?.includes(m))];
  const agents = byAgents(toks, ms, k);
  let keeper: Mention | undefined = agents[0];
  if (!keeper) {
    // The one who says so: "Pompeo said China ... had been granted waivers".
    const speech = toks.findIndex((x, q) => q < k && x.pos === "VERB" && R.speech.has(x.lemma));
    const said = speech >= 0 ? subjectOf(toks, speech, ms, R, d) : [];
    keeper = said === "skip" ? undefined : said.find((m) => !recipients.includes(m));
  }
  if (!keeper) return;
  if (!given.owner && !given.country) given.owner = keeper;
  out.push({ sources: [keeper], target: given, action: "imposed", verb: t.text, at: t.start });
}
