// Lexicons are data (lexicon/*.json); this module gives them types and lets a caller
// extend them without touching code.
import actorsData from "./lexicon/actors.json";
import nounsData from "./lexicon/nouns.json";
import peopleData from "./lexicon/people.json";
import verbsData from "./lexicon/verbs.json";
import type { Action, NodeType } from "./types.ts";

export interface VerbEntry {
  form: string;
  action: Action;
  objects?: ("any" | "actor" | "measure" | "agreement" | "talks" | "complaint")[];
  particle?: string;
}

/** A verb that states a measure by acting ("banned 59 apps"): its family, its noun in labels, the preposition before what it covers. */
export interface MeasureVerb {
  form: string;
  family: string;
  noun: string;
  prep: string;
  /** Only when the one acting is a body whose name has this word: a court's order is a ruling, a government's is not. */
  by?: string;
  /** Only when what it acts on is a flow ("suspended imports of beef"), not a procedure or a party. */
  flows?: boolean;
  /** Only when what it acts on has one of these nouns ("closed the border"), or is a party (with `flows`, either will do). */
  objects?: string[];
  /** Words that may follow the verb before what it acts on ("shut down the border"). */
  particles?: string[];
  /** Only with one of its particles: "cut off gas supplies" stops them, "cut flights" lessens them. */
  particleOnly?: boolean;
}

export interface ActorEntry {
  label: string;
  type: NodeType;
  aliases: string[];
  weakAliases?: string[];
  demonyms?: string[];
  country?: string;
  function?: string;
  role?: string;
  partOf?: string;
}

export interface CountryExtra {
  /** The name English news uses when the dataset's common name differs ("Turkey" for "Türkiye"). */
  label?: string;
  aliases: string[];
  weakAliases?: string[];
  /** Names and adjectives of the dataset this state is not known by ("Dominican" is the Dominican Republic's, not Dominica's). */
  removeAliases?: string[];
  /** Adjectives news uses besides the dataset's ("Kyrgyz" beside "Kirghiz"). */
  demonyms?: string[];
}

export interface Lexicon {
  verbs: VerbEntry[];
  measureVerbs: MeasureVerb[];
  nominal: { form: string; action: Action | null }[];
  controlVerbs: string[];
  /** Verbs of saying: a name right before one is a person's. */
  speechVerbs: string[];
  judgments: { verbs: string[]; negative: string[]; complaints: string[]; emotions: string[] };
  diplomacy: { envoyVerbs: string[]; summonVerbs: string[]; envoys: string[]; tieVerbs: string[]; ties: string[] };
  negation: string[];
  actors: ActorEntry[];
  countries: Record<string, CountryExtra>;
  roleWords: string[];
  roleNouns: string[];
  privateRoles: string[];
  personTitles: string[];
  organizationHeads: string[];
  /** Kinds of organization in lower case ("airline", "lender"): a name right after one is an organization. */
  organizationNouns: string[];
  ministryHeads: string[];
  agreementHeads: string[];
  ministryFunctions: Record<string, string[]>;
  /** Function -> the name of a ministry or court known only by it ("Ministry of Foreign Affairs"). */
  functionLabels: Record<string, string>;
  measureFamilies: Record<string, string[]>;
  /** Measure family -> how a node's label names it ("asset freeze"). */
  familyLabels: Record<string, string>;
  /** Measure family -> the preposition before its target in labels ("complaint against", "detention of"). */
  familyPreps: Record<string, string>;
  /** Measure heads too vague to name a measure in its label ("the measures", "the case"). */
  vagueMeasureNouns: string[];
  measureDomains: Record<string, string[]>;
  measureModifiers: string[];
  talkNouns: string[];
  /** What passes between two sides ("gas supplies to Ukraine", "flights to Toronto"): suspending or resuming it suspends or resumes dealings with that side. */
  flowNouns: string[];
  /** Acts that undo or restore ("the withdrawal of the measures", "the restoration of supplies"): calling for one urges whoever acted last. */
  undoNouns: string[];
  /** What a state grants and can take back ("operating permit", "landing rights"): stopped like a flow; "of X" after one is its holder. */
  grantNouns: string[];
  /** Nouns that name what someone did ("the decision", "the move"): regretting one criticizes whoever did it. */
  eventNouns: string[];
  /** Event nouns that name an act of one action ("the expulsion": removed): they refer back to the party that last did it. */
  eventActions: Record<string, Action>;
  /** Nouns of meeting ("a phone call between X and Y", "talks between"): the parties met. */
  meetingNouns: string[];
  /** Instruments that bring a measure in ("a decree on special economic measures"): signing one imposes it. */
  instrumentNouns: string[];
  calendarWords: string[];
  notNames: string[];
  boilerplate: string[];
  newsHeads: string[];
  nameParticles: string[];
  /** Words that open a body's name in other languages ("banco", "ministerio"): the kind of body. */
  leadingHeads: Record<string, string>;
  /** Sports whose federations are named "<Sport> <Country>" ("Athletics Kenya"). */
  federationSports: string[];
}

/** An official of people.json: serves a state ("country") or an international body ("memberOf"). */
function personActor(p: { label: string; aliases: string[]; country?: string; memberOf?: string; role?: string }): ActorEntry {
  return { label: p.label, type: "person", aliases: p.aliases, country: p.country, role: p.role, partOf: p.memberOf };
}

/** Data maps carry a "_doc" note for the people who edit them; code never sees it. */
const withoutDoc = <V = string[]>(o: object): Record<string, V> => {
  const { _doc, ...rest } = o as Record<string, unknown>;
  return rest as Record<string, V>;
};

export const DEFAULT_LEXICON: Lexicon = {
  verbs: verbsData.verbs as VerbEntry[],
  measureVerbs: verbsData.measureVerbs.forms,
  nominal: verbsData.nominal as Lexicon["nominal"],
  controlVerbs: verbsData.control.forms,
  speechVerbs: verbsData.speech.forms,
  judgments: { verbs: verbsData.judgments.verbs, negative: verbsData.judgments.negative, complaints: verbsData.judgments.complaints, emotions: verbsData.judgments.emotions },
  diplomacy: {
    envoyVerbs: verbsData.diplomacy.envoyVerbs,
    summonVerbs: verbsData.diplomacy.summonVerbs,
    envoys: verbsData.diplomacy.envoys,
    tieVerbs: verbsData.diplomacy.tieVerbs,
    ties: verbsData.diplomacy.ties,
  },
  negation: verbsData.negation,
  actors: [...(actorsData.actors as ActorEntry[]), ...peopleData.people.map(personActor)],
  countries: actorsData.countries as Record<string, CountryExtra>,
  roleWords: nounsData.roleWords,
  roleNouns: nounsData.roleNouns,
  privateRoles: nounsData.privateRoles,
  personTitles: nounsData.personTitles,
  organizationHeads: nounsData.organizationHeads,
  organizationNouns: nounsData.organizationNouns.forms,
  ministryHeads: nounsData.ministryHeads,
  agreementHeads: nounsData.agreementHeads,
  ministryFunctions: withoutDoc(nounsData.ministryFunctions),
  functionLabels: withoutDoc<string>(nounsData.functionLabels),
  measureFamilies: withoutDoc(nounsData.measureFamilies),
  familyLabels: withoutDoc<string>(nounsData.familyLabels),
  familyPreps: withoutDoc<string>(nounsData.familyPreps),
  vagueMeasureNouns: nounsData.vagueMeasureNouns.words,
  measureDomains: withoutDoc(nounsData.measureDomains),
  measureModifiers: nounsData.measureModifiers,
  talkNouns: nounsData.talkNouns,
  flowNouns: nounsData.flowNouns,
  undoNouns: nounsData.undoNouns,
  grantNouns: nounsData.grantNouns.words,
  eventNouns: nounsData.eventNouns,
  eventActions: withoutDoc<Action>(nounsData.eventActions as Record<string, string>),
  meetingNouns: nounsData.meetingNouns,
  instrumentNouns: nounsData.instrumentNouns,
  calendarWords: nounsData.calendarWords,
  notNames: nounsData.notNames,
  boilerplate: nounsData.boilerplate,
  newsHeads: nounsData.newsHeads,
  nameParticles: nounsData.nameParticles,
  leadingHeads: withoutDoc<string>(nounsData.leadingHeads),
  federationSports: nounsData.federationSports.words,
};

/** A user lexicon adds to the default one: lists are concatenated, maps merged. */
export type LexiconExtension = Partial<{ [K in keyof Lexicon]: Lexicon[K] }>;

export function extendLexicon(base: Lexicon, ext: LexiconExtension): Lexicon {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(ext)) {
    const cur = (base as unknown as Record<string, unknown>)[k];
    if (Array.isArray(cur) && Array.isArray(v)) out[k] = [...cur, ...v];
    else if (cur && typeof cur === "object" && v && typeof v === "object") out[k] = { ...cur, ...v };
    else throw new Error(`extract: lexicon extension: unknown or mistyped key "${k}"`);
  }
  return out as unknown as Lexicon;
}
