// Lexicon lists turned into the lookup tables the stages use; built once per lexicon.
import { buildGazetteer, type Gazetteer } from "./gazetteer.ts";
import { foldLetters, nameTokens } from "./tokens.ts";
import type { Lexicon, MeasureVerb, VerbEntry } from "./lexicon.ts";
import type { Action, NodeType } from "./types.ts";

export interface Rules {
  lex: Lexicon;
  gaz: Gazetteer;
  roleWords: Set<string>;
  roleNouns: Set<string>;
  privateRoles: Set<string>;
  personTitles: Set<string>;
  orgHeads: Set<string>;
  orgNouns: Set<string>;
  ministryHeads: Set<string>;
  agreementHeads: Set<string>;
  /** Function phrase (as tokens) -> canonical function, longest first. */
  functions: { tokens: string[]; fn: string }[];
  /** Measure head word -> family. */
  measureHeads: Map<string, string>;
  /** Multi-word measure heads by their last word: "freeze" <- "asset". */
  measurePhrases: Map<string, { before: string[]; fam: string }[]>;
  domainWords: Map<string, string>;
  measureModifiers: Set<string>;
  talkNouns: Set<string>;
  flowNouns: Set<string>;
  undoNouns: Set<string>;
  grantNouns: Set<string>;
  calendar: Set<string>;
  notNames: Set<string>;
  /** Verb lemma (first word) -> entries whose form starts with it. */
  verbs: Map<string, (VerbEntry & { rest: string[] })[]>;
  /** Every verb lemma the lexicon names an action, a measure, a saying or a diplomatic act with. */
  verbLemmas: Set<string>;
  nominal: Map<string, string | null>;
  /** Verb lemma -> the measure it states by acting. */
  measureVerbs: Map<string, MeasureVerb>;
  /** Their past forms ("fined", "banned", "seized"): the tagger's lemma is sometimes wrong ("fined" -> "fin"). */
  measurePasts: Map<string, MeasureVerb>;
  control: Set<string>;
  speech: Set<string>;
  /** First words of the lexicon's people ("Yoichi" of "Yoichi Iida"): a name that starts with one is a person's. */
  givenNames: Set<string>;
  judgingVerbs: Set<string>;
  /** Negative judgments as token lists: "politically motivated" -> ["politically", "motivated"]. */
  negativeJudgments: string[][];
  complaintVerbs: Set<string>;
  emotions: Set<string>;
  envoyVerbs: Set<string>;
  summonVerbs: Set<string>;
  envoys: Set<string>;
  tieVerbs: Set<string>;
  ties: Set<string>;
  eventNouns: Set<string>;
  eventActions: Map<string, Action>;
  meetingNouns: Set<string>;
  instrumentNouns: Set<string>;
  negation: Set<string>;
  newsHeads: Set<string>;
  nameParticles: Set<string>;
  leadingHeads: Map<string, NodeType>;
  federationSports: Set<string>;
  /** Family -> the domain a measure of it has when the text names none ("restrictions" -> export). */
  defaultDomain: Map<string, string>;
  /** Function -> the name of an institution known only by it; measure family -> its name in labels. */
  functionLabels: Map<string, string>;
  familyLabels: Map<string, string>;
  familyPreps: Map<string, string>;
  vagueMeasureNouns: Set<string>;
  /** The page-furniture phrases as one pattern, matched as written: one pass over a line instead of one per phrase. */
  boilerplate: RegExp;
}

const cache = new WeakMap<Lexicon, Rules>();
const OBJECT_BREADTH: Record<string, number> = { complaint: 0, talks: 0, agreement: 1, measure: 2, actor: 3, any: 4 };
/** How much an entry's objects admit: its widest kind (no list admits anything). */
const breadth = (v: VerbEntry): number => Math.max(...(v.objects ?? ["any"]).map((o) => OBJECT_BREADTH[o]));
const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A head noun and its plural: "case" also covers "cases", "inquiry" "inquiries" (a listed form wins). */
function withPlural(w: string): string[] {
  if (w.includes(" ") || w.endsWith("s")) return [w];
  return [w, /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : /(ch|sh|x|z)$/.test(w) ? `${w}es` : `${w}s`];
}

/** "ban" -> banned, "fine" -> fined, "halt" -> halted, "embargo" -> embargoed, "bar" -> barred. */
function pastForms(verb: string): string[] {
  if (verb.includes(" ")) return [];
  if (verb.endsWith("e")) return [`${verb}d`];
  if (/[^aeiou]y$/.test(verb)) return [`${verb.slice(0, -1)}ied`];
  return [`${verb}ed`, `${verb}${verb[verb.length - 1]}ed`];
}

/** The first word of every multi-word name of a person in the lexicon. */
function givenNames(lex: Lexicon): Set<string> {
  const out = new Set<string>();
  const particles = lower(lex.nameParticles); // "Al Gore": "al" opens Arabic names too
  for (const a of lex.actors) {
    if (a.type !== "person") continue;
    for (const name of [a.label, ...a.aliases]) {
      const words = nameTokens(name);
      if (words.length >= 2 && /^[a-z]/.test(words[0]) && words[0].length > 2 && !particles.has(words[0])) out.add(words[0]);
    }
  }
  return out;
}

export function rulesFor(lex: Lexicon): Rules {
  const hit = cache.get(lex);
  if (hit) return hit;
  const functions = Object.entries(lex.ministryFunctions)
    .flatMap(([fn, phrases]) => phrases.map((p) => ({ tokens: nameTokens(p), fn })))
    .sort((a, b) => b.tokens.length - a.tokens.length);
  const measureHeads = new Map<string, string>();
  // Multi-word heads ("asset freeze", "trade actions") by their last word: the words before it must be there too.
  const measurePhrases = new Map<string, { before: string[]; fam: string }[]>();
  for (const [fam, words] of Object.entries(lex.measureFamilies))
    for (const w of words.flatMap(withPlural)) {
      const parts = nameTokens(w);
      if (parts.length === 1 && !measureHeads.has(w)) measureHeads.set(w, fam);
      if (parts.length > 1) measurePhrases.set(parts[parts.length - 1], [...(measurePhrases.get(parts[parts.length - 1]) ?? []), { before: parts.slice(0, -1), fam }]);
    }
  const domainWords = new Map<string, string>();
  const defaultDomain = new Map<string, string>();
  for (const [dom, words] of Object.entries(lex.measureDomains)) {
    if (dom === "_default") for (const w of words) defaultDomain.set(w.split(":")[0], w.split(":")[1]);
    else for (const w of words) domainWords.set(w, dom);
  }
  const verbs = new Map<string, (VerbEntry & { rest: string[] })[]>();
  for (const v of lex.verbs) {
    const [first, ...rest] = v.form.split(" ");
    if (!verbs.has(first)) verbs.set(first, []);
    verbs.get(first)!.push({ ...v, rest });
  }
  // Longer forms first, then the narrower sense: "withdraw a complaint" (withdrew) before "withdraw a measure" (lifted).
  for (const list of verbs.values()) list.sort((a, b) => b.rest.length - a.rest.length || breadth(a) - breadth(b));
  const rules: Rules = {
    lex,
    gaz: buildGazetteer(lex),
    roleWords: lower(lex.roleWords),
    roleNouns: lower(lex.roleNouns),
    privateRoles: lower(lex.privateRoles),
    personTitles: lower(lex.personTitles),
    orgHeads: lower(lex.organizationHeads),
    orgNouns: lower(lex.organizationNouns),
    ministryHeads: lower(lex.ministryHeads),
    agreementHeads: lower(lex.agreementHeads),
    functions,
    measureHeads,
    measurePhrases,
    domainWords,
    measureModifiers: lower(lex.measureModifiers),
    talkNouns: lower(lex.talkNouns),
    flowNouns: lower([...lex.flowNouns, ...lex.grantNouns]),
    grantNouns: lower(lex.grantNouns),
    undoNouns: lower(lex.undoNouns),
    calendar: lower(lex.calendarWords.flatMap((w) => [w, `${w}.`])), // "Sept." as well as "Sept"
    notNames: lower(lex.notNames),
    verbs,
    verbLemmas: new Set(
      [
        ...verbs.keys(),
        ...lex.measureVerbs.map((v) => v.form),
        ...lex.speechVerbs,
        ...lex.diplomacy.envoyVerbs,
        ...lex.diplomacy.summonVerbs,
        ...lex.diplomacy.tieVerbs,
        ...lex.judgments.verbs,
        ...lex.judgments.complaints,
      ].map((w) => w.toLowerCase()),
    ),
    nominal: new Map(lex.nominal.map((n) => [n.form, n.action])),
    measureVerbs: new Map(lex.measureVerbs.map((v) => [v.form, v])),
    measurePasts: new Map(lex.measureVerbs.flatMap((v) => pastForms(v.form).map((f) => [f, v] as const))),
    control: lower(lex.controlVerbs),
    speech: lower(lex.speechVerbs),
    givenNames: givenNames(lex),
    judgingVerbs: lower(lex.judgments.verbs),
    negativeJudgments: lex.judgments.negative.map((p) => p.toLowerCase().split(/\s+/)),
    complaintVerbs: lower(lex.judgments.complaints),
    emotions: lower(lex.judgments.emotions),
    envoyVerbs: lower(lex.diplomacy.envoyVerbs),
    summonVerbs: lower(lex.diplomacy.summonVerbs),
    envoys: lower(lex.diplomacy.envoys),
    tieVerbs: lower(lex.diplomacy.tieVerbs),
    ties: lower(lex.diplomacy.ties),
    eventNouns: lower([...lex.eventNouns, ...Object.keys(lex.eventActions)]),
    eventActions: new Map(Object.entries(lex.eventActions)),
    meetingNouns: lower(lex.meetingNouns),
    instrumentNouns: lower(lex.instrumentNouns),
    negation: lower(lex.negation),
    newsHeads: lower(lex.newsHeads),
    nameParticles: lower(lex.nameParticles),
    federationSports: lower(lex.federationSports),
    leadingHeads: new Map(Object.entries(lex.leadingHeads).map(([w, t]) => [foldLetters(w.toLowerCase()), leadingType(w, t)])),
    defaultDomain,
    functionLabels: new Map(Object.entries(lex.functionLabels)),
    familyLabels: new Map(Object.entries(lex.familyLabels)),
    familyPreps: new Map(Object.entries(lex.familyPreps)),
    vagueMeasureNouns: lower(lex.vagueMeasureNouns),
    boilerplate: new RegExp(lex.boilerplate.map(literal).join("|") || "(?!)"),
  };
  cache.set(lex, rules);
  return rules;
}

/** The kind of body a leading head opens: an organization or a ministry, else the lexicon is wrong. */
function leadingType(word: string, type: string): NodeType {
  if (type === "organization" || type === "ministry") return type;
  throw new Error(`extract: lexicon leadingHeads: "${word}" opens a "${type}", not an organization or a ministry`);
}
