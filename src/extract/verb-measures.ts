// Stage 5b: measures stated by a verb rather than named by a noun: "the government banned 59
// apps", "charter flights from Russia to Turkey were banned", "the coast guard detained the
// captain". The verb and what it acts on become a measure mention: owned by the subject (or
// the agent of a passive), aimed at the people, bodies and countries it acts on, labelled by
// the lexicon's noun for it ("ban on charter flights from Russia to Turkey").
import type { MeasureVerb } from "./lexicon.ts";
import { isActor, isCap, isPossessive, newMention, qualifiesName, type Mention } from "./mention.ts";
import type { Demonym } from "./mentions.ts";
import { lastActing, otherSide, type Discourse } from "./discourse.ts";
import { afterBy, demanded, hypothetical, isPassive, negated, subjectOf } from "./subjects.ts";
import type { Rules } from "./rules.ts";
import type { Sentence, Token } from "./tokens.ts";
import { ARTICLES, BE, CLAUSE_STOP, CONJUNCTIONS, MISSIONS, TARGET_PREPS, TIME_SPANS } from "./words.ts";

/** What can stand in the phrase a measure verb acts on: "59 apps of Chinese firms", "the travel agencies". */
const PHRASE_POS = new Set(["DET", "NUM", "ADJ", "NOUN", "PROPN", "ADP", "PART"]);
const MAX_PHRASE = 12;
/** Spans of time after "last" or "this": "last month", "this week". */

export function verbMeasures(s: Sentence, sent: number, ms: Mention[], demonyms: Demonym[], R: Rules, d: Discourse): Mention[] {
  const toks = s.tokens;
  const out: Mention[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    // "fined" is lemmatized "fin": the past form's own stems too.
    const verb = t.pos === "VERB" ? (R.measureVerbs.get(t.lemma) ?? R.measurePasts.get(t.norm)) : undefined;
    if (!verb || /ing$/.test(t.norm) || negated(toks, k, R) || ms.some((m) => m.i <= k && k < m.j)) continue;
    // "to trace deported minors", "the banned apps": a participle before its noun describes it, states no act.
    if (/ed$/.test(t.norm) && toks[k + 1]?.pos === "NOUN" && (toks[k - 1]?.pos === "VERB" || toks[k - 1]?.pos === "DET" || toks[k - 1]?.pos === "ADJ")) continue;
    // "agreed to curb", "threatened to ban", "urged X to ban": planned or asked for, not done;
    // but "Estonia's decision (of October 8) to ban ..." is done, and the decision's owner's.
    const infinitive = toks[k - 1]?.norm === "to";
    const decided = infinitive ? decisionBefore(toks, k - 1, ms) : undefined;
    // "ordered commercial banks to freeze all funds held for X": a body ordering those under it (no party named) imposes it.
    const orderer = infinitive && !decided ? orderedOthers(toks, k - 1, ms) : -1;
    // "a row over a canal led the Dominican Republic to close the border": the one led to act acted.
    const caused = infinitive && !decided && orderer < 0 ? causedToAct(toks, k - 1, ms) : undefined;
    const told = orderer >= 0 || !!caused; // an act done at another's word, not one asked for
    if ((infinitive && !decided && !told) || (!told && demanded(toks, k)) || hypothetical(toks, k)) continue;
    const passive = isPassive(toks, k);
    // What it acts on: the passive's subject ("Charter flights ... were banned"), else the object.
    // "cut off gas supplies": past the verb's particle.
    const at = verb.particles?.includes(toks[k + 1]?.norm ?? "") ? k + 2 : k + 1;
    if (verb.particleOnly && at === k + 1 && !passive) continue;
    const [from, to] = passive ? subjectPhrase(toks, k, R) : objectPhrase(toks, at, R, !!verb.objects);
    if (to <= from) continue;
    // Acting on a measure ("banned the tariffs") or on talks ("froze exchanges with Tokyo") is a relation, not a new measure.
    if (ms.some((m) => m.type === "measure" && m.i >= from && m.j <= to) || toks.slice(from, to).some((x) => R.talkNouns.has(x.norm))) continue;
    // "suspended fuel deliveries" stops a flow; "suspended the Football Association" suspends a body's membership; "suspended talks" neither.
    const body = ms.find((m) => opensPhrase(toks, m, from));
    // "closed the border" closes a place of passage; "closed the meeting" nothing.
    const party = body && (body.type === "organization" || body.type === "country" || (body.type === "person" && !body.anaphoric));
    const acted = toks.slice(from, to).map((x) => x.norm);
    if ((verb.flows || verb.objects) && !party && !(verb.flows && acted.some((w) => R.flowNouns.has(w))) && !acted.some((w) => verb.objects?.includes(w))) continue;
    let owner: Mention | undefined;
    if (passive) owner = ms.find((m) => m.i > k && m.i < k + 8 && afterBy(toks, m.i) && isActor(m));
    else if (decided) owner = decided;
    else if (caused) owner = caused;
    else if (orderer >= 0) {
      const subject = subjectOf(toks, orderer, ms, R, d);
      if (subject === "skip" || !subject.length) continue;
      owner = subject[0];
    } else {
      // "X banned Y" needs its X: a measure that restricts something ("the rules restrict access") is no new one.
      const subject = subjectOf(toks, k, ms, R, d);
      if (subject === "skip" || !subject.length) continue;
      // An active verb's subject comes before it: a state named in what it acts on ("bar 11 Canadian MPs") owns nothing.
      owner = subject[0].i < k ? subject[0] : undefined;
    }
    // "The Supreme Court ordered X to pay": only a court's order is a ruling.
    if (verb.by && !(owner && (owner.type === "organization" || owner.type === "ministry") && owner.text.toLowerCase().includes(verb.by))) continue;
    // "Russian employers were prohibited to hire Turkish workers": what they may not do names the target.
    const [cFrom, cTo] = passive && toks[k + 1]?.norm === "to" ? objectPhrase(toks, k + 1, R) : [0, 0];
    const inComplement = cTo > cFrom ? targetsIn(s, sent, cFrom, cTo, ms, demonyms, owner, R) : [];
    const targets = inComplement.length ? inComplement : targetsIn(s, sent, from, to, ms, demonyms, owner, R);
    // A passive with no agent ("Charter flights to Turkey were banned") is the act of the party the story last saw acting, not on its targets' side (a country merely named is not enough); it stays a measure of its own, not that party's last one.
    const imposer = passive && !owner && targets.length ? lastActing(d, targets) : undefined;
    if (!owner && !targets.length) continue; // a ban of no one's on nothing named: nothing to keep
    // "had already closed its border": one's own passage closed shuts out the other side; one's own
    // consulate or office closed, with no one shut out, is one's own business.
    if (!targets.length && POSSESSIVES.has(toks[from].norm)) {
      const other = owner && !toks.slice(from, to).some((x) => MISSIONS.has(x.norm) || x.norm === "office" || x.norm === "offices") ? otherSide(d, [owner]) : undefined;
      if (!other) continue;
      targets.push(other);
    }
    const [a, z] = [Math.min(from, k), Math.max(cTo > cFrom ? cTo : to, k + 1)];
    const span = (i: number, j: number) => s.text.slice(toks[i].start - s.start, toks[j - 1].end - s.start);
    // "Imports of fish were banned" opens its sentence: "ban on imports of fish".
    const first = span(from, to);
    const own = from === 0 && !ms.some((m) => m.i === 0) && !isCap(toks[1]) && !demonyms.some((d) => d.i === 0) ? first[0].toLowerCase() + first.slice(1) : first;
    const covered = cTo > cFrom ? `${own} ${span(cFrom, cTo)}` : own;
    // Its short name, up to what it acts on: "ban on EU vessels" (from the fishery ...).
    let cut = from + 1;
    const word = (q: number) => toks[q].pos !== "VERB" || isCap(toks[q]) || R.flowNouns.has(toks[q].norm) || R.flowNouns.has(toks[q + 1]?.norm ?? "");
    // "the operating permit | of Kestrel Gold": whose a permit is, is its target, not its name.
    const stop = (q: number) => toks[q].pos === "ADP" && (toks[q].norm !== "of" || R.grantNouns.has(toks[q - 1].norm));
    while (cut < to && ((!stop(cut) && toks[cut].norm !== "," && word(cut)) || toks[cut].start === toks[cut - 1].end)) cut++;
    // Not ending on a word that leads on ("funds to | enforce", "Corp. in | ..."): a name ends on its content.
    while (cut > from + 1 && (TRAILING.has(toks[cut - 1].pos) || QUANTITY.has(toks[cut - 1].norm))) cut--;
    // Not when the object says no more than whom or what kind ("the airline", "Guinea", "assets"): the label names those.
    const head = toks[cut - 1];
    const bare = ms.some((m) => isActor(m) && m.j === cut && opensPhrase(toks, m, from));
    const says = !bare && !R.domainWords.has(head.norm) && !R.orgNouns.has(head.norm) && !(head.pos === "PRON") && !QUANTITY.has(head.norm);
    const named = span(from, cut);
    const short = says ? `${verb.noun} ${verb.prep} ${stripArticle(own === first ? named : named[0].toLowerCase() + named.slice(1))}` : undefined;
    // What kind of thing it stops ("the import of Turkish fruit was banned": an import ban), as a noun's modifier would say.
    const domain = toks.slice(from, to).find((x) => R.domainWords.has(x.norm));
    out.push({ ...measureOf(verb, s, sent, a, z, covered, owner, targets, imposer, domain && R.domainWords.get(domain.norm)), short });
  }
  return out;
}

const stripArticle = (text: string): string => text.replace(/^(the|a|an|its|their)\s+/i, "");

/** Words of a quantity a short name does not end on: "deported more (than 30,000 people)". */
const QUANTITY = new Set(["more", "less", "fewer", "about", "some", "around", "nearly", "almost", "over", "up"]);

/** Participles that say whose a thing is: "held for", "belonging to", "owned by". */
const OWNING = new Set(["hold", "belong", "own", "register", "operate"]);

/** Words that open a reported or relative clause. */
const CLAUSE_OPENERS = new Set(["that", "which", "whether"]);

/** Determiners of a possessor: "closed its border crossings". */
const POSSESSIVES = new Set(["its", "their", "his", "her"]);

function measureOf(
  verb: MeasureVerb,
  s: Sentence,
  sent: number,
  i: number,
  j: number,
  covered: string,
  owner: Mention | undefined,
  targets: Mention[],
  imposer: Mention | undefined,
  domain: string | undefined,
): Mention {
  const phrase = `${verb.noun} ${verb.prep} ${covered.replace(/^(the|a|an)\s+/i, "")}`;
  const [first, last] = [s.tokens[i], s.tokens[j - 1]];
  return newMention(sent, i, j, first.start, last.end, "measure", s.text.slice(first.start - s.start, last.end - s.start), {
    family: verb.family,
    noun: verb.noun,
    domain,
    owner,
    imposer,
    targets: targets.length ? targets : undefined,
    phrase,
    longText: phrase,
  });
}

/** The noun phrase after a verb, with its prepositional phrases and an infinitive ("the agencies to sell tours to Korea"). */
function objectPhrase(toks: Token[], from: number, R: Rules, possessed = false): [number, number] {
  let q = from;
  let limit = from + MAX_PHRASE;
  while (q < toks.length && q < limit) {
    const t = toks[q];
    // "banned EU vessels from the fishery in 2017": when is not what.
    if (
      q > from &&
      (t.pos === "ADP" || t.norm === "last" || t.norm === "this") &&
      (isDate(toks, q + 1, R) || TIME_SPANS.has(toks[q + 1]?.norm ?? "") || /^(1[89]|20)\d\d$/.test(toks[q + 1]?.text ?? ""))
    )
      break;
    // "59 apps, including ByteDance's TikTok, Tencent's WeChat and ...": the list is what it acts on too.
    // ", among them X and Y" names examples too.
    if (t.norm === "," && (toks[q + 1]?.norm === "including" || toks[q + 1]?.norm === "such" || (toks[q + 1]?.norm === "among" && toks[q + 2]?.norm === "them"))) {
      q += toks[q + 1].norm === "including" ? 2 : 3;
      limit = q + MAX_PHRASE;
      continue;
    }
    // "people, entities, aircraft and vessels": a list of common nouns goes on.
    if (t.norm === "," && toks[q + 1]?.pos === "NOUN" && toks[q - 1]?.pos === "NOUN") {
      q++;
      continue;
    }
    if (t.norm === "," && limit > from + MAX_PHRASE && isCap(toks[q + 1])) {
      q++; // the next item of that list
      continue;
    }
    // "the National Iranian Oil Company (NIOC)": an acronym in brackets is part of the name before it.
    if (t.norm === "(" && toks[q + 2]?.norm === ")") {
      q += 3;
      continue;
    }
    // "detains a Latvian trawler as the row with the EU deepens": a conjunction opens another clause.
    if (CLAUSE_STOP.has(t.norm) || t.norm === "," || t.norm === "that" || (CONJUNCTIONS.has(t.norm) && q > from)) break;
    if (t.norm === "to" && toks[q + 1]?.pos === "VERB") q += 2;
    else if ((t.norm === "and" || t.norm === "or") && (isCap(toks[q + 1]) || toks[q + 1]?.pos === "NOUN" || (ARTICLES.has(toks[q + 1]?.norm ?? "") && isCap(toks[q + 2]))))
      q++; // "beef and pork", "X's A and Y's B"
    // A name's word, whatever its tag ("Crest Shipping"); what is granted ("permit", tagged a verb) and its modifier ("operating permit").
    else if (
      PHRASE_POS.has(t.pos) ||
      isPossessive(t) ||
      (possessed && POSSESSIVES.has(t.norm) && ["NOUN", "ADJ", "PROPN"].includes(toks[q + 1]?.pos ?? "")) ||
      t.norm === "-" ||
      isCap(t) ||
      R.flowNouns.has(t.norm) ||
      (/ing$/.test(t.norm) && R.flowNouns.has(toks[q + 1]?.norm ?? ""))
    )
      q++;
    else if (toks[q - 1]?.norm === "-" && toks[q - 1].end === t.start)
      q++; // "Kenyan-flagged": the word a hyphen joins, whatever its tag
    else if (q > from && t.pos === "VERB" && OWNING.has(t.lemma) && toks[q + 1]?.pos === "ADP")
      q += 2; // "all funds held for X", "accounts belonging to X": whose they are is what it acts on too
    else break;
  }
  while (q > from && (toks[q - 1].pos === "ADP" || toks[q - 1].pos === "PART" || ARTICLES.has(toks[q - 1].norm))) q--;
  return [from, q];
}

/** "Estonia's decision (of October 8) to": the party whose decision the infinitive at `to` states, if a possessive names it. */
function decisionBefore(toks: Token[], to: number, ms: Mention[]): Mention | undefined {
  for (let q = to - 1; q >= 0 && q >= to - 6; q--) {
    if (!DECISIONS.has(toks[q].norm)) continue;
    if (!isPossessive(toks[q - 1])) return undefined;
    const owner = ms.find((m) => m.j === q - 1);
    return owner && isActor(owner) ? owner : undefined;
  }
  return undefined;
}

/** "led the Dominican Republic to", "prompted Chile to": the party a verb of causing made act, before "to" at `to`. */
function causedToAct(toks: Token[], to: number, ms: Mention[]): Mention | undefined {
  const m = ms.find((x) => x.j === to && isActor(x));
  if (!m) return undefined;
  const v = m.i - (ARTICLES.has(toks[m.i - 1]?.norm ?? "") ? 2 : 1);
  return toks[v]?.pos === "VERB" && CAUSING.has(toks[v].lemma) ? m : undefined;
}
const CAUSING = new Set(["lead", "prompt", "force", "cause", "push", "drive", "compel", "spur"]);

/** "ordered (commercial) banks to": where a verb of ordering stands before "to" at `to` and an object that names no party, or -1. */
function orderedOthers(toks: Token[], to: number, ms: Mention[]): number {
  for (let q = to - 1; q >= 0 && q >= to - 4; q--) {
    if (ms.some((m) => m.i <= q && q < m.j)) return -1;
    if (toks[q].pos === "VERB") return ORDERING.has(toks[q].lemma) && q < to - 1 ? q : -1;
    if (!["NOUN", "ADJ", "DET"].includes(toks[q].pos)) return -1;
  }
  return -1;
}
const ORDERING = new Set(["order", "instruct", "direct", "require", "tell"]);

/** Nouns of a decision taken: what their infinitive says was done. */
const DECISIONS = new Set(["decision", "move", "order", "decree"]);

/** The subject phrase of a passive verb at k: back from its auxiliary to the clause's start. */
function subjectPhrase(toks: Token[], k: number, R: Rules): [number, number] {
  let end = k - 1;
  while (end >= 0 && (toks[end].pos === "ADV" || BE.has(toks[end].norm) || toks[end].pos === "AUX")) end--;
  // Past an apposition: "Andrew Smith, 41, was detained".
  if (toks[end]?.norm === ",") {
    const open = toks
      .slice(Math.max(0, end - 8), end)
      .map((t) => t.norm)
      .lastIndexOf(",");
    if (open >= 0) end = Math.max(0, end - 8) + open - 1;
  }
  let start = end;
  // "the import of Turkish fruit, vegetables and poultry": a list of common nouns goes on.
  const listed = (q: number) => (toks[q].norm === "," || toks[q].norm === "and") && toks[q - 1]?.pos === "NOUN" && toks[q + 1]?.pos === "NOUN";
  while (
    start > 0 &&
    end - start < MAX_PHRASE &&
    (PHRASE_POS.has(toks[start - 1].pos) || isPossessive(toks[start - 1]) || (toks[start - 1].norm === "-" && toks[start - 1].start === toks[start - 2]?.end) || listed(start - 1)) &&
    !isDate(toks, start - 1, R) &&
    !CLAUSE_OPENERS.has(toks[start - 1].norm) // "said in a statement that exports ... had been halted": the clause starts after "that"
  )
    start--;
  while (start <= end && (toks[start].pos === "ADP" || ARTICLES.has(toks[start].norm))) start++;
  return [start, end + 1];
}

/** Where the preposition a name at i depends on within the phrase stands ("of the construction firm Acme"), or -1. */
function governingAt(toks: Token[], from: number, i: number): number {
  for (let q = i - 1; q >= from; q--) {
    if (toks[q].pos === "ADP" || toks[q].norm === "to") return q;
    if (!["DET", "ADJ", "NOUN", "PROPN", "NUM"].includes(toks[q].pos)) return -1;
  }
  return -1;
}

/** Parts of speech a measure's short name does not end on: "to", "of", "the", ",", "and". */
const TRAILING = new Set(["ADP", "PART", "DET", "PUNCT", "CCONJ", "SCONJ"]);

/** The mention opens the phrase at `from`, past an article: what a measure verb acts on directly ("suspended the FAM"). */
function opensPhrase(toks: Token[], m: Mention, from: number): boolean {
  return m.i === from || (m.i === from + 1 && ARTICLES.has(toks[from].norm));
}

/** The mention is what a "from" phrase names: "from the ECOWAS", "from all AU activities", "from the Economic Community of West African States (ECOWAS)". */
function afterFrom(toks: Token[], m: Mention, ms: Mention[]): boolean {
  let k = m.i - 1;
  if (toks[k]?.norm === "(") k = (ms.find((x) => x.j === k)?.i ?? k) - 1; // an acronym defined after the name
  while (k > 0 && (ARTICLES.has(toks[k].norm) || toks[k].norm === "all")) k--;
  return toks[k]?.norm === "from";
}

/** A month or a number beside one: "From 1 January 2016 Russian employers were ..." starts after the date. */
function isDate(toks: Token[], q: number, R: Rules): boolean {
  const near = (x: Token | undefined) => !!x && R.calendar.has(x.norm);
  return near(toks[q]) || (toks[q].pos === "NUM" && (near(toks[q - 1]) || near(toks[q + 1])));
}

/** Who and where a measure acts on: people and bodies it names, countries after to/on/against/from or by their adjective. */
function targetsIn(s: Sentence, sent: number, from: number, to: number, ms: Mention[], demonyms: Demonym[], owner: Mention | undefined, R: Rules): Mention[] {
  const toks = s.tokens;
  const out: Mention[] = [];
  for (const m of ms) {
    // "Turkey's minister Gul": the minister; "ByteDance's TikTok": ByteDance, since TikTok is no entity here.
    if (
      m.i < from ||
      m.j > to ||
      m === owner ||
      (owner?.known && m.known?.key === owner.known.key) ||
      (isPossessive(toks[m.j]) && ms.some((x) => x.i === m.j + 1 && !(x.type === "person" && x.anaphoric)))
    )
      continue;
    const at = governingAt(toks, from, m.i);
    const prep = at >= 0 ? toks[at].norm : "";
    // A person or body acted on directly ("detained Andrew Smith"), not one a noun is "of" ("employees of Acme"),
    // unless what is stopped is theirs ("the landing rights of Selatan Air").
    // A country acted on directly ("sanctioned Iran", "suspended Guinea") or through a preposition of aim.
    const held = prep === "of" && R.flowNouns.has(toks[at - 1]?.norm ?? "");
    if (m.type === "country" && qualifiesName(toks, ms, m.j)) continue;
    if (m.type === "country" ? TARGET_PREPS.has(prep) || prep === "of" || opensPhrase(toks, m, from) : isActor(m) && (prep !== "of" || held)) out.push(m);
  }
  // "from Russia to Turkey": the destination, not the origin.
  const destination = out.find((m) => m.type === "country" && toks[m.i - 1]?.norm === "to");
  // "suspended The Gambia from ECOWAS": the body one is shut out of is no target.
  const directly = out.some((m) => opensPhrase(toks, m, from));
  const kept = out.filter((m) => !afterFrom(toks, m, ms) || (m.type === "country" ? !destination : !directly));
  for (const dem of demonyms) {
    if (dem.i < from || dem.j > to || kept.some((m) => m.known?.key === dem.key || m.key === dem.key)) continue;
    if (qualifiesName(toks, ms, dem.j)) continue;
    const [a, z] = [toks[dem.i], toks[dem.j - 1]];
    kept.push(newMention(sent, dem.i, dem.j, a.start, z.end, "country", s.text.slice(a.start - s.start, z.end - s.start), { key: dem.key }));
  }
  return kept;
}
