// Stage 6: one node per real-world entity. Known names map to their entity; the rest get
// keys from what they are: a ministry by country and function, a measure by owner, family
// and domain, a person by full name (short names and spelling variants within an article
// resolve to it), "the pact" to the last agreement named.
import type { Gazetteer } from "./gazetteer.ts";
import { foldLetters, slug } from "./tokens.ts";
import type { Mention } from "./mention.ts";
import type { Rules } from "./rules.ts";
import type { NodeType } from "./types.ts";

export interface ResolvedEntity {
  key: string;
  label: string;
  type: NodeType;
  role?: string;
  /** Country key a person, ministry or measure belongs to. */
  country?: string;
  /** Measures: the key of whoever keeps it (a country, or a body such as the EU). */
  owner?: string;
}

/** What resolution remembers inside one article. */
export interface DocMemory {
  /** The article's id: what keys the measures it names without an owner. */
  id: string;
  /** Single untitled words the article uses as names ("Takizaki will ..."): what confirms an uncued full name. */
  standalone: Set<string>;
  surnames: Map<string, string>;
  persons: { words: string[]; key: string }[];
  /** The people named so far with a title, and the ministries, in order: what "the minister" or "the ministry" can be. */
  titled: { key: string; role: string[]; country?: string }[];
  institutions: Map<string, string>;
  lastAgreement?: string;
  lastMeasure: Map<string, string>;
  /** Every measure the article named so far, in order, with what tells them apart. */
  measures: MeasureFacts[];
  /** The dateline's country: where a ministry or court named with no country is. */
  dateline?: string;
  /** Organizations of several words the article named, in order: what a short form ("Nordhaven") is. */
  organizations?: ResolvedEntity[];
}

/** What resolution remembers across articles. */
export interface CorpusMemory {
  entities: Map<string, ResolvedEntity>;
  surnames: Map<string, Set<string>>;
  /** Measure key -> the country it is aimed at, once the text says so. */
  measureTargets: Map<string, string>;
  /** Measure base key (owner, domain, family) -> the keys of that owner's measures of the kind. */
  measureVariants: Map<string, string[]>;
  /** "family|target" -> the owned measures of that family aimed at that target: what an article's unowned "export controls on X" can be. */
  measures: Map<string, MeasureFacts[]>;
}

/** What tells one measure from another: family, domain, the country it is aimed at. */
interface MeasureFacts {
  key: string;
  /** Whose it is was said: "Japan's restrictions", not "a ban on charter flights". */
  owned: boolean;
  fam: string;
  domain?: string;
  target?: string;
  /** Whose it is, when said. */
  owner?: string;
  /** An unowned measure's holder: who lifted or extended it. */
  holder?: string;
}

export const newCorpusMemory = (): CorpusMemory => ({ entities: new Map(), surnames: new Map(), measureTargets: new Map(), measureVariants: new Map(), measures: new Map() });

export const newDocMemory = (id: string, standalone: Set<string> = new Set(), dateline?: string): DocMemory => ({
  id,
  standalone,
  dateline,
  surnames: new Map(),
  persons: [],
  titled: [],
  institutions: new Map(),
  lastMeasure: new Map(),
  measures: [],
});

const stripDeterminer = (s: string) =>
  s
    .replace(/^(the|a|an|its|their|this|that|these|those)\s+/i, "")
    .replace(/^own\s+/i, "")
    .trim();
const words = (s: string) => s.split(/[\s-]+/).filter(Boolean);
/** A name's words as they are compared: lower case, accents folded ("Erdoğan" is "erdogan"). */
const nameWords = (s: string) => words(foldLetters(s).toLowerCase());

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}

export function resolveMention(m: Mention, doc: DocMemory, corpus: CorpusMemory, R: Rules): ResolvedEntity | undefined {
  if (m.key) return corpus.entities.get(m.key);
  const r = m.description ? (titledBefore(m.type === "ministry" ? "ministry" : (m.role ?? ""), m.country, doc, corpus) ?? ownCourt(m, doc)) : (shortForm(m, doc) ?? resolveNew(m, doc, corpus, R));
  if (!r) return undefined;
  m.key = r.key;
  const prev = corpus.entities.get(r.key);
  if (prev) {
    if (!prev.role && r.role) prev.role = r.role;
    if (!prev.country && r.country) prev.country = r.country;
  } else corpus.entities.set(r.key, r);
  const e = prev ?? r;
  if (e.type === "person" && e.role) doc.titled.push({ key: e.key, role: e.role.toLowerCase().split(/\s+/), country: e.country });
  if (e.type === "ministry") doc.titled.push({ key: e.key, role: ["ministry"], country: e.country });
  const head = e.type === "organization" ? OWN_BODY_HEAD.exec(e.label)?.[1].toLowerCase() : undefined;
  if (head) doc.titled.push({ key: e.key, role: [head], country: e.country });
  if (e.type === "organization" && !m.known && e.label.includes(" ")) (doc.organizations ??= []).push(e);
  return e;
}

/**
 * "Nordhaven" after "Nordhaven Terminals BV": an organization the article named in full, by its first words.
 * Also a name with no title that the person pass took ("Meridian Crest denied ..."), once the article has made it a body's.
 */
function shortForm(m: Mention, doc: DocMemory): ResolvedEntity | undefined {
  const untitled = m.type === "person" && !m.role;
  if ((m.type !== "organization" && !untitled) || m.known || !doc.organizations) return undefined;
  const short = nameWords(stripDeterminer(m.text));
  if (!short.length || !/^\p{Lu}/u.test(m.text.replace(/^the\s+/i, ""))) return undefined;
  for (let q = doc.organizations.length - 1; q >= 0; q--) {
    const full = nameWords(doc.organizations[q].label);
    if ((full.length > short.length || (untitled && full.length === short.length)) && short.every((w, k) => full[k] === w)) return doc.organizations[q];
  }
  return undefined;
}

/** A court the article names by its head alone, before any other: this article's own, never another's. */
function ownCourt(m: Mention, doc: DocMemory): ResolvedEntity | undefined {
  return m.role && OWN_BODIES.has(m.role) ? { key: `${doc.id}-${m.role}`, label: m.role, type: "organization" } : undefined;
}

/** Bodies an article names by their head alone ("the court", "the tribunal"): its own, never another article's. */
const OWN_BODIES = new Set(["court", "tribunal", "committee"]);
/** One of them as a word of a body's label: "Mongolia's Supreme Court", "international arbitration tribunal". */
const OWN_BODY_HEAD = new RegExp(`\\b(${[...OWN_BODIES].join("|")})\\b`, "i");

/**
 * "the minister", "the Qatari emir", "the ministry": the last person the article named whose
 * title has these words, or the last ministry (of that country, when one is said).
 */
function titledBefore(role: string, country: string | undefined, doc: DocMemory, corpus: CorpusMemory): ResolvedEntity | undefined {
  const ws = role.split(" ");
  for (let q = doc.titled.length - 1; q >= 0; q--) {
    const p = doc.titled[q];
    if (p.role[p.role.length - 1] !== ws[ws.length - 1] || !ws.every((w) => p.role.includes(w))) continue;
    if (country && country !== p.country) continue;
    return corpus.entities.get(p.key);
  }
  return undefined;
}

function countryOf(m: Mention | undefined, corpus: CorpusMemory): string | undefined {
  if (!m) return undefined;
  if (m.type === "country") return m.key ?? m.known?.key;
  return m.country ?? (m.key ? corpus.entities.get(m.key)?.country : undefined);
}

function resolveNew(m: Mention, doc: DocMemory, corpus: CorpusMemory, R: Rules): ResolvedEntity | undefined {
  const gaz = R.gaz;
  if (m.owner && !m.owner.key) resolveMention(m.owner, doc, corpus, R);
  const ownerCountry = countryOf(m.owner, corpus);
  // "the Treasury of Chile" is no other state's Treasury the lexicon knows.
  const stated = m.type === "ministry" || m.type === "organization" ? (m.country ?? ownerCountry) : undefined;
  const foreign = !!m.known?.country && !!stated && gaz.countryByCode.get(m.known.country)?.key !== stated;
  if (m.known && !foreign) {
    const k = m.known;
    // A known person's short name and spelling variants in this article resolve to them too: "Prince Faisal", "Kang Kyung Hwa".
    if (k.type === "person") remember(nameWords(k.label), k.key, doc, corpus);
    const country = k.country ? gaz.countryByCode.get(k.country)?.key : undefined;
    return { key: k.key, label: k.label, type: k.type, role: m.role ?? k.role, country: k.type === "country" ? k.key : country };
  }
  const base = stripDeterminer(m.nameFrom !== undefined ? m.text.slice(m.nameFrom - m.start) : m.text);
  switch (m.type) {
    case "person":
      return resolvePerson(m, base, doc, corpus, ownerCountry);
    case "ministry":
    case "organization": {
      const country = m.country ?? ownerCountry;
      // "the WTO panel", "the World Trade Organization dispute panel": a body's organ in lower case is one by its head.
      const head = /\s(\p{Ll}+)$/u.exec(m.text)?.[1];
      if (m.type === "organization" && m.owner?.key && m.owner.known?.type === "organization" && head) {
        const key = `${m.owner.key}-${head}`;
        return corpus.entities.get(key) ?? { key, label: stripDeterminer(m.text), type: m.type, country };
      }
      // "Peruvian Fishing Company", "National Iranian Oil Company": a company's or body's nationality is part of its name.
      const whole = stripDeterminer(m.text);
      if (m.type === "organization" && m.nameFrom !== undefined && !m.function && /^\p{Lu}/u.test(whole) && !/\bcourt\b/i.test(whole)) {
        return { key: slug(whole), label: whole, type: m.type, country };
      }
      const countryLabel = country ? (corpus.entities.get(country)?.label ?? gaz.byKey.get(country)?.label) : undefined;
      const code = country ? gaz.byKey.get(country)?.country : undefined;
      // "The Ministry of Commerce said" after "China's commerce ministry": the article's ministry of that function.
      const byFn = m.function ? `fn:${m.type}:${m.function}` : undefined;
      // Not "Kazakh Ministry of Trade": a capitalized word before the head may be a state the lexicon does not know.
      const unknownOwner = !country && unknownAdjective(m.text, R);
      if (byFn && !country && !unknownOwner) {
        const seen = doc.institutions.get(byFn);
        if (seen) return corpus.entities.get(seen);
      }
      if (m.function && code) {
        const known = gaz.byFunction.get(`${m.type}|${code}|${m.function}`);
        if (known) {
          doc.institutions.set(byFn!, known.key);
          return { key: known.key, label: known.label, type: known.type, country };
        }
      }
      // A ministry (or a supreme court) known by its function gets the function's name; an organization keeps its own ("China Chamber of Commerce").
      const byFunction = m.function && (m.type === "ministry" || m.function === "supreme") ? R.functionLabels.get(m.function) : undefined;
      // A ministry of several portfolios keeps the name it is given ("Department of Trade, Industry and Competition"), which no function's names.
      const compound = /^(Ministry|Department)\s+(of|for)\s+\S.*(,|\band\b)/.test(base);
      const name = (!compound && byFunction) || base;
      const own = slug(name);
      if (!country) {
        // "the Ruritanian Ministry of Commerce": kept whole, as this article's.
        if (unknownOwner && m.type === "ministry") return { key: `${doc.id}-${slug(whole)}`, label: whole, type: m.type };
        const seen = doc.institutions.get(own);
        if (seen) return corpus.entities.get(seen);
        // "the trade ministry" of no known state is this article's, never another article's.
        if ((m.type === "ministry" && m.function) || !/^\p{Lu}/u.test(base)) return { key: `${doc.id}-${own}`, label: name, type: m.type };
        return { key: own, label: name, type: m.type };
      }
      const key = `${country}-${own}`;
      doc.institutions.set(own, key);
      if (byFn) doc.institutions.set(byFn, key);
      // "Central Bank of Iran" names its country already.
      const label = countryLabel && name.includes(countryLabel) ? name : `${possessive(countryLabel ?? country)} ${name}`;
      return { key, label, type: m.type, country };
    }
    case "agreement": {
      if (m.year) {
        const key = `agreement-${m.year}`;
        doc.lastAgreement = key;
        return { key, label: `${m.year} ${base.replace(/\b(1[89]|20)\d\d\s*/, "")}`, type: "agreement" };
      }
      if (m.anaphoric) return doc.lastAgreement ? corpus.entities.get(doc.lastAgreement) : undefined;
      // A common noun phrase ("the migration deal", "a joint declaration") is the article's agreement
      // when it has one, else an agreement of this article only: another's "deal" is another deal.
      const proper = /^\p{Lu}/u.test(base);
      if (!proper && doc.lastAgreement) return corpus.entities.get(doc.lastAgreement);
      const key = proper ? slug(base) : `${doc.id}-${slug(base)}`;
      doc.lastAgreement = key;
      return { key, label: base, type: "agreement" };
    }
    case "measure": {
      const fam = m.family ?? "restriction";
      const domain = m.domain ?? R.defaultDomain.get(fam);
      const slot = domain ? `${fam}:${domain}` : fam;
      // The measure's own nationality ("the Japanese measures") beats whoever the sentence has act on it.
      let ownerKey = m.country ?? ownerCountry ?? m.owner?.key;
      const holder = ownerKey ? undefined : (countryOf(m.holder, corpus) ?? m.holder?.key);
      if (!ownerKey) {
        // "Japan lifted the export curbs": Japan's own measure of the kind, when the article or the corpus has one.
        const held = holder ? heldMeasure(holder, fam, domain, targetOf(m, holder) ?? soleActorTarget(m), doc, corpus) : undefined;
        if (held) return corpus.entities.get(held);
        const prev = doc.lastMeasure.get(slot) ?? doc.lastMeasure.get(fam);
        const e = prev ? corpus.entities.get(prev) : undefined;
        // Duties "on U.S. cars" are not the U.S. duties spoken of before: a counter-measure.
        const counter = !!e?.country && !!m.targets?.some((t) => (t.key ?? t.known?.key) === e.country);
        // "the ban on charter flights" says what it covers: a measure of its own, not the article's last ban.
        if (!m.phrase && (e || !holder)) return counter ? undefined : e;
      }
      // A bare "export curbs" that someone lifts, with none before it: theirs (a list or a status is whoever is on it).
      if (!ownerKey && !m.phrase && fam !== "list" && fam !== "status") ownerKey = holder;
      if (!ownerKey) {
        // A list or a status is someone's ("Japan's whitelist"): with no owner it is no measure of its own.
        if (fam === "list" || fam === "status") return undefined;
        const target = targetOf(m) ?? soleActorTarget(m);
        // "export controls on South Korea" after "Japan's restrictions on exports to South Korea": the same measure.
        const same = sameMeasure(doc.measures, fam, target, m.domain);
        if (same) return corpus.entities.get(same.key);
        // Another article's: only the corpus's one measure of this kind aimed at this target.
        const elsewhere = target ? (corpus.measures.get(`${fam}|${target}`) ?? []).filter((x) => !m.domain || !x.domain || x.domain === m.domain) : [];
        if (elsewhere.length === 1) return corpus.entities.get(elsewhere[0].key);
        return unownedMeasure(m, doc, slot, fam, target, holder);
      }
      const base = [ownerKey, fam === "restriction" ? domain : undefined, fam].filter(Boolean).join("-");
      // Aimed at a country; else at the one person or body it acts on ("Turkey's detention of Andrew Brunson").
      const target = targetOf(m, ownerKey) ?? soleActorTarget(m);
      // The measure this article said its owner lifted or extended before it said whose it was.
      const lifted = doc.measures.findLast((x) => !x.owned && x.holder === ownerKey && x.fam === fam && (!target || !x.target || x.target === target));
      if (lifted) {
        lifted.owned = true;
        lifted.owner = ownerKey;
        return corpus.entities.get(lifted.key);
      }
      // "a second complaint": a new measure of the kind, after the owner's others.
      const key = m.another ? anotherKey(base, target, corpus) : measureKey(base, target, slot, doc, corpus);
      doc.lastMeasure.set(slot, key);
      doc.lastMeasure.set(fam, key);
      const known = { key, owned: true, fam, domain, target: corpus.measureTargets.get(key), owner: ownerKey };
      // Once per measure: a long article naming one measure a thousand times keeps one entry, not a thousand to search.
      if (!doc.measures.some((x) => x.key === key && x.owned)) doc.measures.push(known);
      if (known.target) {
        const slot = `${fam}|${known.target}`;
        const list = corpus.measures.get(slot) ?? [];
        if (!list.some((x) => x.key === key)) corpus.measures.set(slot, [...list, known]);
      }
      const venue = m.venue && /^[A-Z]{2,6}$/.test(m.venue.text) ? m.venue.text : m.venue?.known?.label;
      // The domain names restrictions always ("export restrictions"), other kinds when the text gives one ("asset freeze", "import ban").
      const what = [venue, fam === "restriction" ? domain : m.domain, measureNoun(m, fam, R)].filter(Boolean).join(" ");
      const on = key !== base && target ? ` ${R.familyPreps.get(fam) ?? "on"} ${labelOf(target, corpus, gaz)}` : "";
      const nth = m.another ? ORDINALS[Number(key.slice(base.length + 1)) - 1] : undefined;
      // A measure a verb states is named by what it acts on ("Norway's ban on EU vessels"), not only whom.
      const named = m.short && !nth ? m.short : `${nth ? `${nth} ` : ""}${what}${on}`;
      // "ECOWAS's asset freeze", not "Economic Community of West African States' asset freeze": a long name by the acronym the text uses.
      const ownerLabel = labelOf(ownerKey, corpus, gaz);
      const short = m.owner && /^[A-Z]{2,6}$/.test(m.owner.text) && ownerLabel.split(" ").length > 2 ? m.owner.text : ownerLabel;
      return { key, label: `${possessive(short)} ${named}`, type: "measure", country: m.country ?? ownerCountry, owner: ownerKey };
    }
    default:
      return { key: slug(base), label: base, type: m.type };
  }
}

function resolvePerson(m: Mention, name: string, doc: DocMemory, corpus: CorpusMemory, ownerCountry?: string): ResolvedEntity | undefined {
  const ws = words(name);
  const country = m.country ?? ownerCountry;
  // One untitled word ("Brunson", "Al-Ula") is a person only as the surname of one already named.
  if (ws.length === 1 || m.anaphoric) {
    const w = nameWords(ws[0])[0];
    const inDoc = doc.surnames.get(w);
    if (inDoc) return corpus.entities.get(inDoc);
    const global = corpus.surnames.get(w);
    if (global?.size === 1) return corpus.entities.get([...global][0]);
    if (m.anaphoric) return undefined;
    return { key: slug(name), label: name, type: "person", role: m.role, country };
  }
  const lower = nameWords(name);
  if (m.unsure && !lower.some((w) => doc.standalone.has(w))) return undefined;
  // Transliteration variants in one article: "Kim Dinghan" / "Kim Dingham".
  const variant =
    doc.persons.find((p) => p.words[0] === lower[0] && p.words.length === lower.length && editDistance(p.words.slice(1).join(" "), lower.slice(1).join(" ")) <= 2) ??
    doc.persons.find((p) => p.words.length > lower.length && p.words.slice(-lower.length).join(" ") === lower.join(" ")); // "De Gucht" after "Karel De Gucht"
  const key = variant?.key ?? longerOrShorter(lower, corpus) ?? slug(name);
  if (!variant) remember(lower, key, doc, corpus);
  return { key, label: variant ? (corpus.entities.get(key)?.label ?? name) : name, type: "person", role: m.role, country };
}

/** A measure is named as the text names it ("Nepal's levy", "Kenya's cap"), unless the text's word is a vague one ("the measures"). */
function measureNoun(m: Mention, fam: string, R: Rules): string {
  return m.noun && !R.vagueMeasureNouns.has(m.noun) ? m.noun : (R.familyLabels.get(fam) ?? fam);
}

/** A body's name opens with a capitalized word that is neither its head nor a function ("Kazakh Ministry of Trade", not "Ministry of Trade" or "Commerce ministry"). */
function unknownAdjective(text: string, R: Rules): boolean {
  const first = text.replace(/^the\s+/i, "").split(/\s+/)[0];
  const lower = first.toLowerCase();
  return /^\p{Lu}/u.test(first) && !R.ministryHeads.has(lower) && !R.functions.some((f) => f.tokens[0] === lower);
}

/**
 * A measure the text names without saying whose it is ("a ban on charter flights"): kept,
 * under what it says, within its article (another article's "ban on charter flights" may
 * be another state's).
 */
function unownedMeasure(m: Mention, doc: DocMemory, slot: string, fam: string, target: string | undefined, holder: string | undefined): ResolvedEntity {
  const label = stripDeterminer(m.phrase ?? m.text);
  const key = `${doc.id}-${slug(label)}`;
  doc.lastMeasure.set(slot, key);
  doc.lastMeasure.set(fam, key);
  doc.measures.push({ key, owned: false, fam, domain: m.domain, target, holder });
  return { key, label, type: "measure" };
}

/** The article's last measure of this family on this target (or, with no target, of this domain). */
function sameMeasure(measures: MeasureFacts[], fam: string, target: string | undefined, domain: string | undefined): MeasureFacts | undefined {
  for (let q = measures.length - 1; q >= 0; q--) {
    const x = measures[q];
    // Only a measure whose owner was named: two phrases of their own ("a ban on charter flights", "a ban on fruit") are two bans.
    // Two of no one's are one when they say the same kind on the same target ("a ban on imports of Turkish fruit" after "the ban on import of Turkish products").
    const alike = x.owned || (!!target && !!domain && x.domain === domain);
    if (alike && x.fam === fam && ((target && x.target === target) || (!target && !!domain && x.domain === domain))) return x;
  }
  return undefined;
}

/** The measure of this kind that `owner` keeps: the article's last one, else the corpus's one on the target named, or its only one with no target (another article's measure needs a target named). */
function heldMeasure(owner: string, fam: string, domain: string | undefined, target: string | undefined, doc: DocMemory, corpus: CorpusMemory): string | undefined {
  const fits = (x: MeasureFacts) => x.owner === owner && x.fam === fam && (!target || !x.target || x.target === target);
  const inDoc = doc.measures.findLast(fits);
  if (inDoc) return inDoc.key;
  const variants = corpus.measureVariants.get([owner, fam === "restriction" ? domain : undefined, fam].filter(Boolean).join("-")) ?? [];
  const aimed = target ? variants.filter((k) => corpus.measureTargets.get(k) === target) : [];
  if (aimed.length === 1) return aimed[0];
  // Its only one of the kind, aimed at no one the text named.
  return target && variants.length === 1 && !corpus.measureTargets.has(variants[0]) ? variants[0] : undefined;
}

/** The key of the article's last measure of this owner and kind ("japan-export-restriction", "...-on-south-korea"). */
function ofBase(measures: MeasureFacts[], base: string): string | undefined {
  for (let q = measures.length - 1; q >= 0; q--) if (measures[q].key === base || measures[q].key.startsWith(`${base}-on-`)) return measures[q].key;
  return undefined;
}

/** The key of the only person or organization a measure acts on, once resolved. */
function soleActorTarget(m: Mention): string | undefined {
  const actors = m.targets?.filter((t) => t.type !== "country" && t.key) ?? [];
  return actors.length === 1 ? actors[0].key : undefined;
}

/** The country a measure is aimed at, as the text names it (not its owner). */
function targetOf(m: Mention, ownerKey?: string): string | undefined {
  return m.targets?.map((t) => (t.type === "country" ? (t.key ?? t.known?.key) : undefined)).find((t) => t && t !== ownerKey);
}

/** The one person named before, in any article, whose name ends with this one's or this one ends with: "Tayyip Erdogan", "Recep Tayyip Erdogan". */
function longerOrShorter(lower: string[], corpus: CorpusMemory): string | undefined {
  const found = new Set<string>();
  for (const key of corpus.surnames.get(lower[lower.length - 1]) ?? []) {
    const other = nameWords(corpus.entities.get(key)?.label ?? "");
    const [short, long] = other.length < lower.length ? [other, lower] : [lower, other];
    if (short.length >= 2 && short.length < long.length && long.slice(-short.length).join(" ") === short.join(" ")) found.add(key);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** A person's name words, for the short names and variants that follow. */
function remember(lower: string[], key: string, doc: DocMemory, corpus: CorpusMemory): void {
  if (!doc.persons.some((p) => p.key === key)) doc.persons.push({ words: lower, key });
  for (const w of lower) {
    if (w.length < 3) continue;
    doc.surnames.set(w, key);
    if (!corpus.surnames.has(w)) corpus.surnames.set(w, new Set());
    corpus.surnames.get(w)!.add(key);
  }
}

const possessive = (name: string): string => (/s$/.test(name) ? `${name}'` : `${name}'s`);

/**
 * One owner can keep several measures of a kind (US tariffs on Mexico, on Turkey): the target
 * tells them apart. A mention that names no target is the one this article spoke of, else the
 * owner's only one of that kind in the corpus; a target first named later is recorded on it.
 */
function measureKey(base: string, target: string | undefined, slot: string, doc: DocMemory, corpus: CorpusMemory): string {
  const variants = corpus.measureVariants.get(base) ?? [];
  const inDoc = doc.lastMeasure.get(slot);
  // The article's own measure of this owner and kind: the last one named, even with others named since.
  const ours = inDoc && (inDoc === base || inDoc.startsWith(`${base}-on-`)) ? inDoc : ofBase(doc.measures, base);
  // Every key returned is recorded as a variant of its base, so lookups never scan the corpus.
  if (!target) return rememberVariant(corpus, base, variants, ours ?? (variants.length === 1 ? variants[0] : base));
  const aimed = variants.find((k) => corpus.measureTargets.get(k) === target);
  if (aimed) return aimed;
  // The untargeted measure this article (or the corpus, when it has only that one) spoke of.
  const open = [ours, variants.length === 1 ? variants[0] : undefined].find((k) => k && !corpus.measureTargets.has(k));
  const key = open ?? `${base}-on-${target}`;
  corpus.measureTargets.set(key, target);
  return rememberVariant(corpus, base, variants, key);
}

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

/** A key for one more of this owner's measures of a kind: "australia-complaint-2". */
function anotherKey(base: string, target: string | undefined, corpus: CorpusMemory): string {
  const variants = corpus.measureVariants.get(base) ?? [];
  let n = variants.length + 1;
  while (corpus.entities.has(`${base}-${n}`) || variants.includes(`${base}-${n}`)) n++;
  const key = `${base}-${n}`;
  if (target) corpus.measureTargets.set(key, target);
  return rememberVariant(corpus, base, variants, key);
}

function rememberVariant(corpus: CorpusMemory, base: string, variants: string[], key: string): string {
  if (!variants.includes(key)) corpus.measureVariants.set(base, [...variants, key]);
  return key;
}

function labelOf(key: string, corpus: CorpusMemory, gaz: Gazetteer): string {
  return corpus.entities.get(key)?.label ?? gaz.byKey.get(key)?.label ?? key;
}
