// Stage 5c: relations stated by a frame rather than a verb and its object: nouns ("in
// retaliation for", "X's call for", "a phone call between X and Y"), judgments ("called the
// ban unacceptable") and emotions ("deeply disappointed by").
import { lastActedOn, lastAgent, onSideOf, otherSide, type Discourse } from "./discourse.ts";
import { isActor, isCap, isPossessive, joinedMeasure, possessedBy, type Mention } from "./mention.ts";
import { also, eventAction, eventOrNothing, isCollectiveOrOfficial, type RawRelation } from "./relations.ts";
import { byAgents, demanded, isPassive, listedAfter, negated, sameSide, subjectOf, urgesOwnSide } from "./subjects.ts";
import type { Rules } from "./rules.ts";
import { sentiment, type Sentence, type Token } from "./tokens.ts";
import { ABOUT, ARTICLES, BE, CLAUSE_STOP, PREPOSITIONS } from "./words.ts";

/** Every relation the sentence states by a frame. */
export function findFrames(s: Sentence, ms: Mention[], R: Rules, d: Discourse): RawRelation[] {
  const out: RawRelation[] = [];
  const toks = s.tokens;
  // One pass, each frame tried only where its word stands: most tokens open none.
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    const nominal = R.nominal.get(t.norm);
    if (nominal === "retaliated") nominalRetaliationAt(s, k, ms, out);
    else if (nominal === "urged") nominalCallAt(s, k, ms, d, out);
    else if (nominal === "agreed" && t.pos === "NOUN") nominalSupportAt(s, k, ms, R, d, out);
    if (t.pos === "VERB" && R.judgingVerbs.has(t.lemma)) judgmentAt(s, k, ms, R, d, out);
    if (t.pos === "VERB" && (R.speech.has(t.lemma) || R.complaintVerbs.has(t.lemma))) reportedJudgmentAt(s, k, ms, R, d, out);
    if (t.pos === "VERB" && (R.envoyVerbs.has(t.lemma) || R.tieVerbs.has(t.lemma))) diplomacyAt(s, k, ms, R, d, out);
    if (t.pos === "VERB" && R.summonVerbs.has(t.lemma)) summonAt(s, k, ms, R, d, out);
    if (t.pos === "VERB" && LISTING.has(t.lemma)) listingAt(s, k, ms, R, d, out);
    if (R.emotions.has(t.norm) || R.emotions.has(t.lemma)) emotionAt(s, k, ms, R, d, out);
    if (PROTESTS.has(t.norm) && t.pos === "NOUN") protestAt(s, k, ms, R, d, out);
    if (WITHDRAWALS.has(t.norm) && toks[k + 1]?.norm === "from") withdrawalAt(s, k, ms, R, d, out);
    // wink-nlp may tag a meeting noun as a verb after a modifier ("telephone calls"), or as a name opening the sentence.
    if (R.meetingNouns.has(t.norm) && (t.pos === "NOUN" || (t.pos === "VERB" && MODIFIER_TAGS.has(toks[k - 1]?.pos ?? "")) || (t.pos === "PROPN" && k === 0))) meetingAt(s, k, ms, R, d, out);
  }
  return out;
}

/** "in retaliation against/for X", "as retribution for X": the sentence's subject retaliated. */
function nominalRetaliationAt(s: Sentence, k: number, ms: Mention[], out: RawRelation[]): void {
  const toks = s.tokens;
  const t = toks[k];
  // "a response to X" answers X only with "to", and the verb's own subject is the one who answers.
  if (t.norm === "response" && toks[k + 1]?.norm !== "to") return;
  const opener = toks[k - 1]?.norm === "in" || toks[k - 1]?.norm === "as" || toks[k - 1]?.norm === "for";
  if (!opener && !(t.norm === "response" && ARTICLES.has(toks[k - 2]?.norm ?? toks[k - 1]?.norm ?? ""))) return;
  // "saw the moves as retribution for ...": a judgment of someone else's moves, not the subject's act.
  if (toks[k - 1].norm === "as" && toks.slice(Math.max(0, k - 6), k - 1).some((x) => x.pos === "VERB" && SEEING.has(x.lemma))) return;
  // "for the court decision": the court only modifies what is answered.
  const target = ms.find((m) => m.i > k && m.i <= k + 4 && (isActor(m) || m.type === "measure") && !(toks[m.j]?.pos === "NOUN" && !isPossessive(toks[m.j])));
  const source = ms.filter((m) => m.j <= k && (isActor(m) || m.type === "measure") && !isPossessive(toks[m.j])).shift();
  if (target && source && source !== target) out.push({ sources: [source], target, action: "retaliated", verb: t.text, at: t.start });
}

/** Verbs that take "X as Y": seeing or calling something retribution is not retaliating. */
const SEEING = new Set(["see", "view", "regard", "describe", "consider", "call", "portray", "interpret", "perceive", "characterize", "characterise", "denounce", "condemn", "criticize", "criticise"]);

/** "X's call for ..." / "X's demand": X urged whoever the sentence's subject is (or the other side). */
function nominalCallAt(s: Sentence, k: number, ms: Mention[], d: Discourse, out: RawRelation[]): void {
  const toks = s.tokens;
  const t = toks[k];
  if (!isPossessive(toks[k - 1])) return;
  const source = ms.find((m) => m.j === k - 1 && isActor(m));
  if (!source) return;
  const subj = ms.find((m) => m.j <= source.i && isActor(m) && m !== source && !PREPOSITIONS.has(toks[m.i - 1]?.norm ?? "") && !isPossessive(toks[m.j]));
  const target = subj ?? otherSide(d, [source]);
  if (target) out.push({ sources: [source], target, action: "urged", verb: t.text, at: t.start });
}

/**
 * "Latvia and Lithuania voiced their support for Tallinn", "expressed full support for the decision":
 * the subject of a verb that states support agreed with whom it supports (for a decision, whoever took it).
 */
function nominalSupportAt(s: Sentence, k: number, ms: Mention[], R: Rules, d: Discourse, out: RawRelation[]): void {
  const toks = s.tokens;
  if (toks[k + 1]?.norm !== "for") return;
  let v = k - 1;
  while (v >= 0 && v >= k - 4 && toks[v].pos !== "VERB") v--;
  if (v < 0 || !STATING_SUPPORT.has(toks[v].lemma) || negated(toks, v, R) || toks[v - 1]?.norm === "to") return;
  const sources = subjectOf(toks, v, ms, R, d);
  if (sources === "skip" || !sources.length) return;
  const named = ms.find((m) => m.i > k + 1 && m.i <= k + 4 && (isActor(m) || m.type === "measure" || m.type === "agreement") && !ms.some((x) => x.i === m.j));
  const target = named ?? (eventOrNothing(toks, k + 2, R) ? lastAgent(d, sources) : undefined);
  if (target) for (const src of sources) if (src !== target && !sameSide(src, target)) out.push({ sources: [src], target, action: "agreed", verb: toks[k].text, at: toks[k].start });
}

/** Verbs that state one's support: "voiced", "expressed", "reiterated" it. */
const STATING_SUPPORT = new Set(["voice", "express", "declare", "reiterate", "pledge", "offer", "lend", "signal", "show", "give", "reaffirm", "confirm"]);

/**
 * "Malaysia lodged a formal protest with Indonesia", "handed a protest note to the ambassador":
 * the one who lodges it criticized the one it is lodged with, else the party that acted last.
 */
function protestAt(s: Sentence, k: number, ms: Mention[], R: Rules, d: Discourse, out: RawRelation[]): void {
  const toks = s.tokens;
  let v = k - 1;
  while (v >= 0 && v >= k - 4 && toks[v].pos !== "VERB") v--;
  // Not one handed a protest ("was summoned and handed a protest note") nor an errand's ("summoned X to hand him a note of protest").
  if (v < 0 || !LODGING.has(toks[v].lemma) || negated(toks, v, R) || isPassive(toks, v) || toks[v - 1]?.norm === "to" || toks[v - 1]?.norm === "and") return;
  let q = k + 1;
  if (toks[q]?.norm === "note" || toks[q]?.norm === "notes") q++;
  const named = toks[q]?.norm === "with" || toks[q]?.norm === "to" ? ms.find((m) => m.i > q && m.i <= q + 3 && isActor(m)) : undefined;
  const subj = subjectOf(toks, v, ms, R, d);
  if (subj === "skip" || !subj.length) return;
  const target = named ?? lastAgent(d, subj);
  if (target) for (const src of subj) if (src !== target && !sameSide(src, target)) out.push({ sources: [src], target, action: "criticized", verb: toks[k].text, at: toks[k].start });
}

/**
 * "Niger, Mali and Burkina Faso announced their withdrawal from ECOWAS", "Nicaragua, which completed its
 * withdrawal from the OAS", "Britain's exit from the EU": whose withdrawal it is terminated its part in
 * the body or pact. Not one asked for ("called for Russia's withdrawal from ...") nor only threatened.
 */
function withdrawalAt(s: Sentence, k: number, ms: Mention[], R: Rules, d: Discourse, out: RawRelation[]): void {
  const toks = s.tokens;
  const from = ms.find((m) => m.i > k + 1 && m.i <= k + 3 && (m.type === "organization" || m.type === "agreement"));
  if (!from) return;
  let q = k - 1;
  while (q >= 0 && (toks[q].pos === "ADJ" || toks[q].pos === "ADV")) q--; // "its formal withdrawal"
  let sources: Mention[] = [];
  const owner = ms.find((m) => m.j === q && isPossessive(toks[q]) && isActor(m));
  if (owner) sources = [owner];
  else if (toks[q]?.norm === "its" || toks[q]?.norm === "their") {
    const v = q - 1;
    if (toks[v]?.pos !== "VERB" || !STATING_ACTS.has(toks[v].lemma) || negated(toks, v, R) || demanded(toks, v) || toks[v - 1]?.norm === "to") return;
    const subj = subjectOf(toks, v, ms, R, d);
    if (subj === "skip") return;
    sources = subj;
  }
  // "called for Russia's withdrawal from the treaty": asked for, not done.
  if (toks.slice(Math.max(0, q - 4), q).some((x) => x.pos === "VERB" && ASKING.has(x.lemma))) return;
  for (const src of sources) if (src !== from && !sameSide(src, from)) out.push({ sources: [src], target: from, action: "terminated", verb: toks[k].text, at: toks[k].start });
}

const WITHDRAWALS = new Set(["withdrawal", "exit", "departure", "pullout", "pull-out"]);
/** Verbs whose object is one's own act, done: "announced", "completed", "confirmed" it. */
const STATING_ACTS = new Set(["announce", "complete", "confirm", "finalize", "finalise", "formalize", "formalise", "notify", "begin", "start", "declare"]);
const ASKING = new Set(["call", "demand", "urge", "ask", "seek", "request", "want", "propose", "threaten", "consider"]);

/** Nouns of a formal protest, and the verbs that lodge one. */
const PROTESTS = new Set(["protest", "démarche", "demarche"]);
const LODGING = new Set(["lodge", "file", "deliver", "hand", "send", "submit", "make", "register", "issue", "lodged"]);

/** "The Kremlin called the measures unacceptable", "described the ban as politically motivated": criticized. */
function judgmentAt(s: Sentence, k: number, ms: Mention[], R: Rules, d: Discourse, out: RawRelation[]): void {
  const toks = s.tokens;
  const t = toks[k];
  // Not a phrasal verb: "called on", "called for", "called off the tariffs".
  if (["on", "for", "off", "up", "in", "out", "back", "upon"].includes(toks[k + 1]?.norm ?? "")) return;
  const named = ms.find((m) => m.i > k && m.i <= k + 5 && (isActor(m) || m.type === "measure") && !ms.some((x) => x.i === m.j));
  // "called the decision a hostile act": what was done, by whoever acted last.
  const event = !named && eventOrNothing(toks, k + 1, R) && toks[k + 1]?.norm !== "it" ? objectEnd(toks, k + 1) : -1;
  if (!named && event < 0) return;
  const after = toks.slice(named ? named.j : event, (named ? named.j : event) + 8);
  const window = after.map((x) => x.norm);
  // The lexicon's words, else wink-nlp's polarity of what follows ("a stab in the back").
  const judged = hasNegativeWords(window, R) || soundsNegative(s, after);
  if (!judged || negated(toks, k, R)) return;
  const subj = subjectOf(toks, k, ms, R, d);
  if (subj === "skip") return;
  const target = named ?? (subj.length && isCollectiveOrOfficial(subj[0]) ? lastAgent(d, subj, eventAction(toks, k + 1, R)) : undefined);
  if (target) for (const src of subj) if (src !== target) out.push({ sources: [src], target, action: "criticized", verb: t.text, at: t.start });
}

/**
 * Criticism in what is said: "X complained that Peru had broken the rules", "X said Peru's
 * tariffs were illegal", "warned that the countermeasures would be counterproductive". A verb
 * of complaint criticizes the subject of the clause it reports; another verb of saying only
 * when the clause judges it (a negative word of the lexicon, or negative sentiment).
 */
function reportedJudgmentAt(s: Sentence, k: number, ms: Mention[], R: Rules, d: Discourse, out: RawRelation[]): void {
  const toks = s.tokens;
  const t = toks[k];
  let q = k + 1;
  while (toks[q]?.pos === "ADV") q++;
  // "complained to Peru that ...": past the one spoken to.
  if (toks[q]?.norm === "to") q = ms.find((m) => m.i === q + 1 || m.i === q + 2)?.j ?? q;
  const that = toks[q]?.norm === "that";
  if (that) q++;
  let target = ms.find((m) => m.i === q || (m.i === q + 1 && ARTICLES.has(toks[q].norm)));
  // "said the decision was deeply regrettable": what was done, by whoever acted last.
  if (!target && eventOrNothing(toks, q, R) && toks[q]?.norm !== "it" && toks[q]?.norm !== "this") return eventJudgment(s, k, q, ms, R, d, out);
  if (!target || !(isActor(target) || target.type === "measure")) return;
  // "that Peru's tariffs were illegal": the measure, whose owner the criticism reaches too.
  if (isPossessive(toks[target.j])) target = ms.find((m) => m.i > target!.j && m.i <= target!.j + 4 && m.type === "measure") ?? target;
  const verbAfter = toks.slice(target.j, target.j + 4).some((x) => x.pos === "AUX" || x.pos === "VERB");
  if (!that && !verbAfter) return; // "said Peru" is no clause
  // Each speaker of the clause against its subject, none on its side.
  const said = (action: "urged" | "criticized", to: Mention): void => {
    const subj = subjectOf(toks, k, ms, R, d);
    if (subj === "skip") return;
    for (const src of subj)
      if (src !== to && !(action === "urged" ? urgesOwnSide(src, to) : sameSide(src, to) || onSideOf([src], to))) out.push({ sources: [src], target: to, action, verb: t.text, at: t.start });
  };
  // "said Cairo should suspend the duties", "insisted that Lima must pay": what one says another must do is urging it.
  if (isActor(target) && OBLIGING.has(toks[target.j]?.norm ?? "") && !negated(toks, k, R)) return said("urged", target);
  let end = target.j;
  while (end < toks.length && end < target.j + 12 && ![",", ";", ":"].includes(toks[end].norm)) end++;
  const after = toks.slice(target.j, end);
  if (!after.length || negated(toks, k, R)) return;
  const window = after.map((x) => x.norm);
  const complaint = R.complaintVerbs.has(t.lemma);
  // Sentiment only where the clause says what its subject is or would do ("were unfair", "would hurt trade"), not
  // what happened to whom ("X in a letter apologized for the downing of ..."), and with no negation ("were not linked").
  const predicate = toks[target.j]?.pos === "AUX";
  const judged = complaint || hasNegativeWords(window, R) || (predicate && !window.some((w) => R.negation.has(w)) && soundsNegative(s, after));
  // "the levies could return": whose levies is not known yet, and may be the speaker's own; unless another party
  // was seen imposing one of that kind ("Chile imposed tariffs. Peru said the tariffs breached ...").
  const unowned = target.type === "measure" && !target.owner && !target.country;
  if (!judged || (!complaint && unowned && !imposedByOther(target, subjectOf(toks, k, ms, R, d), d))) return;
  said("criticized", target);
}

/** A measure of this one's kind was imposed in the story by a party on no speaker's side. */
function imposedByOther(m: Mention, speakers: Mention[] | "skip", d: Discourse): boolean {
  if (speakers === "skip" || !speakers.length) return false;
  return (d.acts ?? []).some((a) => a.action === "imposed" && a.target.type === "measure" && a.target.family === m.family && !speakers.includes(a.agent) && !onSideOf(speakers, a.agent));
}

/** What one party says another must do. */
const OBLIGING = new Set(["should", "must"]);

/** Below this, wink-nlp's sentiment of a judgment is negative ("simply unacceptable" -0.4, "a reset" 0). */
const NEGATIVE = -0.2;

/** One of the lexicon's negative judgments ("unacceptable", "a stab in the back") among these words. */
function hasNegativeWords(window: string[], R: Rules): boolean {
  return R.negativeJudgments.some((words) => window.some((_, q) => words.every((w, r) => window[q + r] === w)));
}

/** wink-nlp reads these tokens of the sentence (some, in order) as negative. */
function soundsNegative(s: Sentence, toks: Sentence["tokens"]): boolean {
  return toks.length > 0 && sentiment(s.text.slice(toks[0].start - s.start, toks[toks.length - 1].end - s.start)) <= NEGATIVE;
}
const EXPRESSING = new Set(["feel", "express", "voice", "remain", "become", "seem", "convey", "register"]);

/**
 * Meetings stated by a noun, each party met each other:
 * - "a phone call between X and Y", "talks in Lima between X and Y", "the conversation of X and Y";
 * - "calls made by X to Y and Z", "a call from X to Y";
 * - "X had a long conversation with Y", "X held talks with Y": the subject and the partner.
 */
function meetingAt(s: Sentence, k: number, ms: Mention[], R: Rules, d: Discourse, out: RawRelation[]): void {
  const toks = s.tokens;
  const t = toks[k];
  const met = (a: Mention, b: Mention) => {
    if (a !== b && !sameSide(a, b)) out.push({ sources: [a], target: b, action: "met", verb: t.text, at: t.start }, { sources: [b], target: a, action: "met", verb: t.text, at: t.start });
  };
  // "Peru's foreign minister, Jorge Salas": the person, not the possessor.
  const namedOfficial = (m: Mention | undefined) => m && possessedBy(toks, ms, m, 6, (x) => x.type === "person" && !x.description);
  const actorAfter = (q: number, like?: Mention) => ms.find((m) => m.i > q && m.i <= q + 4 && isActor(m) && (!like || (m.type === "person") === (like.type === "person")));
  // A short place or time may stand between the noun and "between": "talks in Lima on Monday between".
  let link = -1;
  for (let q = k + 1; q <= k + 6 && toks[q] && link < 0; q++) {
    if (toks[q].norm === "between") link = q;
    else if (["VERB", "AUX", "PUNCT", "CCONJ"].includes(toks[q].pos)) break;
  }
  if (link < 0 && toks[k + 1]?.norm === "of" && /^(call|calls|conversation|conversations)$/.test(t.norm)) link = k + 1;
  if (link >= 0) {
    const a = actorAfter(link);
    const b = a && partyAfterAnd(toks, a, a.j + 20, (q) => actorAfter(q, a));
    if (a && b) met(a, b);
    return;
  }
  // "calls (made) by X to Y and Z", "a call from X to Y".
  let by = k + 1;
  if (toks[by]?.pos === "VERB") by++;
  if (toks[by]?.norm === "by" || toks[by]?.norm === "from") {
    const a = namedOfficial(actorAfter(by));
    if (!a) return;
    let to = a.j;
    while (to < Math.min(toks.length, a.j + 20) && toks[to].norm !== "to" && toks[to].norm !== ";" && !CLAUSE_STOP.has(toks[to].norm)) to++;
    if (toks[to]?.norm !== "to") return;
    for (let b = actorAfter(to); b; b = partyAfterAnd(toks, b, b.j + 3, (q) => actorAfter(q))) met(a, b);
    return;
  }
  // "X had a long conversation with Y": a verb of having or holding just before the noun.
  if (toks[k + 1]?.norm !== "with") return;
  let v = k - 1;
  while (v >= 0 && v >= k - 4 && toks[v].pos !== "VERB" && toks[v].pos !== "AUX") v--;
  // "X travelled to Ashgabat on Tuesday for talks with Y": the talks are the trip's, and its traveller's.
  let p = k - 1;
  while (p > 0 && toks[p].pos === "ADJ") p--;
  if (PURPOSE.has(toks[p]?.norm ?? "") && !(v >= 0 && HOLDING.has(toks[v].lemma))) {
    v = p - 1;
    while (v >= 0 && v >= p - 15 && !(toks[v].pos === "VERB" && toks[v].norm !== toks[v].lemma + "ing")) v--;
    if (v < 0 || !VISITING.has(toks[v].lemma)) return;
  } else if (v < 0 || !HOLDING.has(toks[v].lemma)) return;
  if (negated(toks, v, R)) return;
  // "with Turkmen Deputy Prime Minister Batyr Orazov": past a long title.
  const titled = ms.find((m) => m.type === "person" && m.i > k + 1 && m.i <= k + 8 && toks.slice(k + 2, m.i).every((x) => isCap(x) || R.roleWords.has(x.norm)));
  const partner = namedOfficial(actorAfter(k + 1) ?? titled);
  const subjects = partner ? subjectOf(toks, v, ms, R, d) : "skip";
  if (subjects !== "skip") for (const a of subjects) met(a, partner!);
}

const HOLDING = new Set(["have", "hold", "conduct"]);
/** "for talks with", "in talks with": the purpose of a trip. */
const PURPOSE = new Set(["for", "in"]);
/** Verbs of going to meet: "travelled to Ashgabat for talks with", "flew to Lima for consultations with". */
const VISITING = new Set(["travel", "fly", "go", "arrive", "visit", "head", "come", "meet", "lead", "send"]);
const MODIFIER_TAGS = new Set(["NOUN", "ADJ", "DET", "NUM"]);

/** The next party after "and" (past an apposition about the last one), before `limit`. */
function partyAfterAnd(toks: Sentence["tokens"], last: Mention, limit: number, at: (q: number) => Mention | undefined): Mention | undefined {
  for (let q = last.j; q < Math.min(toks.length, limit); q++) {
    if (toks[q].norm === ";" || CLAUSE_STOP.has(toks[q].norm)) return undefined;
    if (toks[q].norm === "and") return at(q);
  }
  return undefined;
}

/**
 * Criticism stated by an emotion: "X was deeply disappointed by Y's decision", "X expressed
 * concern over Y's tariffs". The holder criticized what the emotion is about, when a
 * preposition says so; "alarmed that Z was jailed" names no one it is about.
 */
function emotionAt(s: Sentence, k: number, ms: Mention[], R: Rules, d: Discourse, out: RawRelation[]): void {
  const toks = s.tokens;
  const t = toks[k];
  if (t.norm.endsWith("ing")) return; // not "concerning"
  let q = k - 1;
  while (q >= 0 && (toks[q].pos === "ADV" || toks[q].pos === "ADJ" || ARTICLES.has(toks[q].norm))) q--;
  const predicate = toks[q] && (BE.has(toks[q].norm) || EXPRESSING.has(toks[q].lemma));
  if (!predicate || negated(toks, q, R)) return;
  const holders = subjectOf(toks, q, ms, R, d);
  if (holders === "skip" || !holders.length) return;
  let p = k + 1;
  while (toks[p] && (toks[p].pos === "ADV" || toks[p].pos === "ADJ")) p++;
  // "Vietnam has also voiced concern.": about what the other side did last.
  if ((!toks[p] || toks[p].norm === "." || toks[p].norm === ",") && EXPRESSING.has(toks[q].lemma) && isCollectiveOrOfficial(holders[0])) {
    const other = (also(toks, q) ? lastActedOn(d, holders, "criticized") : undefined) ?? lastAgent(d, holders);
    if (other) for (const src of holders) if (src !== other) out.push({ sources: [src], target: other, action: "criticized", verb: t.text, at: t.start });
    return;
  }
  if (!ABOUT.has(toks[p]?.norm ?? "")) return;
  let target = ms.find((m) => m.i > p && m.i <= p + 3 && (isActor(m) || m.type === "measure") && !holders.includes(m));
  // "over Peru's new tariffs": the measure, whose owner the criticism reaches too.
  if (target && isPossessive(toks[target.j])) target = ms.find((m) => m.i > target!.j && m.i <= target!.j + 4 && m.type === "measure") ?? target;
  if (target) for (const src of holders) if (src !== target) out.push({ sources: [src], target, action: "criticized", verb: t.text, at: t.start });
}

/**
 * Diplomatic breaks: "recalled its ambassador from X", "expelled Canada's ambassador, Dennis
 * Horak", "downgraded diplomatic relations with X". The envoy's country (or the one named
 * with "from", "to", "in"; else the other side), the envoy when named, and the partner of
 * the ties were removed.
 */
function diplomacyAt(s: Sentence, k: number, ms: Mention[], R: Rules, d: Discourse, out: RawRelation[]): void {
  const toks = s.tokens;
  const t = toks[k];
  const envoyVerb = R.envoyVerbs.has(t.lemma);
  if (negated(toks, k, R) || demanded(toks, k) || toks[k - 1]?.norm === "to") return;
  const noun = toks.findIndex((x, q) => q > k && q <= k + 5 && (envoyVerb ? R.envoys.has(x.norm) : R.ties.has(x.norm)));
  if (noun < 0) return;
  const sources = subjectOf(toks, k, ms, R, d);
  if (sources === "skip" || !sources.length) return;
  const own = new Set(sources.map((m) => m.known?.key ?? m.country));
  const other = (m: Mention | undefined) => (m && m.type === "country" && !own.has(m.known?.key) ? m : undefined);
  const after = (preps: string[]) => ms.find((m) => m.i > noun && m.i <= noun + 6 && isActor(m) && preps.includes(toks[m.i - 1]?.norm ?? ""));
  const targets: Mention[] = [];
  if (envoyVerb) {
    const possessor = ms.find((m) => m.j === noun - 1 && isPossessive(toks[m.j]) && m.i > k);
    // "expelled two Chilean diplomats": the state the envoys' adjective names.
    const named = ms.find((m) => m.i < noun && noun < m.j);
    const country = other(possessor) ?? other(named) ?? other(after(["from", "to", "in"])) ?? otherSide(d, sources);
    if (country) targets.push(country);
    // The other side's envoy named ("expelled Canada's ambassador, Dennis Horak"), not one's own recalled.
    const envoy = ms.find((m) => m.type === "person" && m.i > noun && m.i <= noun + 2);
    if (envoy && !envoy.anaphoric && (other(possessor) || t.lemma !== "recall")) targets.push(envoy);
  } else {
    const partner = after(["with"]);
    if (partner) targets.push(partner);
  }
  for (const target of targets) for (const src of sources) if (src !== target) out.push({ sources: [src], target, action: "removed", verb: t.text, at: t.start });
}

/**
 * Summoning another state's envoy is a protest to that state: "Chile summoned the Argentine
 * ambassador, Pablo Ruiz", "Croatia's ambassador was summoned to the Ministry of Foreign Affairs".
 * The summoner (the subject; in the passive the agent, the body summoned to, else the other
 * side) criticized the envoy when named, else the envoy's state.
 */
function summonAt(s: Sentence, k: number, ms: Mention[], R: Rules, d: Discourse, out: RawRelation[]): void {
  const toks = s.tokens;
  if (negated(toks, k, R) || demanded(toks, k) || toks[k - 1]?.norm === "to") return;
  const passive = isPassive(toks, k);
  const noun = passive ? toks.findLastIndex((x, q) => q < k && q >= k - 12 && R.envoys.has(x.norm)) : toks.findIndex((x, q) => q > k && q <= k + 5 && R.envoys.has(x.norm));
  if (noun < 0) return;
  const envoy = ms.find((m) => m.type === "person" && m.i > noun && m.i <= noun + 2 && !m.anaphoric);
  // "the Chilean ambassador": a title whose state only its adjective names, found where the state was named before.
  const titled = ms.find((m) => m.type === "person" && m.anaphoric && m.i <= noun && noun < m.j)?.country;
  const state =
    ms.find((m) => m.type === "country" && ((m.j === noun - 1 && isPossessive(toks[m.j])) || (m.i <= noun && noun < m.j))) ?? d.countries.findLast((c) => titled && c.known?.key === titled);
  const target = envoy ?? state;
  let sources: Mention[] | "skip";
  if (passive) {
    const agents = byAgents(toks, ms, k);
    // "was summoned (again) to the Foreign Ministry": the body summoned to.
    const at = toks[k + 1]?.pos === "ADV" ? k + 2 : k + 1;
    const to = toks[at]?.norm === "to" ? ms.find((m) => m.i > at && m.i <= at + 2 && isActor(m) && m.type !== "person") : undefined;
    const side = target ? otherSide(d, [target]) : undefined;
    sources = agents.length ? agents : to ? [to] : side ? [side] : [];
  } else sources = subjectOf(toks, k, ms, R, d);
  if (sources === "skip" || !target) return;
  for (const src of sources) if (src !== target && !sameSide(src, target)) out.push({ sources: [src], target, action: "criticized", verb: toks[k].text, at: toks[k].start });
}

/** Verbs that put parties on a list or under a measure: "added X to the list", "placed X under sanctions", "hit X with duties", "subjected X to checks". */
const LISTING = new Set(["add", "place", "put", "include", "hit", "slap", "subject"]);

/**
 * "OFAC placed Aiyl Bank under sanctions", "the EU added A, B and C to its sanctions", "A and B
 * were added to the ban": those added are the measure's targets; the one who added them imposed it.
 */
function listingAt(s: Sentence, k: number, ms: Mention[], R: Rules, d: Discourse, out: RawRelation[]): void {
  const toks = s.tokens;
  if (negated(toks, k, R) || demanded(toks, k) || toks[k - 1]?.norm === "to") return;
  const passive = isPassive(toks, k);
  // What they are added to: "to"/"on"/"under"/"in"/"with" and a measure within a few words.
  let q = k + 1;
  const added: Mention[] = [];
  if (!passive) {
    const first = ms.find((m) => m.i === q || (m.i === q + 1 && ARTICLES.has(toks[q].norm)));
    if (!first || !isActor(first)) return;
    added.push(first, ...listedAfter(toks, ms, first));
    q = added[added.length - 1].j;
    // Past an apposition: "placed Aiyl Bank, another Bishkek lender, under sanctions".
    if (toks[q]?.norm === ",") {
      const close = toks.findIndex((x, r) => r > q && r <= q + 8 && x.norm === ",");
      if (close > 0) q = close + 1;
    }
  }
  if (!["to", "on", "under", "in", "with"].includes(toks[q]?.norm ?? "")) return;
  // "to the Specially Designated Nationals list": past the list's name.
  const measure = ms.find((m) => m.type === "measure" && m.i > q && m.i <= q + 6 && !toks.slice(q + 1, m.i).some((x) => x.pos === "VERB" || x.norm === ","));
  // A list is whatever measure it serves, which this sentence does not say: no new node of its own.
  if (!measure || measure.family === "list") return;
  if (passive) {
    // The parties listed before the verb: "The bank, its chairman X and two firms, A and B, were added".
    for (const m of ms) if (m.j <= k && isActor(m) && !isPossessive(toks[m.j]) && !PREPOSITIONS.has(toks[m.i - 1]?.norm ?? "")) added.push(m);
  }
  if (!added.length) return;
  // "placed under an asset freeze and a travel ban": under both.
  const measures = [measure];
  for (let next = joinedMeasure(toks, ms, measure); next; next = joinedMeasure(toks, ms, next)) measures.push(next);
  for (const x of measures) for (const m of added) if (!x.targets?.includes(m)) (x.targets ??= []).push(m);
  if (passive) return;
  const sources = subjectOf(toks, k, ms, R, d);
  if (sources === "skip" || !sources.length) return;
  if (!measure.owner && !measure.country) measure.owner = sources[0];
  for (const src of sources) out.push({ sources: [src], target: measure, action: "imposed", verb: toks[k].text, at: toks[k].start });
}

/** "X said the decision was regrettable": criticism of whoever acted last, when the clause judges it. */
function eventJudgment(s: Sentence, k: number, q: number, ms: Mention[], R: Rules, d: Discourse, out: RawRelation[]): void {
  const toks = s.tokens;
  const from = objectEnd(toks, q);
  if (toks[from]?.pos !== "AUX" && toks[from]?.pos !== "VERB") return; // a clause: "the decision was ...", "the move breached ..."
  const after = toks.slice(from, from + 8);
  if (
    after.some((x) => R.negation.has(x.norm)) ||
    negated(toks, k, R) ||
    !(
      hasNegativeWords(
        after.map((x) => x.norm),
        R,
      ) || soundsNegative(s, after)
    )
  )
    return;
  const subj = subjectOf(toks, k, ms, R, d);
  if (subj === "skip" || !subj.length || !isCollectiveOrOfficial(subj[0])) return;
  const target = lastAgent(d, subj, eventAction(toks, q, R));
  if (target) for (const src of subj) if (src !== target) out.push({ sources: [src], target, action: "criticized", verb: toks[k].text, at: toks[k].start });
}

/** The index after a short noun phrase at q ("the decision", "this step"). */
function objectEnd(toks: Token[], q: number): number {
  while (q < toks.length && (toks[q].pos === "ADV" || toks[q].pos === "DET" || toks[q].pos === "ADJ")) q++;
  return q + 1;
}
