// Stage 2, people: capitalized names after titles or in appositions, and people named by a
// title alone ("the minister", "the Qatari emir").
import { matchAt } from "./gazetteer.ts";
import { isCap, isPossessive } from "./mention.ts";
import { COMPANY_ROLES, LIST_GLUE } from "./words.ts";
import type { Rules } from "./rules.ts";
import type { Token } from "./tokens.ts";
import { type Scan, push, personCueAfter, titleHeadBefore, isRoleWord, isRoleHead, isNameWord, isPlace, isHyphenated, roleBefore, PORTFOLIO_FORM } from "./mention-scan.ts";

/**
 * Capitalized words before a title that name a body rather than a portfolio: an acronym
 * ("UOKiK", "KCAA") or two or more words ("Andes Connect"), none of them a title's or a
 * ministry's word ("Foreign Trade", "Public Works").
 */
function isBodyName(words: Token[], R: Rules): boolean {
  if (!words.length || !words.every((t) => isCap(t) && !isRoleWord(t.norm, R) && !R.functions.some((f) => f.tokens.includes(t.norm)) && !R.notNames.has(t.norm))) return false;
  if (/\p{Lu}.*\p{Lu}/u.test(words[0].text) && words.length === 1) return true;
  return words.length >= 2 && !PORTFOLIO_FORM.test(words[words.length - 1].norm);
}

/** The participle of a compound adjective ("-based", "-registered", "-owned", "-born"). */
const PARTICIPLE = /^([a-z]+ed|born|run|built|made|held)$/;

/** People: a capitalized name, after a title or in an apposition, or two or more proper nouns. */
export function people(x: Scan): void {
  const { toks, norms, taken, demonyms, R } = x;
  for (let i = 0; i < toks.length; i++) {
    if (taken[i] || !isCap(toks[i])) continue;
    // "Complicating Ruiz's case, ...": a sentence that opens with a participle opens no name with it.
    if (i === 0 && toks[0].pos === "VERB" && /ing$/.test(norms[0])) continue;
    let j = i;
    while (
      j < toks.length &&
      !taken[j] &&
      (isCap(toks[j]) ||
        (j > i && R.nameParticles.has(norms[j]) && particleOpens(toks, norms, j + 1, R)) ||
        (norms[j] === "-" && j > i && toks[j].start === toks[j - 1].end && toks[j + 1]?.start === toks[j].end) ||
        (norms[j - 1] === "-" && j > i && toks[j].start === toks[j - 1].end))
    )
      j++;
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
    const head = roleToks.length ? -1 : titleHeadBefore(toks, i, R, j, (q) => x.mentions.some((m) => m.type === "person" && m.i <= q && q < m.j));
    const longTitle = head >= 0;
    if (longTitle) {
      while (a < j - 1 && isRoleWord(norms[a], R)) roleToks.push(norms[a++]);
      // A title's "of", "for" or "and" is followed by its portfolio, a word at least, known or not:
      // "Minister of Youth and | Sports Chikondi Banda"; "Minister of Transport, Halima Mwinyi" names no one in "Transport".
      if (a === i) {
        roleToks.push(norms[a++]);
        while (a < j - 1 && isRoleWord(norms[a], R)) roleToks.push(norms[a++]);
      }
      // Past more portfolio words while a name of two words is left: "Minister of Transport and Public |
      // Works | Ana Ruiz", "for Energy | Diplomacy | X". A plural or an abstract noun is no one's given name.
      while (j - a > 2 && PORTFOLIO_FORM.test(norms[a]) && !R.givenNames.has(norms[a])) roleToks.push(norms[a++]);
      if (j - a < 2 || norms[j] === "and" || (norms[j] === "," && isCap(toks[j + 1]) && (norms[j + 2] === "and" || norms[j + 2] === ","))) {
        i = j - 1;
        continue;
      }
    }
    // "Andes Connect chief executive Felipe Arango": a body's name before a lower-case title.
    // One word too before a company's officer: "Kestrel chief executive Graham Tolliver".
    const oneWord = j === a + 1 && toks[a].pos === "PROPN" && !R.notNames.has(norms[a]) && !isPlace(norms[a], R) && !demonyms.some((d) => d.i === a);
    if (!roleToks.length && !longTitle && (isBodyName(toks.slice(a, j), R) || oneWord)) {
      let t = j;
      while (t < toks.length && !isCap(toks[t]) && isRoleWord(norms[t], R)) t++;
      const officer = norms.slice(j, t).some((w) => COMPANY_ROLES.has(w));
      if (t > j && isRoleHead(norms[t - 1], R) && isCap(toks[t]) && (!oneWord || officer)) {
        push(x, { i: a, j, type: "organization" });
        i = j - 1;
        continue;
      }
    }
    // A portfolio before the title: "Infrastructure Minister Oleksandr Kubrakov".
    if (!roleToks.length) {
      for (let r = Math.min(j - 2, a + 3); r > a; r--) {
        if (!isRoleHead(norms[r], R) || norms.slice(a, r).some((w) => R.calendar.has(w))) continue;
        // "UOKiK President X", "Andes Connect chief executive X": a body's name, not a portfolio, before the title.
        let t = r; // the title's first word ("chief executive")
        while (t > a && isRoleWord(norms[t - 1], R)) t--;
        if (isBodyName(toks.slice(a, t), R) && !demonyms.some((d) => d.i < t && d.j > a)) push(x, { i: a, j: t, type: "organization" });
        else t = a;
        roleToks.push(...norms.slice(t, r + 1));
        a = r + 1;
        break;
      }
    }
    // "Minister of Foreign Affairs Dr Yousif Al Mannai": an honorific after the title is neither.
    while (a < j - 2 && R.personTitles.has(norms[a])) a++;
    const name = toks.slice(a, j);
    const words = name.filter((t) => t.norm !== "-");
    // Hyphenated parts are name syllables, not words; "Korean-Japanese" is not a name.
    // Hyphenated parts are one word: "Ahmad Nasser Al-Mohammad Al-Sabah" has four.
    const wordCount = words.length - name.filter((t) => t.norm === "-").length;
    if (
      !words.length ||
      wordCount > 4 ||
      words.every((t) => isRoleWord(t.norm, R)) ||
      R.notNames.has(words[0].norm) ||
      // "Interior Minister Jan Hamacek": after a title, a month's name opening a full name is a given name.
      words.some(
        (t, n) =>
          !isHyphenated(t, name) &&
          !isNameWord(t, R) &&
          !(n === 0 && words.length >= 2 && (roleToks.length > 0 || longTitle) && R.calendar.has(t.norm) && /^[A-Z][a-z]+$/.test(t.text)) &&
          // "Ileana Rivas Montenegro": a state's name may end a name of three words.
          !(n === words.length - 1 && n >= 2 && isPlace(t.norm, R)),
      ) ||
      words.every((t) => isPlace(t.norm, R))
    ) {
      i = j - 1;
      continue;
    }
    const plural = matchAt(R.gaz, [...norms.slice(a, j - 1), norms[j - 1].replace(/s$/, "")], 0);
    if (plural && plural.end === j - a && plural.hit.entity.type !== "person") {
      i = j - 1;
      continue;
    }
    const before = roleBefore(toks, i, R);
    const lowerRole = before?.role;
    // "the Polish ambassador, Jan Nowak", "Poland's ambassador, Jan Nowak": the title's nationality is the person's.
    const roleFrom = before ? before.from : i;
    // "asked New Delhi to withdraw its High Commissioner, X": "its" is the last state named before it.
    const its = lowerRole && (norms[roleFrom - 1] === "its" || norms[roleFrom - 1] === "their") ? x.mentions.filter((m) => m.type === "country" && m.j < roleFrom).pop() : undefined;
    const possessor = lowerRole ? (x.mentions.find((m) => m.type === "country" && m.j + 1 === roleFrom && isPossessive(toks[m.j])) ?? its)?.known?.key : undefined;
    // "Lao Vice Minister of Energy and Mines X": the nationality before a long title's first word.
    let titleFrom = head;
    while (longTitle && titleFrom > 0 && isRoleWord(norms[titleFrom - 1], R) && isCap(toks[titleFrom - 1])) titleFrom--;
    const nationality = demonyms.find((d) => d.i >= i && d.j <= a) ?? demonyms.find((d) => d.j === roleFrom || (longTitle && d.j === titleFrom)) ?? (possessor ? { key: possessor } : undefined);
    const titled = roleToks.length > 0 || longTitle || !!lowerRole || R.personTitles.has(norms[a - 1] ?? "");
    const compound = words.length === 1 && name.length > 1; // "Airbus-Boeing"
    const place = !titled && ["in", "at", "from", "to", "near", "of"].includes(norms[i - 1] ?? ""); // "in New York"
    if (compound || place) {
      i = j - 1;
      continue;
    }
    // A syllable after a hyphen is part of a capitalized word: "Kim You-geun", "Park Sang-woo".
    // A particle inside a name is part of it: "Hassan Kadhim al-Zubaidi", "Pieter van der Laan".
    const proper =
      words.length >= 2 &&
      words.every(
        (t, n) =>
          t.pos === "PROPN" || /^[A-Z][a-z]+$/.test(t.text) || (n > 0 && R.nameParticles.has(t.norm)) || (isHyphenated(t, name) && /^[a-z]+$/.test(t.text) && name[name.indexOf(t) - 1]?.norm === "-"),
      );
    // "a Lima-based firm", "a Panama-flagged tanker": a place joined to a participle is an adjective, no one's name.
    if (name.some((t, n) => n > 0 && name[n - 1].norm === "-" && PARTICIPLE.test(t.text))) {
      i = j - 1;
      continue;
    }
    // Capitalized words are a person's name only with a cue: "Galwan Valley" and "Digital Services Tax" are not.
    const cued = titled || R.givenNames.has(words[0].norm) || personCueAfter(toks, j, R) || headOfBodyBefore(x, a);
    if (proper || titled || words.length === 1) {
      // a single word without a title is only a person if it is a known surname: checked at resolution.
      push(x, {
        i: a,
        j,
        type: "person",
        // "Minister of Sports X": a sports minister, the head last ("the minister" is the last one named).
        role: (longTitle ? [...roleToks, norms[head]].join(" ") : roleToks.length ? roleToks.join(" ") : lowerRole) || undefined,
        country: nationality?.key,
        anaphoric: words.length === 1 && !titled ? true : undefined,
        unsure: cued ? undefined : true,
      });
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
export function titlesAlone(x: Scan): void {
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
    // Also "the Czech ambassador in Moscow, Jan Novak".
    const served = norms[q] === "in" && isCap(toks[q + 1]) ? (isCap(toks[q + 2]) ? q + 3 : q + 2) : q;
    if (q === a || isCap(toks[q]) || norms[q] === "-" || norms[q] === "of" || (norms[served] === "," && isCap(toks[served + 1]))) continue;
    if (named) x.mentions.splice(x.mentions.indexOf(named), 1); // "the Saudi crown prince" is the prince, not Saudi Arabia
    const country = dem?.key ?? named?.known?.key ?? possessor?.known?.key;
    push(x, { i: dem?.i ?? named?.i ?? a, j: q, type: "person", role: norms.slice(a, q).join(" "), country, anaphoric: true, description: true });
    k = q - 1;
  }
}

/** "the head of (Ukraine's) Naftogaz | Oleh Dubyna": a name right after a body that a title is "of". */
function headOfBodyBefore(x: Scan, i: number): boolean {
  const { toks, norms, R } = x;
  // Back through "of (the) Y of Z": "the press secretary of the Ministry of Foreign Affairs of Belarus Pavel Lukashevich".
  for (let end = i, hops = 0; hops < 3; hops++) {
    const body = x.mentions.find(
      (m) => m.j === end && (m.type === "organization" || m.type === "ministry" || (hops > 0 && m.type === "country") || (hops === 0 && m.type === "country" && norms[m.i - 1] === "of")),
    );
    if (!body) return false;
    let q = body.i - 1;
    if (isPossessive(toks[q])) q = (x.mentions.find((m) => m.j === q && m.type === "country")?.i ?? q + 1) - 1;
    if (norms[q] === "the") q--;
    if (norms[q] !== "of") return false;
    if (isRoleHead(norms[q - 1] ?? "", R)) return true;
    end = q;
  }
  return false;
}

/** After a particle at q - 1, the rest of a name: "al-Jubeir", "von der Leyen", "bin Farhan". */
function particleOpens(toks: Token[], norms: string[], q: number, R: Rules): boolean {
  if (norms[q] === "-" && toks[q].start === toks[q - 1].end) return isCap(toks[q + 1]);
  if (R.nameParticles.has(norms[q])) return particleOpens(toks, norms, q + 1, R);
  return isCap(toks[q]);
}
