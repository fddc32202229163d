// Stage 2: find entity mentions in a sentence: known names (gazetteer, here), then the passes
// by kind: institutions (mentions-bodies.ts), people (mentions-people.ts), agreements and
// measures (mentions-things.ts), on the shared ground of mention-scan.ts.
import { matchAt } from "./gazetteer.ts";
import { isCap, normsOf, type Mention } from "./mention.ts";
import type { Rules } from "./rules.ts";
import type { Sentence } from "./tokens.ts";
import { GOVERNMENT_NOUNS } from "./words.ts";
import { type Demonym, type Scan, push, titledAt, isJoiningHyphen, overtaken, startsInstitution } from "./mention-scan.ts";
import { actingAcronyms, capitalizedInstitutions, lowerCaseInstitutions, organizationsByContext } from "./mentions-bodies.ts";
import { people, titlesAlone } from "./mentions-people.ts";
import { lowerCaseAgreements, measures } from "./mentions-things.ts";

export type { Demonym } from "./mention-scan.ts";
export { headType } from "./mention-scan.ts";

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

/** Known names (gazetteer): actors of the lexicon and countries; nationality words are kept as demonyms. */
function knownNames(x: Scan, allowWeak: (key: string) => boolean): void {
  const { toks, norms, taken, demonyms, R } = x;
  for (let i = 0; i < toks.length;) {
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
