// The per-article half of extraction: everything that needs only the article itself
// (sentences, mentions, links, relations, dates). It keeps no state between articles, so
// articles can be parsed in any order or in parallel; the graph is then built from the
// parses in id order (build.ts), where names resolve across articles.
import { learnAcronyms, withAcronyms, type AcronymTable } from "./acronyms.ts";
import { findDates, relativeDates, type FoundDate } from "./dates.ts";
import { documentInfo } from "./document.ts";
import { findMentions, adjectiveParties, type Demonym, type SentenceMentions } from "./mentions.ts";
import { linkMentions } from "./links.ts";
import { DATELINE_MARK } from "./mentions-bodies.ts";
import { isActor, isCap, isPossessive, newMention, type Mention } from "./mention.ts";
import { isRoleWord } from "./mention-scan.ts";
import { type Discourse, lastOrganization, updateDiscourse } from "./discourse.ts";
import { findFrames } from "./frames.ts";
import { requestedActs } from "./requests.ts";
import { findRelations, type RawRelation } from "./relations.ts";
import { verbMeasures } from "./verb-measures.ts";
import { describedBody } from "./subjects.ts";
import type { KnownEntity } from "./gazetteer.ts";
import type { Rules } from "./rules.ts";
import { segment } from "./segment.ts";
import { foldLetters, type Sentence, type Token } from "./tokens.ts";
import type { DocumentInfo, SourceDocument } from "./types.ts";
import { COMPANY_ROLES, DETERMINERS, MISSIONS, NOW_AUX, PREPOSITIONS, ROYAL, SAYING, TITLE_JOINS } from "./words.ts";

export interface ParsedSentence {
  /** The sentence without its tokens: the build needs only its span and text, and a parse crosses threads. */
  sentence: Omit<Sentence, "tokens">;
  mentions: Mention[];
  /** Mentions of acronyms in parentheses, defined here ("(CEPA)"). */
  defined: Mention[];
  relations: RawRelation[];
  dates: FoundDate[];
  /** The date of what the sentence states when it gives none: its paragraph's, or the article's for the present tense. */
  when?: string;
  /**
   * Else the story's last point in time from an earlier paragraph ("Guterres said he regretted
   * the decision" after "on Monday"): weaker than a date any other evidence of the edge states.
   */
  carried?: string;
}

export interface ParsedDocument {
  info: DocumentInfo;
  sentences: ParsedSentence[];
  /** Single untitled words the article uses as a clause's subject ("Takizaki will ..."), lower case: names of people it named in full. */
  standalone: string[];
  /** The country of the article's dateline ("SEOUL, July 4 -"): where its bodies and officials with no country named are. */
  dateline?: string;
}

export function parseDocument(d: SourceDocument, R: Rules): ParsedDocument {
  const doc = documentInfo(d, R);
  const sentences = segment(doc.text, R);
  const weakSeen = sentences.map(() => [] as string[]);
  const first = sentences.map((s, k) => findMentions(s, k, R, (key) => (weakSeen[k].push(key), true)));
  // Weak aliases ("the South", "the Commission") count only where the entity is named outright.
  // A sentence names an entity outright when it has more mentions of it than weak matches ("the union" alone names no EU).
  const strong = new Set<string>();
  first.forEach((x, k) => {
    for (const m of x.mentions) {
      const key = m.known?.key;
      if (!key || strong.has(key)) continue;
      const weak = weakSeen[k].filter((w) => w === key).length;
      if (x.mentions.filter((o) => o.known?.key === key).length > weak) strong.add(key);
    }
  });
  const dateline = datelineCountry(sentences, first);
  const focal = dateline ?? focalCountry(first, R);
  const acronyms: AcronymTable = new Map();
  const discourse: Discourse = { countries: [] };
  let contextYear: number | undefined;
  let contextMonth: number | undefined;
  let contextLine = -1;
  let lastDate: string | undefined;
  let paragraphDate: string | undefined;
  let storyDate: string | undefined;
  // A loop and push rather than `map`, whose result is sometimes a holey array (see normsOf).
  const parsed: ParsedSentence[] = [];
  const standalone: string[] = [];
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    // Read the sentence again only where a weak alias turned out not to count.
    const found = weakSeen[k].every((key) => strong.has(key)) ? first[k] : findMentions(s, k, R, (key) => strong.has(key));
    const mentions = withAcronyms(s, k, found.mentions, acronyms);
    const governments = focal ? bareGovernments(s, k, mentions, found.demonyms, focal) : [];
    const flows = adjectiveParties(s, k, mentions, found.demonyms, R);
    // In the order of the text: what searches a sentence's mentions takes the first that fits.
    if (governments.length || flows.length) {
      mentions.push(...governments, ...flows);
      mentions.sort((a, b) => a.i - b.i);
    }
    linkMentions(s, mentions, found.demonyms, R);
    // "Foreign ministry spokesman Zhao Lijian": the ministry of an official whose state is known is that state's.
    for (const m of mentions) {
      const code = m.type === "person" ? m.known?.country : undefined;
      if (!code) continue;
      const ministry =
        m.owner?.type === "ministry"
          ? m.owner
          : mentions.find((x) => x.type === "ministry" && x.j <= m.i && m.i - x.j <= 2 && s.tokens.slice(x.j, m.i).every((t) => R.roleNouns.has(t.norm) || R.roleWords.has(t.norm)));
      if (ministry && !ministry.country && !ministry.owner) ministry.country = R.gaz.countryByCode.get(code)?.key;
    }
    // "The Fisheries Council urged talks. Its executive secretary, X, said ...": a title opening the
    // sentence with "its" or "their" is the previous sentence's subject's, whatever kind of body it is.
    const opensWithIts = s.tokens[0]?.norm === "its" || s.tokens[0]?.norm === "their";
    const subject = discourse.lastActor && k - discourse.lastActor.sent === 1 && discourse.lastActor.type !== "person" ? discourse.lastActor : undefined;
    // A company's officer ("Its chief executive") is no state's: the company named last, below.
    if (subject && opensWithIts)
      for (const m of mentions)
        if (
          m.type === "person" &&
          m.role &&
          !m.owner &&
          !m.country &&
          !(isCompanyOfficer(m) && subject.type !== "organization") &&
          s.tokens.slice(1, m.i).every((t) => t.norm === "," || t.norm === "-" || isRoleWord(t.norm, R))
        )
          m.owner = subject;
    // "The association's president, X", "the ministry's secretary-general, X": the body of that kind named last.
    for (const m of mentions)
      if (m.type === "person" && m.role && !m.owner && !m.country) {
        const body = kindBefore(s.tokens, m, R);
        // Else a kind news names before a name ("news agency Adria Press"): the last body of no state named.
        const named = body
          ? ([...(discourse.bodies ?? []), ...mentions.filter((x) => x.j <= m.i)].filter((x) => isKind(x, body)).pop() ?? (R.orgNouns.has(body) ? describedBody(body, R, discourse) : undefined))
          : undefined;
        if (named) m.owner = named;
      }
    // "Managing director X said the company ...", "Its chief executive, X,": a company's officer with no body named is the last organization's.
    for (const m of mentions)
      if (m.type === "person" && !m.owner && !m.country && isCompanyOfficer(m)) {
        const org = mentions.filter((x) => x.type === "organization" && x.j <= m.i).pop() ?? lastOrganization(discourse);
        // A court or a body the lexicon knows (the WTO, FIFA) has no managing director.
        if (org && !org.known && !/\bcourt\b/i.test(org.text)) m.owner = org;
      }
    // "The European Commission condemned the detention. Fisheries Commissioner X said ...": an official whose sentence
    // names no body or state speaks for the side that acted just before (the dateline's state comes after, in build).
    // Not a royal ("Prince Faisal"), whom the lexicon knows by another name.
    // A state, or a body of no state (the European Commission, FIFA); a ministry or an embassy only for its spokesman.
    const last = discourse.lastActor;
    const stateless = last && (last.type === "country" || (last.type === "organization" && !last.country && !last.owner));
    const side = last && k - last.sent <= 2 ? last : undefined;
    // A state's ministry that acted: its other officials are the state's ("Senegal's foreign ministry summoned ... Fisheries Minister X said").
    // Not an embassy's: its state is the foreign one.
    const ministryState =
      side?.type === "ministry" &&
      !side.text
        .toLowerCase()
        .split(/\s+/)
        .some((w) => MISSIONS.has(w))
        ? (side.country ?? (side.owner?.type === "country" ? side.owner.known?.key : undefined))
        : undefined;
    if (side && !mentions.some((x) => x.type === "country" && !isGoverned(s.tokens, x.i)))
      for (const m of mentions)
        if (
          m.type === "person" &&
          m.role &&
          !m.owner &&
          !m.country &&
          !m.known &&
          !m.description &&
          !m.role.split(" ").some((w) => R.privateRoles.has(w) || ROYAL.has(w)) &&
          !mentions.some((x) => x.j <= m.i && (x.type === "ministry" || x.type === "organization")) &&
          (stateless || SPOKESPEOPLE.test(m.role) || ministryState) &&
          // A minister or a law officer is a state's, never a company's, a court's or a federation's.
          !(side.type === "organization" && STATE_TITLES.test(m.role))
        ) {
          if (stateless || SPOKESPEOPLE.test(m.role)) m.owner = side;
          else if (!actedOn(s.tokens, m)) m.country = ministryState; // a speaker, not one a verb names ("the officials include X")
        }
    // "the country's sports ministry": the country last named.
    for (const m of mentions)
      if (!m.owner && !m.country && m.type !== "person" && isPossessive(s.tokens[m.i - 1]) && s.tokens[m.i - 2]?.norm === "country" && s.tokens[m.i - 3]?.norm === "the") {
        const c = mentions.filter((x) => x.type === "country" && x.j <= m.i - 3).pop() ?? discourse.countries[discourse.countries.length - 1];
        if (c) m.country = c.known?.key ?? c.key;
      }
    // "Turkey has launched a case at the WTO, the Ministry of Trade said": a ministry named with no state is the state acting
    // in the sentence, else the one that acted last, else the article's.
    for (const m of mentions)
      if (m.type === "ministry" && !m.owner && !m.country && !m.known && BARE_MINISTRY.test(m.text)) {
        const acting = mentions.find((x) => x.type === "country" && x.known && !isGoverned(s.tokens, x.i) && !isPossessive(s.tokens[x.j]));
        const last = discourse.lastActor?.type === "country" && k - discourse.lastActor.sent <= 2 ? discourse.lastActor : undefined;
        m.country = (acting ?? last)?.known?.key ?? focal?.key;
      }
    // "Beijing protested. Its foreign ministry said ...": "its" opening a sentence is the state that acted last.
    for (const m of mentions) if (m.type === "ministry" && !m.owner && !m.country && m.i === 1 && opensWithIts && discourse.lastActor?.type === "country") m.country = discourse.lastActor.known?.key;
    const said = [...findRelations(s, mentions, R, discourse), ...findFrames(s, mentions, R, discourse)];
    const relations = [...said, ...requestedActs(s, mentions, said)];
    updateDiscourse(mentions, s.tokens, discourse);
    for (const r of relations) if (r.action !== "member_of" && r.action !== "part_of") for (const agent of r.sources) (discourse.acts ??= []).push({ agent, action: r.action, target: r.target });
    const byVerb = verbMeasures(s, k, mentions, found.demonyms, R, discourse);
    mentions.push(...byVerb);
    // A measure a verb states is its owner's act too ("Kenya capped ...": whose "cap" a later sentence judges).
    for (const m of byVerb) if (m.owner && isActor(m.owner)) (discourse.acts ??= []).push({ agent: m.owner, action: "imposed", target: m });
    const defined = learnAcronyms(s, mentions, acronyms);
    // A year stated in a paragraph carries to its later sentences; past the paragraph only
    // when the article has no date of its own to go by.
    if (s.line !== contextLine) {
      if (doc.date) [contextYear, contextMonth] = [undefined, undefined];
      contextLine = s.line;
      paragraphDate = undefined;
    }
    // "the next day", "a year later", "that day": from the last date the text gave.
    // "OSLO, March 16 (Wire) - Norway's coast guard detained ... on Wednesday": the dateline's date is the report's, not the act's.
    const opening = DATELINE_PREFIX.exec(s.text)?.[0].length ?? 0;
    const stated = findDates(s.text, doc.date, contextYear, contextMonth).filter((x) => x.index >= opening);
    const relative = relativeDates(s.text, lastDate, stated);
    const dates = [...stated.filter((x) => !relative.some((r) => r.index === x.index)), ...relative].sort((a, b) => a.index - b.index);
    const years = dates.filter((x) => x.explicitYear);
    if (years.length) [contextYear, contextMonth] = [+years[years.length - 1].iso.slice(0, 4), +years[years.length - 1].iso.slice(5, 7) || undefined];
    const events = dates.filter((x) => !x.bound);
    // A sentence with no date of its own: the paragraph's, else the article's when it speaks of now ("urges", "has appealed").
    const when = events.length ? undefined : (paragraphDate ?? (doc.date && speaksOfNow(s.tokens) ? doc.date : undefined));
    const carried = events.length || when ? undefined : storyDate;
    if (events.length) lastDate = paragraphDate = events[events.length - 1].iso;
    // A point in time the story moves to: a month or a day, not a year in passing nor the start of a span ("since December").
    const point = events.filter((x) => x.iso.length >= 7 && !SPAN_START.test(s.text.slice(Math.max(0, x.index - 8), x.index))).pop();
    if (point) storyDate = point.iso;
    else if (when && !paragraphDate) storyDate = when; // the story is back at the article's present
    for (const m of mentions) {
      if (isStandaloneName(m, s.tokens)) standalone.push(foldLetters(m.text).toLowerCase());
      // Only a state's or a person's: who an official speaks for (build) asks no other kind.
      if ((m.type === "country" || m.type === "person") && isGoverned(s.tokens, m.type === "person" && m.role ? titleStart(s.tokens, m.i, R) : m.i, m.type === "country")) m.governed = true;
    }
    const { tokens: _, ...span } = s;
    parsed.push({ sentence: span, mentions, defined, relations, dates, when, carried });
  }
  return { info: doc, sentences: parsed, standalone, dateline: dateline?.key };
}

const SPAN_START = /\b(since|from)\s+$/i;

/** "the association's president, X": the kind of body ("association") a title opening with "the <kind>'s" is of. */
function kindBefore(toks: Token[], m: Mention, R: Rules): string | undefined {
  let q = m.i - 1;
  if (toks[q]?.norm === ",") q--;
  // "the agency's bureau chief": a noun before a title word is part of the title.
  while (q > 0 && (isRoleWord(toks[q].norm, R) || toks[q].norm === "-" || (toks[q].pos === "NOUN" && isRoleWord(toks[q + 1]?.norm ?? "", R)))) q--;
  if (!isPossessive(toks[q]) || toks[q - 2]?.norm !== "the") return undefined;
  const kind = toks[q - 1]?.norm ?? "";
  return KINDS_OF_BODY.has(kind) ? kind : undefined;
}

/** `x` is a body of that kind: "ministry" any ministry, else one whose name has the word ("Sierra Leone Football Association"). */
function isKind(x: Mention, kind: string): boolean {
  if (kind === "ministry") return x.type === "ministry";
  return (x.type === "organization" || x.type === "ministry") && x.text.toLowerCase().includes(kind);
}

const KINDS_OF_BODY = new Set([
  "ministry",
  "association",
  "federation",
  "union",
  "company",
  "station",
  "channel",
  "commission",
  "council",
  "committee",
  "agency",
  "authority",
  "office",
  "bank",
  "court",
  "board",
  "group",
  "firm",
  "airline",
  "bloc",
]);

/** A dateline opening a sentence: "OSLO/BRUSSELS, March 16 (Wire) - ", "ABUJA - ". */
const DATELINE_PREFIX = /^[A-Z][A-Z/ .'-]+(,[^-–—]{0,40})?\s[-–—]\s/;

/** A ministry named by its head and function alone: "the Ministry of Trade", "Department of Customs". */
const BARE_MINISTRY = /^(the\s+)?(ministry|department|directorate)\s+(of|for)\b/i;

/** Where the title before a name starts: "met | Deputy Minister of Transport and Public Works | Ana Ruiz". */
function titleStart(toks: Token[], i: number, R: Rules): number {
  let q = i;
  while (q > 0 && (isCap(toks[q - 1]) || isRoleWord(toks[q - 1].norm, R) || ((toks[q - 1].norm === "of" || toks[q - 1].norm === "for" || toks[q - 1].norm === "and") && isCap(toks[q - 2])))) q--;
  return q;
}

/**
 * The mention at i is an object or a complement, or inside a quotation: after a preposition or a verb,
 * a quotation mark between them or not ("regretted" Angola's response), but not a verb of saying,
 * which opens a clause of its own ("said Ecuador had lodged a complaint").
 */
function isGoverned(toks: Token[], i: number, country = false): boolean {
  let q = i - 1;
  while (q >= 0 && toks[q].norm === '"') q--;
  if (toks[q]?.norm === "the" && country) q--; // "blamed the Afghan authorities"
  const before = toks[q];
  if (before && (PREPOSITIONS.has(before.norm) || (before.pos === "VERB" && !SAYING.has(before.norm)))) return true;
  let quoted = false;
  for (let r = 0; r < i; r++) if (toks[r].norm === '"') quoted = !quoted;
  return quoted;
}

/** Titles only a state's officials hold. */
const STATE_TITLES = /\b(minister|solicitor|attorney|governor|premier)\b/;

/** Who speaks or serves abroad for a body: "ministry spokesman Kim In-chul" or "the ambassador" after the ministry acted is the ministry's. */
const SPOKESPEOPLE = /\b(spokes(man|woman|person)|ambassador|envoy|consul)\b/;

/** The present tense, or the present perfect: "urges", "says", "has appealed", "is suspended". */
function speaksOfNow(toks: Token[]): boolean {
  return toks.some((t) => (t.pos === "AUX" && NOW_AUX.has(t.norm)) || (t.pos === "VERB" && t.norm !== t.lemma && (t.norm === `${t.lemma}s` || t.norm === `${t.lemma}es`)));
}

/** A name a verb or a preposition governs, past its capitalized title: "who include Deputy Interior Minister X", "by Minister X". */
function actedOn(toks: Token[], m: Mention): boolean {
  let q = m.i - 1;
  // Back over the title, its "of" and "for" too: "Secretary of State X".
  while (q >= 0 && (isCap(toks[q]) || (TITLE_JOINS.has(toks[q].norm) && isCap(toks[q - 1])))) q--;
  return (toks[q]?.pos === "VERB" && !SAYING.has(toks[q].norm)) || toks[q]?.pos === "ADP"; // "..., said Minister X" speaks
}

/** One untitled word right before a verb, not after a preposition or a determiner: "Takizaki will require ...". */
function isStandaloneName(m: Mention, toks: Token[]): boolean {
  const next = toks[m.j]?.pos;
  const prev = toks[m.i - 1]?.norm ?? "";
  return m.type === "person" && !!m.anaphoric && (next === "VERB" || next === "AUX") && !PREPOSITIONS.has(prev) && !DETERMINERS.has(prev);
}

/**
 * The country of an article's dateline, in its first sentences: a place opening a sentence, in
 * capitals or before "(" ("SEOUL, July 4 (Reuters) -", "TOKYO (AP) -", "NEW DELHI:"), or the
 * article's first country when it opens a sentence that way.
 */
function datelineCountry(sentences: Sentence[], found: SentenceMentions[]): KnownEntity | undefined {
  let firstSeen = false;
  for (let k = 0; k < found.length && k < 4; k++) {
    const m = found[k].mentions.find((x) => x.type === "country" && x.known);
    if (!m) continue;
    const toks = sentences[k].tokens;
    const next = toks[m.j]?.norm ?? "";
    const opens = m.i === 0 && (DATELINE_MARK.has(next) || next === "/");
    const capitals = toks.slice(m.i, m.j).every((t) => !/[a-z]/.test(t.text)) || next === "(";
    if (opens && (capitals || !firstSeen)) return m.known;
    firstSeen = true;
  }
  return undefined;
}

/** A person whose title is a company's ("chief executive", "managing director"). */
function isCompanyOfficer(m: Mention): boolean {
  return !!m.role?.split(" ").some((w) => COMPANY_ROLES.has(w));
}

/** The country an article names most often (the first named of equals): what "the government" means when no country is said. */
function focalCountry(found: SentenceMentions[], R: Rules): KnownEntity | undefined {
  const counts = new Map<string, number>();
  for (const f of found) for (const m of f.mentions) if (m.type === "country" && m.known) counts.set(m.known.key, (counts.get(m.known.key) ?? 0) + 1);
  let best: string | undefined;
  for (const [key, n] of counts) if (!best || n > counts.get(best)!) best = key;
  return best ? R.gaz.byKey.get(best) : undefined;
}

/** "the government", "the authorities" with no country said: the article's country. */
function bareGovernments(s: Sentence, sent: number, ms: Mention[], demonyms: Demonym[], focal: KnownEntity): Mention[] {
  const toks = s.tokens;
  const out: Mention[] = [];
  for (let q = 1; q < toks.length; q++) {
    if (!BARE_GOVERNMENT.has(toks[q].norm) || toks[q - 1].norm !== "the" || toks[q + 1]?.norm === "of") continue;
    if (ms.some((m) => m.i <= q && q < m.j) || demonyms.some((d) => d.j === q)) continue;
    const t = toks[q];
    out.push(newMention(sent, q, q + 1, t.start, t.end, "country", t.text, { known: focal }));
  }
  return out;
}
const BARE_GOVERNMENT = new Set(["government", "authorities", "administration"]);
