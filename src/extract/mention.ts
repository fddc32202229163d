// The shape of a mention and the small token predicates every stage shares.
import type { KnownEntity } from "./gazetteer.ts";
import type { Token } from "./tokens.ts";
import type { NodeType } from "./types.ts";
import { ARTICLES, POSSESSIVE } from "./words.ts";

export interface Mention {
  sent: number;
  /** Token range [i, j) in the sentence. */
  i: number;
  j: number;
  start: number;
  end: number;
  type: NodeType;
  text: string;
  known?: KnownEntity;
  /** Right after a preposition or a verb: an object or a complement, not an actor of its own ("urged Japan"). */
  governed?: boolean;
  /** Person's title ("trade minister"). */
  role?: string;
  /** Country (entity key) a ministry, court, person or measure belongs to. */
  country?: string;
  /** Ministry function ("foreign", "trade"). */
  function?: string;
  /** Institution this one is part of, person's organization, measure's owner. */
  owner?: Mention;
  /** A measure with no owner stated: who lifts, eases or extends it, the party whose measure of that kind it most likely is. */
  holder?: Mention;
  /** A measure stated in the passive with no agent ("Charter flights were banned"): the party the story last saw acting against its targets, who imposed it without it being named as theirs. */
  imposer?: Mention;
  /** Measures: family ("tariff"), domain ("export"), what they are aimed at, the venue (WTO). */
  family?: string;
  /** The word the text names a measure by ("levy", "cap" for "capped"), for its label. */
  noun?: string;
  /** A measure stated by a verb: its short name, up to what it acts on ("ban on EU vessels"). */
  short?: string;
  domain?: string;
  targets?: Mention[];
  venue?: Mention;
  /** A measure said to be a new one of its kind: "a second complaint", "another round of tariffs". */
  another?: boolean;
  /** Agreements and measures with no name of their own ("the pact"): resolve to the last one. */
  anaphoric?: boolean;
  /** Agreement year ("the 1965 treaty"). */
  year?: string;
  /** Character offset where the name proper starts, after a nationality ("South Korean| Embassy"). */
  nameFrom?: number;
  /** The measure with the phrase that pins it down: "restrictions on exports to South Korea". */
  longText?: string;
  /** A measure's noun phrase with the complements that say what it covers: "ban on charter flights". */
  phrase?: string;
  /** An acronym the article defined: the mention it stands for ("CEPA" -> "the Comprehensive ... Agreement"). */
  acronymOf?: Mention;
  /** A person's name with no cue (title, role, known first name, "said"): kept only if the article names the person by one word elsewhere. */
  unsure?: boolean;
  /** A person named by a title alone ("the minister", "the Qatari emir"): the last such person the article named. */
  description?: boolean;
  /** Resolved node key. */
  key?: string;
}

/**
 * A mention with every field present, always in this order. Objects of one shape keep the
 * stages' property reads monomorphic: mentions built from literals of a dozen shapes made V8
 * throw away and recompile the largest functions whenever a new shape turned up (each worker
 * thread again), which cost more CPU than the extraction on a second core.
 */
export function newMention(sent: number, i: number, j: number, start: number, end: number, type: NodeType, text: string, more: Partial<Mention> = {}): Mention {
  return {
    sent,
    i,
    j,
    start,
    end,
    type,
    text,
    known: more.known,
    governed: more.governed,
    role: more.role,
    country: more.country,
    function: more.function,
    owner: more.owner,
    holder: more.holder,
    imposer: more.imposer,
    family: more.family,
    noun: more.noun,
    short: more.short,
    domain: more.domain,
    targets: more.targets,
    venue: more.venue,
    another: more.another,
    anaphoric: more.anaphoric,
    year: more.year,
    nameFrom: more.nameFrom,
    longText: more.longText,
    phrase: more.phrase,
    acronymOf: more.acronymOf,
    unsure: more.unsure,
    description: more.description,
    key: more.key,
  };
}

/** Starts with a capital (A-Z, À-Þ, Ł, Ş...) and has a Latin letter: code points, not regexes, since every stage asks it of every token. */
export const isCap = (t: Token | undefined): boolean => {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && /[a-zA-Z]/.test(t.text)) || (c >= 0x100 && c <= 0x24f && t.text[0] !== t.text[0].toLowerCase());
};
/** The tokens' normal forms, pushed one by one: `map` sometimes returns a holey array, and code that meets both kinds of array is compiled again for the second. */
export function normsOf(toks: Token[]): string[] {
  const out: string[] = [];
  for (const t of toks) out.push(t.norm);
  return out;
}
export const isPossessive = (t: Token | undefined): boolean => !!t && POSSESSIVE.has(t.norm);

/** The tagger takes some past forms for adjectives ("the EU prolonged its sanctions"): before a determiner or pronoun, one is a verb. */
export const isPastFormAsAdjective = (toks: Token[], k: number): boolean => toks[k]?.pos === "ADJ" && /ed$/.test(toks[k].norm) && (toks[k + 1]?.pos === "DET" || toks[k + 1]?.pos === "PRON");

/**
 * What a possessive owns ("Peru's trade minister Juan Perez": the minister): the first mention
 * within `span` tokens after `m`'s "'s" that `ok` accepts; else `m` itself.
 */
export function possessedBy(toks: Token[], ms: Mention[], m: Mention, span: number, ok: (x: Mention) => boolean): Mention {
  return (isPossessive(toks[m.j]) ? ms.find((x) => x.i > m.j && x.i <= m.j + span && ok(x)) : undefined) ?? m;
}

export const overlaps = (a: { i: number; j: number }, b: { i: number; j: number }): boolean => a.i < b.j && b.i < a.j;
export const ACTOR_TYPES: ReadonlySet<NodeType> = new Set(["person", "country", "ministry", "organization"]);
export const isActor = (m: Mention): boolean => ACTOR_TYPES.has(m.type);
/** A country, ministry or organization: an actor that is not a person (what "it" and "they" stand for, what owns a measure). */
export const isCollectiveActor = (m: Mention): boolean => isActor(m) && m.type !== "person";

/** The measure joined to m by "and" ("an asset freeze and | a travel ban"), if any. */
export function joinedMeasure(toks: Token[], ms: Mention[], m: Mention): Mention | undefined {
  if (toks[m.j]?.norm !== "and") return undefined;
  const at = ARTICLES.has(toks[m.j + 1]?.norm ?? "") ? m.j + 2 : m.j + 1;
  return ms.find((x) => x.type === "measure" && x.i === at);
}

/**
 * "Canadian miner | Kestrel Gold", "US cloud provider | Helix Cloud": a state (or its adjective) ending at j before a
 * kind of body and its name only says where the body is from; the body is the one acted on, not its state.
 */
export function qualifiesName(toks: Token[], ms: Mention[], j: number): boolean {
  return ms.some((m) => isActor(m) && m.i > j && m.i <= j + 3 && toks.slice(j, m.i).every((x) => x.pos === "NOUN" && !/\p{Lu}/u.test(x.text)));
}
