// Stage 2, what parties do: agreements in lower case ("the pact", "the 1965 treaty") and
// measures ("Japan's restrictions on exports to South Korea", "tariffs on Turkish steel").
import { isCap, isPossessive } from "./mention.ts";
import { ANOTHER, DEFINITE, DETERMINERS, INDEFINITE } from "./words.ts";
import { gerundStems, type Token } from "./tokens.ts";
import { type Scan, push, demonymBefore } from "./mention-scan.ts";

/** Agreements in lower case: "a military intelligence-sharing pact", "the 1965 treaty", "the pact". */
export function lowerCaseAgreements(x: Scan): void {
  const { toks, norms, taken, R } = x;
  for (let h = 0; h < toks.length; h++) {
    if (taken[h] || isCap(toks[h]) || !R.agreementHeads.has(norms[h]) || toks[h].pos === "VERB") continue;
    // Not "in agreement with" (a stance) nor "deal with" (a verb, whatever its tag); "signed a supply agreement with X" is a pact.
    if (R.talkNouns.has(norms[h + 1]) || toks[h + 1]?.pos === "NOUN" || (norms[h + 1] === "with" && (norms[h - 1] === "in" || (norms[h] === "deal" && !dealNoun(toks, h))))) continue;
    let a = h;
    while ((a > 0 && !taken[a - 1] && !DETERMINERS.has(norms[a - 1]) && !isPossessive(toks[a - 1]) && ["ADJ", "NOUN", "NUM", "PROPN"].includes(toks[a - 1].pos)) || (norms[a - 1] === "-" && a > 1))
      a--;
    const year = toks.slice(a, h).find((t) => /^(1[89]|20)\d\d$/.test(t.text))?.text;
    push(x, { i: a, j: h + 1, type: "agreement", anaphoric: a === h && DEFINITE.has(norms[a - 1]), year });
  }
}

/** "a (trade) deal with", not "the two countries deal with": an article, an adjective or a singular modifier before it. */
function dealNoun(toks: Token[], h: number): boolean {
  const p = toks[h - 1];
  if (!p) return false;
  if (p.pos === "DET" || p.pos === "ADJ" || p.pos === "NUM") return true;
  return p.pos === "NOUN" && !p.norm.endsWith("s") && ["DET", "ADJ", "NUM"].includes(toks[h - 2]?.pos ?? "");
}

/** Nouns of "in place", "into force", "in effect". */
export const IDIOM_NOUNS = new Set(["place", "force", "effect"]);

/** Measures: "Japan's restrictions on exports to South Korea", "tariffs on Turkish steel". */
export function measures(x: Scan): void {
  const { toks, norms, taken, demonyms, R } = x;
  for (let h = 0; h < toks.length; h++) {
    // A capital is a name's ("Sanctions Committee"), except the sentence's first word ("Tariffs on wine were ...").
    const named = isCap(toks[h]) && (h > 0 || isCap(toks[h + 1] ?? toks[h]));
    if (taken[h] || named || toks[h].pos === "VERB" || toks[h].pos === "AUX") continue;
    const family = R.measureHeads.get(norms[h]) ?? phraseFamily(norms, h, R) ?? nominalFamily(toks, norms, h, R);
    if (!family) continue;
    // A head the tagger reads as an adjective or adverb ("it was fine") is a noun only after a determiner, a possessive or a modifier ("the fine", "Chile's fine", "a hefty fine").
    const before = toks[h - 1];
    if ((toks[h].pos === "ADJ" || toks[h].pos === "ADV") && !(before && (DETERMINERS.has(before.norm) || isPossessive(before) || before.pos === "ADJ" || before.pos === "NUM"))) continue;
    const next = toks[h + 1];
    if (next && (next.pos === "NOUN" || next.pos === "PROPN") && !taken[h + 1] && !DETERMINERS.has(next.norm)) continue; // not the head ("export control system")
    let a = h;
    while (
      a > 0 &&
      !taken[a - 1] &&
      ((R.measureModifiers.has(norms[a - 1]) && !DETERMINERS.has(norms[a - 1])) || (["NOUN", "ADJ"].includes(toks[a - 1].pos) && !DETERMINERS.has(norms[a - 1])) || (norms[a - 1] === "-" && a > 1))
    )
      a--;
    // "its seven-month ban": a hyphen joins the word before it to the name, whatever its tag.
    if (norms[a] === "-" && a > 0 && !taken[a - 1] && toks[a - 1].end === toks[a].start) a--;
    // "the EU's updated blocking statute", "the proposed tariffs": participles between a determiner or possessive and the head.
    a = pastParticiples(toks, norms, a, taken);
    // "put in place sanctions", "came into force tariffs": the idiom's noun is no modifier.
    if (a < h && IDIOM_NOUNS.has(norms[a]) && (norms[a - 1] === "in" || norms[a - 1] === "into")) a++;
    const dem = demonyms.find((d) => d.i >= a - 1 && d.j <= h) ?? demonymBefore(x, a);
    const mods = norms.slice(a, h);
    const domain = [...mods, norms[h]].map((w) => R.domainWords.get(w)).find(Boolean);
    const bare = mods.every((w) => DETERMINERS.has(w) || !R.domainWords.has(w)) && !dem;
    const another = mods.some((w) => ANOTHER.has(w)) || saysAnother(norms, a) || undefined;
    push(x, {
      i: dem && dem.i < a ? dem.i : a,
      j: h + 1,
      type: "measure",
      family,
      noun: R.measureHeads.has(norms[h]) ? norms[h] : undefined,
      domain,
      country: dem?.key,
      anaphoric: bare && !INDEFINITE.has(norms[a - 1]) && !another,
      another,
    });
  }
}

/** "another", "a second" just before a measure's words, past a name between them ("a second WTO complaint"). */
function saysAnother(norms: string[], a: number): boolean {
  for (let q = a - 1; q >= 0 && q >= a - 3; q--) {
    if (ANOTHER.has(norms[q])) return true;
    if (DETERMINERS.has(norms[q])) return false;
  }
  return false;
}

/** The family of a multi-word head ending at h ("trade actions", "approval process"), if its words are there. */
function phraseFamily(norms: string[], h: number, R: Scan["R"]): string | undefined {
  return R.measurePhrases.get(norms[h])?.find((p) => p.before.every((w, q) => norms[h - p.before.length + q] === w))?.fam;
}

/** Back from a over participles ("updated", "blocking") and adjectives, when a determiner or a possessive opens them. */
function pastParticiples(toks: Scan["toks"], norms: string[], a: number, taken: Scan["taken"]): number {
  let q = a;
  while (q > 0 && !taken[q - 1] && q > a - 3 && ((toks[q - 1].pos === "VERB" && /(ed|ing)$/.test(norms[q - 1])) || toks[q - 1].pos === "ADJ")) q--;
  return q < a && q > 0 && (DETERMINERS.has(norms[q - 1]) || isPossessive(toks[q - 1])) ? q : a;
}

/** "the freezing of all new trade", "the banning of imports": a measure verb's "-ing" form as a noun names its measure. */
function nominalFamily(toks: Scan["toks"], norms: string[], h: number, R: Scan["R"]): string | undefined {
  if (toks[h].pos !== "NOUN" || norms[h + 1] !== "of" || !DETERMINERS.has(norms[h - 1] ?? "")) return undefined;
  for (const stem of gerundStems(norms[h])) {
    const verb = R.measureVerbs.get(stem);
    if (verb) return verb.family;
  }
  return undefined;
}
