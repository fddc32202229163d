// Stage 2: find entity mentions in a sentence: known names (gazetteer), named institutions
// ("Ministry of ...", "... Department"), lower-case institutions ("Japan's trade ministry"),
// people (capitalized names after titles or in appositions), agreements and measures.
import { matchAt } from "./gazetteer.ts";
import { isCap, isPossessive, newMention, normsOf, type Mention } from "./mention.ts";
import type { Rules } from "./rules.ts";
import type { Sentence, Token } from "./tokens.ts";
import type { NodeType } from "./types.ts";
import { DEFINITE, DETERMINERS, GOVERNMENT_NOUNS, INDEFINITE, LINKERS, LIST_GLUE, PREPOSITIONS } from "./words.ts";

export interface Demonym {
  i: number;
  j: number;
  /** Entity key of the country (or bloc) it names. */
  key: string;
}

export interface SentenceMentions {
  mentions: Mention[];
  demonyms: Demonym[];
}

export function findMentions(s: Sentence, sent: number, R: Rules, allowWeak: (key: string) => boolean): SentenceMentions {
  const toks = s.tokens;
  const x: Scan = { s, sent, R, toks, norms: normsOf(toks), taken: new Array<boolean>(toks.length).fill(false), mentions: [], demonyms: [] };
  // One function per pass: V8 recompiles a function whenever it meets a case its optimized code
  // has not seen, and small functions are cheap to recompile (one of 200 lines took 200 ms, each time).
  knownNames(x, allowWeak);
  capitalizedInstitutions(x);
  lowerCaseInstitutions(x);
  organizationsByContext(x);
  actingAcronyms(x);
  people(x);
  titlesAlone(x);
  lowerCaseAgreements(x);
  measures(x);
  x.mentions.sort((a, b) => a.i - b.i || b.j - a.j);
  return { mentions: x.mentions, demonyms: x.demonyms };
}

/** A sentence being read: its tokens, which of them a mention already took, what was found so far. */
interface Scan {
  s: Sentence;
  sent: number;
  R: Rules;
  toks: Token[];
  norms: string[];
  taken: boolean[];
  mentions: Mention[];
  demonyms: Demonym[];
}

function push(x: Scan, m: Omit<Mention, "sent" | "start" | "end" | "text">): Mention {
  const start = x.toks[m.i].start;
  const end = x.toks[m.j - 1].end;
  const full = newMention(x.sent, m.i, m.j, start, end, m.type, x.s.text.slice(start - x.s.start, end - x.s.start), m);
  x.mentions.push(full);
  for (let k = m.i; k < m.j; k++) x.taken[k] = true;
  return full;
}

function demonymBefore(x: Scan, i: number): Demonym | undefined {
  return x.demonyms.find((d) => d.j === i || (d.j === i - 1 && x.norms[i - 1] === "the"));
}

/** Words of direction that open institutions' names ("Central Bank", "Western Union") though no person's. */
const COMPASS = new Set(["central", "western", "eastern", "northern", "southern"]);

/**
 * A head word that is part of the name after "of" ("Ministry of Electronics and Information
 * Technology"), not another institution ("Bureau of the Ministry of ...": after "the", or a
 * ministry's head).
 */
function inName(norms: string[], of: number, d: number, R: Rules): boolean {
  return norms[of + 1] !== "the" && !R.ministryHeads.has(norms[d]);
}

/** A country's name that opens an institution's ("China National Tourism Administration", "the Saudi Ministry of ..."): as a demonym would. */
function countryAt(x: Scan, a: number, h: number): Demonym | undefined {
  const hit = matchAt(x.R.gaz, x.norms, a);
  return hit && hit.end <= h && hit.hit.entity.type === "country" && !isPossessive(x.toks[hit.end]) ? { i: a, j: hit.end, key: hit.hit.entity.key } : undefined;
}

/** Known names (gazetteer): actors of the lexicon and countries; nationality words are kept as demonyms. */
function knownNames(x: Scan, allowWeak: (key: string) => boolean): void {
  const { toks, norms, taken, demonyms, R } = x;
  for (let i = 0; i < toks.length; ) {
    const m = matchAt(R.gaz, norms, i);
    if (m && overtaken(R, norms, i, m.end)) {
      i++;
      continue;
    }
    if (!m || (i > 0 && m.hit.entity.type === "person" && isCap(toks[i - 1]) && !taken[i - 1] && norms[i - 1] !== "the" && !R.calendar.has(norms[i - 1]) && !titledAt(norms, i, demonyms, R))) {
      i++;
      continue;
    }
    const { hit, end } = m;
    const e = hit.entity;
    if (hit.demonym) {
      if (GOVERNMENT_NOUNS.has(norms[end]) && (e.type === "country" || e.type === "organization")) {
        push(x, { i, j: end + 1, type: e.type, known: e });
        i = end + 1;
      } else {
        demonyms.push({ i, j: end, key: e.key });
        i = end;
      }
      continue;
    }
    // "the Maduro government": a leader's government is their state.
    const state = e.type === "person" && e.country && GOVERNMENT_NOUNS.has(norms[end]) ? R.gaz.countryByCode.get(e.country) : undefined;
    if (state) {
      push(x, { i, j: end + 1, type: "country", known: state });
      i = end + 1;
      continue;
    }
    if (hit.weak && !allowWeak(e.key)) {
      i++;
      continue;
    }
    // "US-China" is a compound; "(Reuters) - China" is a dash.
    const inCompound = isJoiningHyphen(toks, i - 1) || isJoiningHyphen(toks, end);
    if (e.type === "country" && (inCompound || startsInstitution(toks, end, R))) {
      i = end;
      continue;
    }
    push(x, { i, j: end, type: e.type, known: e, role: e.role });
    i = end;
  }
}

/** Capitalized institutions: a head noun with the capitalized words before it and an "of ..." after it. */
function capitalizedInstitutions(x: Scan): void {
  const { toks, norms, taken, demonyms, R } = x;
  for (let h = 0; h < toks.length; h++) {
    if (taken[h] || !isCap(toks[h])) continue;
    let type = headType(norms[h], R);
    if (!type) continue;
    // The last head of a run of capitalized words names it: "National Iranian Oil Company".
    for (let q = h + 1; q < toks.length && q < h + 4 && isCap(toks[q]) && !taken[q]; q++) {
      const t = headType(norms[q], R);
      if (t) [h, type] = [q, t];
    }
    let a = h;
    while (a > 0 && !taken[a - 1] && ((isCap(toks[a - 1]) && (!R.notNames.has(norms[a - 1]) || COMPASS.has(norms[a - 1])) && !R.calendar.has(norms[a - 1])) || (LINKERS.has(norms[a - 1]) && a > 1 && isCap(toks[a - 2]) && !taken[a - 2]))) a--;
    let b = h + 1;
    let fn: string | undefined;
    // "Central Bank of Iran": a country after "of" ends the name and is its country.
    const ofCountry = norms[b] === "of" && type !== "ministry" ? x.mentions.find((m) => m.i === b + 1 && m.type === "country" && m.known) : undefined;
    if (ofCountry) b = ofCountry.j;
    else if (norms[b] === "of" || norms[b] === "for") {
      // "Ministry of Foreign Affairs", "Organisation for Economic Co-operation and Development".
      const c = norms[b + 1] === "the" ? b + 2 : b + 1;
      const f = norms[b] === "of" ? matchFunction(norms, c, R) : undefined;
      if (f) [b, fn] = [c + f.len, f.fn];
      else if (isCap(toks[c]) && !taken[c] && (!headType(norms[c], R) || inName(norms, b, c, R))) {
        let d = c;
        while (d < toks.length && d - c < 6 && !taken[d] && (isCap(toks[d]) || isJoiningHyphen(toks, d) || ((norms[d] === "," || norms[d] === "and") && isCap(toks[d + 1]))) && (!headType(norms[d], R) || inName(norms, b, d, R))) d++;
        b = d;
      }
    }
    if (a === h && b === h + 1) {
      // A lone head: only "the Agreement" (an agreement defined earlier) stands for something.
      if (type === "agreement") push(x, { i: h, j: h + 1, type, anaphoric: true });
      continue;
    }
    if (R.roleWords.has(norms[a]) && type !== "agreement" && a < h && R.roleNouns.has(norms[h - 1])) continue;
    if (!fn && norms[h] === "ministry") fn = functionInside(norms, a, h, R); // not "Trade Control Department"
    // "the Saudi Ministry of Foreign Affairs", "China National Tourism Administration": a country's name right before is its country.
    // Only a ministry: an organization's own name keeps its country ("China Chamber of Commerce").
    const named = type === "ministry" ? countryAt(x, a, h) : undefined;
    const dem = demonyms.find((d) => d.i >= a && d.j <= h) ?? demonymBefore(x, a) ?? named ?? (ofCountry && { i: ofCountry.i, j: ofCountry.j, key: ofCountry.known!.key });
    const inner = demonyms.find((d) => d.i === a && d.j <= h) ?? named;
    push(x, { i: a, j: b, type, function: fn, country: dem?.key, nameFrom: inner ? toks[inner.j].start : undefined });
  }
}

/** Lower-case institutions: "Japan's trade ministry", "the South Korean court", "Chinese customs". */
function lowerCaseInstitutions(x: Scan): void {
  const { toks, norms, taken, demonyms, R } = x;
  for (let h = 0; h < toks.length; h++) {
    if (taken[h] || isCap(toks[h])) continue;
    const w = norms[h];
    if (w === "ministry" || w === "ministries") {
      const f = functionEndingAt(norms, h, R);
      // "the ministry", "the Kenyan ministry": the ministry the article named last (of that country).
      if (!f && w === "ministry") {
        const d = demonymBefore(x, h);
        if (norms[(d?.i ?? h) - 1] === "the") push(x, { i: d?.i ?? h, j: h + 1, type: "ministry", country: d?.key, description: true });
        continue;
      }
      if (!f) continue;
      const ds = demonymsBefore(demonyms, norms, h - f.len);
      // "the Saudi education ministry" where the adjective is a country's short name: that country.
      const named = ds.length ? undefined : x.mentions.find((m) => m.type === "country" && m.j === h - f.len && m.known);
      if (named && w === "ministry") {
        push(x, { i: named.i, j: h + 1, type: "ministry", function: f.fn, country: named.known!.key, nameFrom: toks[h - f.len].start });
        continue;
      }
      if (w === "ministries") for (const d of ds) push(x, { i: d.i, j: h + 1, type: "ministry", function: f.fn, country: d.key, nameFrom: toks[h - f.len].start });
      else push(x, { i: ds[0]?.i ?? h - f.len, j: h + 1, type: "ministry", function: f.fn, country: ds[0]?.key, nameFrom: toks[h - f.len].start });
    } else if (w === "court" || w === "customs") {
      let a = h;
      while (a > 0 && ["top", "supreme", "high", "constitutional", "district"].includes(norms[a - 1])) a--;
      const d = demonymBefore(x, a);
      const supreme = a < h && ["top", "supreme"].includes(norms[a]);
      push(x, { i: d ? d.i : a, j: h + 1, type: w === "court" ? "organization" : "ministry", country: d?.key, function: supreme ? "supreme" : undefined, nameFrom: toks[a].start });
    } else if (R.agreementHeads.has(w) && h > 0 && isCap(toks[h - 1]) && !taken[h - 1]) {
      // "the New START treaty", "the Open Skies agreement": a named pact with a lower-case head.
      let a = h;
      while (a > 0 && !taken[a - 1] && isCap(toks[a - 1]) && !R.notNames.has(norms[a - 1]) && !R.calendar.has(norms[a - 1])) a--;
      if (!demonyms.some((d) => d.i === a && d.j === h)) push(x, { i: a, j: h + 1, type: "agreement" });
    } else if (w === "embassy" || w === "consulate") {
      // "the Chinese embassy", "China's embassy in New Delhi": the state's mission, an executive body.
      const d = demonymBefore(x, h);
      const owner = !d && isPossessive(toks[h - 1]) ? x.mentions.find((m) => m.type === "country" && m.j === h - 1) : undefined;
      if (d) push(x, { i: d.i, j: h + 1, type: "ministry", country: d.key, nameFrom: toks[h].start });
      else if (owner) push(x, { i: h, j: h + 1, type: "ministry" });
    } else if (["department", "bureau", "agency", "office"].includes(w) && norms[h - 1] && !taken[h - 1]) {
      let a = h;
      while (a > 0 && !taken[a - 1] && (toks[a - 1].pos === "NOUN" || toks[a - 1].pos === "ADJ") && !DETERMINERS.has(norms[a - 1])) a--;
      // "the trade control department", not what some office does ("the issuing agency's website").
      if (a < h && (norms[a - 1] === "the" || isPossessive(toks[a - 1])) && !norms.slice(a, h).some((w2) => w2.endsWith("ing"))) push(x, { i: a, j: h + 1, type: "ministry" });
    }
  }
}

/**
 * Organizations the lexicon need not know, by context: a capitalized name right after a kind
 * of organization ("state airline Saudia", "tech giant Tencent", "the network SWIFT"), or one
 * that owns a product by a possessive ("ByteDance's TikTok").
 */
function organizationsByContext(x: Scan): void {
  const { toks, norms, taken, R } = x;
  for (let i = 1; i < toks.length; i++) {
    if (taken[i] || !isCap(toks[i])) continue;
    // The cues first: most capitalized words have neither.
    const kind = !isCap(toks[i - 1]) && R.orgNouns.has(norms[i - 1]);
    if (!kind && norms[i + 1] !== "'s") continue;
    let j = i;
    while (j < toks.length && j < i + 3 && !taken[j] && isCap(toks[j]) && !R.calendar.has(norms[j])) j++;
    if (j === i) continue;
    // One word that owns one capitalized word ("Tencent's WeChat"), not a place's landmark ("Istanbul's Dolmabahce Palace") or a plural ("Workers' Compensation").
    const owner = j === i + 1 && norms[j] === "'s" && isCap(toks[j + 1]) && !taken[j + 1] && !isCap(toks[j + 2]);
    if ((kind || owner) && !toks.slice(i, j).some((t) => R.roleWords.has(t.norm) || isPlace(t.norm, R))) push(x, { i, j, type: "organization" });
    i = j - 1;
  }
}

/**
 * An acronym that acts is an organization, though no lexicon knows it: "FIFA on Thursday
 * suspended ...", "FIFA President Gianni Infantino", "FIFA's decision". Not a dateline's place
 * ("ZURICH - ..."), nor one in a name already taken.
 */
function actingAcronyms(x: Scan): void {
  const { toks, norms, taken, demonyms, R } = x;
  for (let i = 0; i < toks.length; i++) {
    if (taken[i] || !ACRONYM.test(toks[i].text) || R.calendar.has(norms[i]) || isPlace(norms[i], R)) continue;
    if (i === 0 && DATELINE_MARK.has(norms[1] ?? "")) continue;
    // Not a headline in capitals ("TRADE PROBE STAYS"), a thing named after "the", "of" or a nationality ("the THAAD has",
    // "the French DST discriminates").
    if (CAPS_WORD.test(toks[i - 1]?.text ?? "") || CAPS_WORD.test(toks[i + 1]?.text ?? "") || norms[i - 1] === "the" || PREPOSITIONS.has(norms[i - 1] ?? "") || demonyms.some((d) => d.j === i)) continue;
    let q = i + 1;
    while (toks[q]?.pos === "ADV") q++;
    if (norms[q] === "on" && R.calendar.has(norms[q + 1] ?? "")) q += 2; // "FIFA on Thursday suspended"
    const next = toks[q];
    const acts = !!next && (next.pos === "VERB" || next.pos === "AUX") && !/ing$/.test(next.norm);
    const titled = !!toks[i + 1] && isCap(toks[i + 1]) && isRoleHead(norms[i + 1], R); // "FIFA President X"
    if (acts || titled || norms[i + 1] === "'s") push(x, { i, j: i + 1, type: "organization" });
  }
}
const ACRONYM = /^[A-Z]{3,6}$/;
const CAPS_WORD = /^[A-Z]{2,}$/;
const DATELINE_MARK = new Set(["-", "–", "—", ":", ",", "("]);

/** People: a capitalized name, after a title or in an apposition, or two or more proper nouns. */
function people(x: Scan): void {
  const { toks, norms, taken, demonyms, R } = x;
  for (let i = 0; i < toks.length; i++) {
    if (taken[i] || !isCap(toks[i])) continue;
    let j = i;
    while (j < toks.length && !taken[j] && (isCap(toks[j]) || (j > i && R.nameParticles.has(norms[j]) && isCap(toks[j + 1])) || (norms[j] === "-" && j > i && toks[j].start === toks[j - 1].end && toks[j + 1]?.start === toks[j].end) || (norms[j - 1] === "-" && j > i && toks[j].start === toks[j - 1].end))) j++;
    let a = i;
    const roleToks: string[] = [];
    // Plural titles too: "Presidents Joe Biden and Vladimir Putin".
    while (a < j && (isRoleWord(norms[a], R) || R.personTitles.has(norms[a]) || (norms[a] === "-" && a > i) || demonyms.some((d) => d.i <= a && a < d.j))) {
      if (!demonyms.some((d) => d.i <= a && a < d.j) && !R.personTitles.has(norms[a])) roleToks.push(R.roleWords.has(norms[a]) ? norms[a] : norms[a].slice(0, -1));
      a++;
    }
    // Portfolio words alone ("Economic Cooperation") make no title: a title has a head ("minister").
    if (roleToks.length && !roleToks.some((w) => isRoleHead(w, R))) {
      a = i;
      roleToks.length = 0;
    }
    // The end of a longer title: "Minister of State for | Foreign Affairs Anwar Gargash".
    const longTitle = !roleToks.length && titleBefore(toks, i, R);
    if (longTitle) while (a < j - 1 && isRoleWord(norms[a], R)) roleToks.push(norms[a++]);
    // A portfolio before the title: "Infrastructure Minister Oleksandr Kubrakov".
    if (!roleToks.length) {
      for (let r = Math.min(j - 2, a + 3); r > a; r--) {
        if (!isRoleHead(norms[r], R) || norms.slice(a, r).some((w) => R.calendar.has(w))) continue;
        roleToks.push(...norms.slice(a, r + 1));
        a = r + 1;
        break;
      }
    }
    const name = toks.slice(a, j);
    const words = name.filter((t) => t.norm !== "-");
    // Hyphenated parts are name syllables, not words; "Korean-Japanese" is not a name.
    // Hyphenated parts are one word: "Ahmad Nasser Al-Mohammad Al-Sabah" has four.
    const wordCount = words.length - name.filter((t) => t.norm === "-").length;
    if (!words.length || wordCount > 4 || words.every((t) => isRoleWord(t.norm, R)) || R.notNames.has(words[0].norm) || words.some((t) => !isHyphenated(t, name) && !isNameWord(t, R)) || words.every((t) => isPlace(t.norm, R))) {
      i = j - 1;
      continue;
    }
    const plural = matchAt(R.gaz, [...norms.slice(a, j - 1), norms[j - 1].replace(/s$/, "")], 0);
    if (plural && plural.end === j - a && plural.hit.entity.type !== "person") {
      i = j - 1;
      continue;
    }
    const lowerRole = roleBefore(toks, i, R);
    const nationality = demonyms.find((d) => d.i >= i && d.j <= a) ?? demonyms.find((d) => d.j === i - (lowerRole ? lowerRole.split(" ").length : 0));
    const titled = roleToks.length > 0 || longTitle || !!lowerRole || R.personTitles.has(norms[a - 1] ?? "");
    const compound = words.length === 1 && name.length > 1; // "Airbus-Boeing"
    const place = !titled && ["in", "at", "from", "to", "near", "of"].includes(norms[i - 1] ?? ""); // "in New York"
    if (compound || place) {
      i = j - 1;
      continue;
    }
    const proper = words.length >= 2 && words.every((t) => t.pos === "PROPN" || /^[A-Z][a-z]+$/.test(t.text));
    // Capitalized words are a person's name only with a cue: "Galwan Valley" and "Digital Services Tax" are not.
    const cued = titled || R.givenNames.has(words[0].norm) || personCueAfter(toks, j, R);
    if (proper || titled || words.length === 1) {
      // a single word without a title is only a person if it is a known surname: checked at resolution.
      push(x, { i: a, j, type: "person", role: (roleToks.length ? roleToks.join(" ") : lowerRole) || undefined, country: nationality?.key, anaphoric: words.length === 1 && !titled ? true : undefined, unsure: cued ? undefined : true });
    }
    i = j - 1;
  }
  // A name coordinated with a person's is a person's: "Jacinda Ardern and Ben Ortiz met".
  for (const m of x.mentions) {
    if (m.type !== "person" || !m.unsure) continue;
    const before = x.mentions.find((o) => o.type === "person" && !o.unsure && o.j === m.i - 1 && LIST_GLUE.has(norms[o.j]));
    const after = x.mentions.find((o) => o.type === "person" && !o.unsure && o.i === m.j + 1 && LIST_GLUE.has(norms[m.j]));
    if (before || after) m.unsure = undefined;
  }
}

/**
 * People named by a title alone: "the minister", "the Qatari emir", "the Saudi crown prince".
 * Not a title before a name ("the Foreign Minister Ana Ruiz", which `people` took), nor a plural.
 */
function titlesAlone(x: Scan): void {
  const { toks, norms, taken, demonyms, R } = x;
  for (let k = 0; k < toks.length - 1; k++) {
    // "the (Qatari) emir", "the Saudi crown prince", "Kuwait's emir".
    const possessor = isPossessive(toks[k]) ? x.mentions.find((m) => m.j === k && m.type === "country") : undefined;
    if (norms[k] !== "the" && !possessor) continue;
    let q = k + 1;
    const dem = demonyms.find((d) => d.i === q);
    const named = dem ? undefined : x.mentions.find((m) => m.i === q && m.type === "country" && m.known);
    q = dem?.j ?? named?.j ?? q;
    const a = q;
    while (q < toks.length && !taken[q] && R.roleWords.has(norms[q])) q++;
    while (q > a && !isRoleHead(norms[q - 1], R)) q--; // "the emir | and ..."
    // Not a title with its name after all: "the Emir of Qatar, Sheikh Tamim", "the minister, Ana Ruiz".
    if (q === a || isCap(toks[q]) || norms[q] === "-" || norms[q] === "of" || (norms[q] === "," && isCap(toks[q + 1]))) continue;
    if (named) x.mentions.splice(x.mentions.indexOf(named), 1); // "the Saudi crown prince" is the prince, not Saudi Arabia
    const country = dem?.key ?? named?.known?.key ?? possessor?.known?.key;
    push(x, { i: dem?.i ?? named?.i ?? a, j: q, type: "person", role: norms.slice(a, q).join(" "), country, anaphoric: true, description: true });
    k = q - 1;
  }
}

/** Agreements in lower case: "a military intelligence-sharing pact", "the 1965 treaty", "the pact". */
function lowerCaseAgreements(x: Scan): void {
  const { toks, norms, taken, R } = x;
  for (let h = 0; h < toks.length; h++) {
    if (taken[h] || isCap(toks[h]) || !R.agreementHeads.has(norms[h]) || toks[h].pos === "VERB") continue;
    if (R.talkNouns.has(norms[h + 1]) || toks[h + 1]?.pos === "NOUN" || norms[h + 1] === "with") continue;
    let a = h;
    while (a > 0 && !taken[a - 1] && !DETERMINERS.has(norms[a - 1]) && !isPossessive(toks[a - 1]) && ["ADJ", "NOUN", "NUM", "PROPN"].includes(toks[a - 1].pos) || (norms[a - 1] === "-" && a > 1)) a--;
    const year = toks.slice(a, h).find((t) => /^(1[89]|20)\d\d$/.test(t.text))?.text;
    push(x, { i: a, j: h + 1, type: "agreement", anaphoric: a === h && DEFINITE.has(norms[a - 1]), year });
  }
}

/** Nouns of "in place", "into force", "in effect". */
const IDIOM_NOUNS = new Set(["place", "force", "effect"]);

/** Measures: "Japan's restrictions on exports to South Korea", "tariffs on Turkish steel". */
function measures(x: Scan): void {
  const { toks, norms, taken, demonyms, R } = x;
  for (let h = 0; h < toks.length; h++) {
    // A capital is a name's ("Sanctions Committee"), except the sentence's first word ("Tariffs on wine were ...").
    const named = isCap(toks[h]) && (h > 0 || isCap(toks[h + 1] ?? toks[h]));
    if (taken[h] || named || toks[h].pos === "VERB" || toks[h].pos === "AUX") continue;
    const family = R.measureHeads.get(norms[h]);
    if (!family) continue;
    const next = toks[h + 1];
    if (next && (next.pos === "NOUN" || next.pos === "PROPN") && !taken[h + 1] && !DETERMINERS.has(next.norm)) continue; // not the head ("export control system")
    let a = h;
    while (a > 0 && !taken[a - 1] && (R.measureModifiers.has(norms[a - 1]) && !DETERMINERS.has(norms[a - 1]) || ["NOUN", "ADJ"].includes(toks[a - 1].pos) && !DETERMINERS.has(norms[a - 1]) || (norms[a - 1] === "-" && a > 1))) a--;
    // "put in place sanctions", "came into force tariffs": the idiom's noun is no modifier.
    if (a < h && IDIOM_NOUNS.has(norms[a]) && (norms[a - 1] === "in" || norms[a - 1] === "into")) a++;
    const dem = demonyms.find((d) => d.i >= a - 1 && d.j <= h) ?? demonymBefore(x, a);
    const mods = norms.slice(a, h);
    const domain = [...mods, norms[h]].map((w) => R.domainWords.get(w)).find(Boolean);
    const bare = mods.every((w) => DETERMINERS.has(w) || !R.domainWords.has(w)) && !dem;
    push(x, { i: dem && dem.i < a ? dem.i : a, j: h + 1, type: "measure", family, domain, country: dem?.key, anaphoric: bare && !INDEFINITE.has(norms[a - 1]) });
  }
}

/**
 * What follows a name and says it is a person's: a verb of saying ("Ana Lopez said"), or an
 * apposition that gives an age, a role or "who" ("Ana Lopez, 41,", "Ana Lopez, a spokeswoman
 * for ...", "Ana Lopez, who ...").
 */
function personCueAfter(toks: Token[], j: number, R: Rules): boolean {
  // "Ana Lopez and Ben Ortiz said": the cue after a coordinated name is the first one's too.
  if (toks[j]?.norm === "and" && isCap(toks[j + 1])) {
    j += 1;
    while (isCap(toks[j]) || toks[j]?.norm === "-") j++;
  }
  const next = toks[j];
  if (!next) return false;
  if (next.pos === "VERB" && R.speech.has(next.lemma)) return true;
  if (next.norm !== ",") return false;
  const after = toks[j + 1];
  if (!after) return false;
  if (after.norm === "who" || /^\d{1,3}$/.test(after.text)) return true;
  for (let k = j + 1; k < Math.min(toks.length, j + 6) && toks[k].norm !== ","; k++) if (!isCap(toks[k]) && R.roleNouns.has(toks[k].norm)) return true;
  return false;
}

/** A title that ends in "of", "for" or "and" right before i: "Minister of State for", "Secretary of". */
function titleBefore(toks: Token[], i: number, R: Rules): boolean {
  const glue = toks[i - 1]?.norm;
  if (glue !== "of" && glue !== "for" && glue !== "and") return false;
  for (let q = i - 2; q >= 0 && q >= i - 8; q--) {
    const w = toks[q].norm;
    if (isRoleHead(w, R)) return true;
    if (!isCap(toks[q]) && w !== "of" && w !== "for" && w !== "and" && w !== "the") return false;
  }
  return false;
}

/** A title or nationality right before position i: "Prime Minister Abe", "Japanese Abe". */
function titledAt(norms: string[], i: number, demonyms: Demonym[], R: Rules): boolean {
  const w = norms[i - 1];
  return isRoleWord(w, R) || R.personTitles.has(w) || demonyms.some((d) => d.j === i);
}

/** A hyphen written between two words ("US-China"), not a dash between spaces ("(Reuters) - China"). */
function isJoiningHyphen(toks: Token[], k: number): boolean {
  return toks[k]?.norm === "-" && toks[k - 1]?.end === toks[k].start && toks[k].end === toks[k + 1]?.start;
}

/** A role word, plural titles too: "Presidents Joe Biden and Vladimir Putin"; hyphenated ones of role words: "Vice-President". */
function isRoleWord(w: string, R: Rules): boolean {
  if (R.roleWords.has(w) || (w.endsWith("s") && R.roleWords.has(w.slice(0, -1)))) return true;
  if (!w.includes("-")) return false;
  const parts = w.split("-");
  return parts.length > 1 && parts.every((p) => p && R.roleWords.has(p));
}

/** The head of a title ("minister", "vice-president", "ministers"), not a portfolio word ("economic"). */
function isRoleHead(w: string, R: Rules): boolean {
  const last = w.split("-").pop()!;
  return R.roleNouns.has(last) || (last.endsWith("s") && R.roleNouns.has(last.slice(0, -1)));
}

/** A longer name starts inside this one ("the South Korean government" is not "the South" + ...). */
function overtaken(R: Rules, norms: string[], i: number, end: number): boolean {
  for (let k = i + 1; k < end; k++) {
    const m = matchAt(R.gaz, norms, k);
    if (m && m.end > end) return true;
  }
  return false;
}

/** A word that can be part of a person's name: not a function word, date, institution, country or plural nationality. */
function isNameWord(t: Token, R: Rules): boolean {
  if (R.notNames.has(t.norm) || R.calendar.has(t.norm) || headType(t.norm, R) || R.measureHeads.has(t.norm) || /\d/.test(t.text)) return false;
  if (/^[A-Z][A-Z.'-]+$/.test(t.text)) return false; // all capitals: a dateline place or an acronym, not a person's name
  // "Korean-Japanese", "US-China": a compound of places or nationalities, not a name.
  const parts = t.norm.split("-");
  if (parts.length > 1 && parts.every((p) => knownWord(p, R)?.hit.entity.type === "country")) return false;
  const single = knownWord(t.norm, R);
  return !single || single.hit.entity.type === "person";
}

// Module functions, not closures made per call: tsx (keepNames) names every such closure at run time, a cost in hot code.
function knownWord(w: string, R: Rules): ReturnType<typeof matchAt> {
  return matchAt(R.gaz, [w], 0) ?? matchAt(R.gaz, [w.replace(/s$/, "")], 0);
}

/** A country's name or demonym in one word ("Korean" of "Korean-Japanese"). */
function isPlace(w: string, R: Rules): boolean {
  return matchAt(R.gaz, [w], 0)?.hit.entity.type === "country";
}

/** Hyphenated parts ("In" of "Kim In-chul") are name syllables, not words. */
function isHyphenated(t: Token, name: Token[]): boolean {
  return name.some((x, q) => x.norm === "-" && (name[q - 1] === t || name[q + 1] === t));
}

export function headType(w: string, R: Rules): NodeType | undefined {
  if (R.agreementHeads.has(w)) return "agreement";
  if (R.ministryHeads.has(w)) return "ministry";
  if (R.orgHeads.has(w)) return "organization";
  return undefined;
}

function startsInstitution(toks: Token[], at: number, R: Rules): boolean {
  for (let k = at; k < Math.min(toks.length, at + 3) && isCap(toks[k]); k++) if (R.orgHeads.has(toks[k].norm) || R.ministryHeads.has(toks[k].norm)) return true;
  return false;
}

function matchFunction(norms: string[], at: number, R: Rules): { len: number; fn: string } | undefined {
  for (const f of R.functions) if (f.tokens.every((t, k) => norms[at + k] === t)) return { len: f.tokens.length, fn: f.fn };
  return undefined;
}

function functionEndingAt(norms: string[], h: number, R: Rules): { len: number; fn: string } | undefined {
  for (const f of R.functions) if (f.tokens.every((t, k) => norms[h - f.tokens.length + k] === t)) return { len: f.tokens.length, fn: f.fn };
  return undefined;
}

function functionInside(norms: string[], a: number, h: number, R: Rules): string | undefined {
  for (let k = a; k < h; k++) {
    const f = matchFunction(norms, k, R);
    if (f && k + f.len <= h) return f.fn;
  }
  return undefined;
}

/** Demonyms right before position i, with coordinations: "Japanese and South Korean". */
function demonymsBefore(ds: Demonym[], norms: string[], i: number): Demonym[] {
  const out: Demonym[] = [];
  let at = norms[i - 1] === "the" ? i - 1 : i;
  for (;;) {
    const d = ds.find((x) => x.j === at);
    if (!d) break;
    out.unshift(d);
    at = d.i;
    if (norms[at - 1] === "and" || norms[at - 1] === ",") at--;
    else break;
  }
  return out;
}

/** A lower-case role noun just before a name: "ministry spokesman Kim", "his counterpart, Lee". */
function roleBefore(toks: Token[], i: number, R: Rules): string | undefined {
  let k = i - 1;
  if (toks[k]?.norm === ",") k--;
  const t = toks[k];
  if (t && !isCap(t) && R.roleNouns.has(t.norm)) {
    const prev = toks[k - 1];
    return prev && !isCap(prev) && R.roleWords.has(prev.norm) ? `${prev.norm} ${t.norm}` : t.norm;
  }
  return undefined;
}
