// Stage 3: structure inside a sentence: who owns what ("Japan's trade ministry", "the
// Bureau of the Ministry ..."), whom a person works for ("Iida, head of ..."), and what a
// measure is aimed at ("restrictions on exports to South Korea").
import { isActor, isCap, isCollectiveActor, isPastFormAsAdjective, isPossessive, joinedMeasure, newMention, normsOf, qualifiesName, type Mention } from "./mention.ts";
import type { Demonym } from "./mentions.ts";
import { roleBefore } from "./mention-scan.ts";
import type { Rules } from "./rules.ts";
import type { Sentence, Token } from "./tokens.ts";
import { ARTICLES, CLAUSE_END, INTERSTATE, LIST_GLUE, ORIGIN_WORDS, PREPOSITIONS, TARGET_PREPS, TITLE_JOINS } from "./words.ts";

export function linkMentions(s: Sentence, ms: Mention[], demonyms: Demonym[], R: Rules): void {
  const toks = s.tokens;
  const norms = normsOf(toks);

  for (const m of ms) {
    // Possessive owner: "Japan's trade ministry", "Turkey's Justice Minister Gul".
    if (isPossessive(toks[m.i - 1])) {
      const o = endingAt(ms, m.i - 1);
      // "the pastor's detention": a person's arrest or boycott is aimed at them, not theirs.
      if (o && o.type === "person" && m.type === "measure" && OF_TARGET.has(m.family ?? "")) (m.targets ??= []).push(o);
      else if (o && o !== m && (isActor(o) || o.type === "agreement")) setOwner(m, o);
    }
    // A mention right before a lower-case title: "Gazprom spokesman Sergei Kupriyanov".
    // Also through a possessive: "Turkey's Justice Minister Abdulhamit Gul".
    // Only a title the text gives right before the name, not a role the lexicon knows ("Moscow blamed Kyiv, but Peskov said").
    if (m.type === "person" && m.role && !m.owner && norms[m.i - 1] === m.role.split(" ").pop()) {
      const roleLen = m.role.split(" ").length;
      let p = m.i - roleLen;
      if (norms[p - 1] === "," || isPossessive(toks[p - 1])) p--;
      const o = endingAt(ms, p);
      if (o && isCollectiveActor(o)) setOwner(m, o);
      // "Turkey's Justice Minister Gul and Interior Minister Soylu": the second shares the owner.
      const before = endingAt(ms, p - 1);
      if (!m.owner && norms[p - 1] === "and" && before?.type === "person" && before.role && before.owner) setOwner(m, before.owner);
      // A long title: "UAE Minister of State for Foreign Affairs Anwar Gargash", "Chilean Minister of State for ...".
      if (!m.owner && !m.country) {
        const start = longTitleStart(toks, norms, ms, demonyms, m.i - roleLen);
        const dem = demonyms.find((d) => d.j === start);
        const o = endingAt(ms, isPossessive(toks[start - 1]) ? start - 1 : start);
        if (dem) m.country = dem.key;
        else if (o && isCollectiveActor(o)) setOwner(m, o);
      }
    }
    // "Kindia Mining's chief executive, Graham Whitcombe", "CARICOM's Assistant Secretary-General for ..., X": the possessor's.
    if (m.type === "person" && m.role && !m.owner && !m.country) {
      let from = roleBefore(toks, m.i, R)?.from;
      if (from !== undefined) {
        // "FIFA's chief member associations officer, X": past the title's own lower-case words.
        let q = from;
        while (q > 1 && q > from - 3 && !isPossessive(toks[q - 1]) && isLowerWord(toks[q - 1])) q--;
        if (isPossessive(toks[q - 1])) from = q;
      }
      const o = from !== undefined && isPossessive(toks[from - 1]) ? endingAt(ms, from - 1) : undefined;
      if (o && isCollectiveActor(o)) setOwner(m, o);
    }
    // "Prime Minister of Ukraine Yulia Tymoshenko", "the head of Gazprom Alexei Miller".
    if (m.type === "person" && !m.owner) {
      // Walk back through "X of (the) Y of (the) Z Name" to the title: the person belongs to the first X.
      // Also with a comma: "The president of the ECOWAS Commission, Ibrahim Sidibe, said".
      let o = endingAt(ms, m.i) ?? (norms[m.i - 1] === "," ? endingAt(ms, m.i - 1) : undefined);
      while (o && isCollectiveActor(o)) {
        // "the head of Ukraine's Naftogaz Oleh Dubyna": past the body's state.
        const at = isPossessive(toks[o.i - 1]) ? (endingAt(ms, o.i - 1)?.i ?? o.i) : o.i;
        const of = norms[at - 1] === "of" ? at - 1 : norms[at - 1] === "the" && norms[at - 2] === "of" ? at - 2 : -1;
        if (of <= 0) break;
        // A title's head ("secretary of", "head of"), not a portfolio's word ("Foreign Affairs of Belarus").
        if (R.roleNouns.has(norms[of - 1]) || (R.roleWords.has(norms[of - 1]) && !R.functions.some((f) => f.tokens.includes(norms[of - 1])))) {
          setOwner(m, o);
          break;
        }
        o = endingAt(ms, of);
      }
    }
    // "President Gabriel Boric of Chile", "Permanent Secretary Ana Ruiz of the Ministry of Trade": a titled name's "of" body.
    if (m.type === "person" && !m.owner && m.role && norms[m.j] === "of") {
      const o = startingAt(ms, norms[m.j + 1] === "the" ? m.j + 2 : m.j + 1);
      if (o && isCollectiveActor(o)) setOwner(m, o);
    }
    // "X of (the) Y" / "X at Y" between institutions: the Bureau of the Ministry.
    if ((m.type === "ministry" || m.type === "organization") && !m.owner && (norms[m.j] === "of" || norms[m.j] === "at")) {
      const k = norms[m.j + 1] === "the" ? m.j + 2 : m.j + 1;
      let o = startingAt(ms, k);
      if (o?.type === "country" && isPossessive(toks[o.j])) o = startingAt(ms, o.j + 1) ?? o; // "of Japan's Ministry of ..."
      if (o && o !== m && (o.type === "ministry" || o.type === "organization" || o.type === "country")) setOwner(m, o);
    }
    // "The Ministry of Foreign Affairs in Lusaka said", "the High Court in Pretoria": a ministry's or a court's seat is its state.
    // Not an international court sitting there ("the International Court of Arbitration in Paris").
    const stateCourt = m.type === "organization" && !m.known && /\bcourt\b/i.test(m.text) && !m.text.split(/\s+/).some((w) => INTERSTATE.has(w.toLowerCase()));
    if ((m.type === "ministry" || stateCourt) && !m.owner && !m.country && norms[m.j] === "in") {
      const o = startingAt(ms, m.j + 1);
      if (o?.type === "country" && o.known) m.country = o.known.key;
    }
    // Apposition: "Yoichi Iida, head of the trade control department at Japan's trade ministry".
    // "X, who heads the immigration service": the body a relative clause says the person leads.
    if (m.type === "person" && norms[m.j] === ",") {
      const leads = norms[m.j + 1] === "who" && LEAD_VERBS.has(norms[m.j + 2]);
      let k = leads ? m.j + 3 : m.j + 1;
      let last: Mention | undefined;
      let titled = leads;
      for (; k < toks.length && k < m.j + 16 && norms[k] !== "," && norms[k] !== "said" && toks[k].pos !== "VERB"; k++) {
        if (R.roleNouns.has(norms[k])) titled = true;
        const o = startingAt(ms, k);
        // "a first secretary at the Angolan embassy in Lisbon": the embassy's seat is no employer.
        if (o?.type === "country" && norms[k - 1] === "in") break;
        if (o && isCollectiveActor(o)) {
          last = o;
          k = o.j - 1;
        }
      }
      if (titled && last && !m.owner) {
        setOwner(m, last);
        if (!m.role) m.role = roleIn(norms.slice(m.j + 1, last.i), R);
      }
    }
    // "China has not dropped its probe": "its" or "their" is the nearest party before that acts in a clause
    // ("Indonesia appealed the WTO report that found its ban illegal", "urged Japan to lift its curbs"), whatever the verb says.
    if (
      (m.type === "measure" || m.type === "agreement" || m.type === "ministry") &&
      !m.owner &&
      !m.country &&
      (norms[m.i - 1] === "its" || norms[m.i - 1] === "their") &&
      !GENERIC_ACTS.has(norms[m.j - 1])
    ) {
      const o = ms.filter((x) => x.j < m.i && isCollectiveActor(x) && actsAfter(toks, x.j)).pop();
      if (o) setOwner(m, o);
    }
    if (m.type === "measure") linkMeasure(m, ms, norms, demonyms, s, R);
  }
  // "an asset freeze and a travel ban by Canada": measures joined by "and" are by whom the last is.
  for (let q = ms.length - 1; q >= 0; q--) {
    const m = ms[q];
    const next = m.type === "measure" && !m.owner ? joinedMeasure(toks, ms, m) : undefined;
    if (next?.owner && next.owner.i >= next.j) setOwner(m, next.owner);
  }
}

/** Verbs of leading a body: "X, who heads (chairs, runs) Y". */
const LEAD_VERBS = new Set(["heads", "chairs", "leads", "runs", "directs", "manages", "oversees", "headed", "chaired", "led", "ran"]);
/** "its actions", "their steps": what a party does, not a measure of its own. */
const GENERIC_ACTS = new Set(["action", "actions", "step", "steps", "move", "moves", "practices", "practice", "policy", "policies"]);
const TIME_UNITS = new Set(["day", "days", "week", "weeks", "month", "months", "year", "years"]);

/** Where a capitalized title joined by "of", "for", "and" begins, going back from `p` ("Minister of State for"). */
function longTitleStart(toks: Token[], norms: string[], ms: Mention[], demonyms: Demonym[], p: number): number {
  let q = p;
  while (
    q > 0 &&
    q > p - 8 &&
    !ms.some((x) => x.j === q) &&
    !demonyms.some((d) => d.j === q) &&
    (isCap(toks[q - 1]) || ((norms[q - 1] === "of" || norms[q - 1] === "for" || norms[q - 1] === "and") && isCap(toks[q - 2])))
  )
    q--;
  // A title starts with a word of its own, not with the "and" that joins it to a name before ("of Qatar and Crown Prince ...").
  while (q < p && TITLE_JOINS.has(norms[q])) q++;
  return norms.slice(q, p).some((w) => TITLE_JOINS.has(w)) ? q : p;
}

/** A verb follows (past adverbs), or "to" and a verb: the name before `j` is a subject. */
function actsAfter(toks: Token[], j: number): boolean {
  let q = j;
  while (toks[q]?.pos === "ADV") q++;
  const t = toks[q];
  return !!t && (t.pos === "VERB" || t.pos === "AUX" || isPastFormAsAdjective(toks, q) || (t.norm === "to" && toks[q + 1]?.pos === "VERB"));
}

/** A preposition after a measure that says what it is aimed at; "a probe into Chilean wine" too. */
const aimed = (prep: string) => TARGET_PREPS.has(prep) || prep === "into";

/** Families whose "of X" is what they are aimed at: "the detention of X", "a boycott of X". */
const OF_TARGET = new Set(["detention", "boycott", "investigation"]);

function setOwner(m: Mention, o: Mention): void {
  if (o.type === "country" && m.type !== "person" && m.type !== "measure") m.country = o.known?.key ?? m.country;
  m.owner = o;
}

function roleIn(words: string[], R: Rules): string | undefined {
  const w = words.filter((x) => R.roleNouns.has(x));
  return w.length ? w[0] : undefined;
}

/** Targets, venue and agent of a measure from the phrases after it. */
function linkMeasure(m: Mention, ms: Mention[], norms: string[], demonyms: Demonym[], s: Sentence, R: Rules): void {
  let prep = "";
  let last = m.j;
  let budget = 14;
  let coordinated = false;
  for (let k = m.j; k < norms.length && budget > 0; k++) {
    const w = norms[k];
    if (CLAUSE_END.has(w)) break;
    // "the investigation following a complaint by X": another measure's phrase is its own.
    if (k > m.j && ms.some((x) => x !== m && x.type === "measure" && x.i === k && !x.anaphoric)) break;
    // A new clause ends the phrase: ", and Australia withdrew ...", ", saying ...".
    // "sanctions on 40 firms, including X and Y": the examples are aimed at as the firms are.
    const including = w === "including";
    const verb = (s.tokens[k].pos === "VERB" || s.tokens[k].pos === "AUX") && !including;
    if (w === "," && ["and", "but", "while"].includes(norms[k + 1])) {
      // ", and Australia withdrew": a clause, not one more item of the list.
      const next = s.tokens.slice(k + 2, k + 7);
      const comma = next.findIndex((t) => t.norm === ",");
      if (next.slice(0, comma < 0 ? undefined : comma).some((t) => t.pos === "VERB" || t.pos === "AUX")) break;
      coordinated = true;
    }
    if (verb && (coordinated || norms[k - 1] === ",")) break;
    // "condemned the detention and called on Oslo to ...": a coordinated verb starts the next predicate.
    if (w === "and" && (s.tokens[k + 1]?.pos === "VERB" || s.tokens[k + 1]?.pos === "AUX")) break;
    // A verb with an object of its own is the measure's predicate, not a phrase about it: "the ruling upheld a decision by X".
    if (verb && ["DET", "NUM", "PRON"].includes(s.tokens[k + 1]?.pos ?? "") && s.tokens[k].norm !== s.tokens[k].lemma + "ing") break;
    // Items of a list cost nothing: "imports of beef, pork, ... and fruit from A, B and C".
    if (!(LIST_GLUE.has(w) || LIST_GLUE.has(norms[k - 1]))) budget--;
    // "on $200 billion of Chinese goods": "of" inside a target phrase keeps its preposition.
    // "on all goods originating in Pakistan": the place of origin keeps the target's preposition.
    const origin = (w === "in" || w === "from") && ORIGIN_WORDS.has(norms[k - 1]) && TARGET_PREPS.has(prep);
    if ((PREPOSITIONS.has(w) || w === "targeting") && !(w === "of" && aimed(prep)) && !origin && !(including && aimed(prep))) prep = w;
    // "a freeze on new trade with Canada", "suspension of transactions with X": the partner of a flow is aimed at.
    if (w === "with" && R.flowNouns.has(norms[k - 1]) && m.family !== "complaint") prep = "against";
    const d = demonyms.find((x) => x.i === k);
    if (d && aimed(prep) && !qualifiesName(s.tokens, ms, d.j)) {
      const [a, z] = [s.tokens[d.i], s.tokens[d.j - 1]];
      (m.targets ??= []).push(newMention(m.sent, d.i, d.j, a.start, z.end, "country", s.text.slice(a.start - s.start, z.end - s.start), { key: d.key }));
      last = nounPhraseEnd(s, d.j); // "tariffs on Turkish steel and aluminum"
    }
    const o = ms.find((x) => x.i === k);
    if (!o) continue;
    // "the sanctions of the European Union": right after the head, "of" names whose they are (a detention or
    // boycott "of X" is aimed at X).
    const ownerOf = prep === "of" && !m.owner && isCollectiveActor(o) && (k === m.j + 1 || (k === m.j + 2 && norms[m.j + 1] === "the")) && !OF_TARGET.has(m.family ?? "");
    if (ownerOf) m.owner = o;
    // "sanctions on Kyrgyzstan's Tolkun Bank": the bank, not its state.
    else if (o.type === "country" && isPossessive(s.tokens[o.j]) && ms.some((x) => x.i === o.j + 1 && isActor(x))) continue;
    else if (o.type === "country" && (aimed(prep) || prep === "of")) (m.targets ??= []).push(o);
    else if (o.type === "measure" && prep === "against") (m.targets ??= []).push(o);
    // "lodged a complaint with the ICAO": a body is where it is heard; "a notice of dispute with the Mongolian government": a state is whom it is against.
    else if (o.type === "country" && prep === "with" && m.family === "complaint" && !m.targets?.length) (m.targets ??= []).push(o);
    else if (o.type === "organization" && prep === "with" && m.family === "complaint") m.venue = o;
    else if (isActor(o) && prep === "by" && !m.owner) {
      // "decisions by South Korea's Supreme Court": the court, not its country.
      const possessed = isPossessive(s.tokens[o.j]) ? ms.find((x) => x.i === o.j + 1 && isActor(x)) : undefined;
      m.owner = possessed ?? o;
      if (possessed) {
        k = possessed.j - 1;
        last = possessed.j;
      }
      if (possessed) continue;
    } else if (isActor(o) && (prep === "against" || prep === "on" || prep === "into")) (m.targets ??= []).push(o);
    else if (o.type === "organization" && prep === "from" && m.family !== "complaint") (m.targets ??= []).push(o);
    else continue;
    last = o.j;
    k = o.j - 1;
  }
  // "shipments from China to Japan": the destination, not the origin.
  if (m.targets?.some((t) => t.type === "country" && norms[t.i - 1] === "to")) m.targets = m.targets.filter((t) => !(t.type === "country" && norms[t.i - 1] === "from"));
  if (last > m.j) m.longText = s.text.slice(m.start - s.start, s.tokens[last - 1].end - s.start);
  const end = complementEnd(s.tokens, m.j, R);
  if (end > m.j) m.phrase = s.text.slice(m.start - s.start, s.tokens[end - 1].end - s.start);
  // "a ban on imports of Turkish fruit" is an import ban, as "an import ban" is (a word that names its domain itself:
  // not "trade", and tariffs are on imports anyway).
  if (!m.domain && m.family !== "tariff" && (norms[m.j] === "on" || norms[m.j] === "of")) {
    const q = ARTICLES.has(norms[m.j + 1]) ? m.j + 2 : m.j + 1;
    const domain = q < end ? R.domainWords.get(norms[q]) : undefined;
    if (domain && norms[q].startsWith(domain)) m.domain = domain;
  }
}

const COMPLEMENT_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
/** Prepositions that open what a measure covers: "a ban on charter flights", "a probe into polysilicon", "suspension of trade". */
const COMPLEMENT_PREPS = new Set(["on", "of", "into", "against", "to", "for", "from"]);

/** End of the prepositional phrases that pin a measure down: "restrictions on the sale of tour packages to Turkey". */
function complementEnd(toks: Token[], j: number, R: Rules): number {
  let end = j;
  // Not a date or a span of time: "the tariffs on Monday", "a ban from 1 January", "sanctions for another year".
  // "a halt in rare-earth shipments": "in" opens a flow, not a place.
  const opens = (k: number) => COMPLEMENT_PREPS.has(toks[k].norm) || (toks[k].norm === "in" && toks.slice(k + 1, k + 5).some((t) => R.flowNouns.has(t.norm)));
  for (let k = j; k < toks.length && opens(k) && !toks.slice(k + 1, k + 4).some((t) => R.calendar.has(t.norm) || TIME_UNITS.has(t.norm));) {
    let q = k + 1;
    while (q < toks.length && q < k + 7 && (COMPLEMENT_POS.has(toks[q].pos) || (toks[q].norm === "-" && q > k + 1) || (toks[q].norm === "and" && toks[q + 1]?.pos === "NOUN"))) q++;
    while (q > k + 1 && (toks[q - 1].pos === "DET" || toks[q - 1].norm === "-")) q--;
    if (q === k + 1) break;
    end = k = q;
  }
  return end;
}

/** End of the noun phrase a modifier starts at k: nouns, adjectives and their coordination. */
function nounPhraseEnd(s: Sentence, k: number): number {
  const toks = s.tokens;
  let j = k;
  while (j < toks.length && (["NOUN", "PROPN", "ADJ"].includes(toks[j].pos) || (toks[j].norm === "and" && toks[j + 1]?.pos === "NOUN"))) j++;
  return j;
}

// Module functions, not closures made per sentence: tsx (keepNames) names every such closure at run time, a cost in hot code.
function startingAt(ms: Mention[], i: number): Mention | undefined {
  return ms.find((m) => m.i === i);
}

function endingAt(ms: Mention[], j: number): Mention | undefined {
  return ms.filter((m) => m.j === j).pop();
}

/** A lower-case noun or adjective: a word of a title after its possessor ("FIFA's chief member associations officer"). */
const isLowerWord = (t: Token): boolean => !isCap(t) && (t.pos === "NOUN" || t.pos === "ADJ");
