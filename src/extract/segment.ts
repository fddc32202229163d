// Stage 1: split an article into content sentences with tokens, POS, lemmas and exact
// character offsets. Web-scrape furniture (menus, share buttons, captions, pleas) is dropped here.
import type { Rules } from "./rules.ts";
import { foldLetters, gerundStems, normToken, pastStems, tagger as nlp, type Sentence, type Token } from "./tokens.ts";

const its = nlp.its;

/** True for lines that are page furniture rather than article prose. */
export function isBoilerplate(line: string, R: Rules): boolean {
  const t = line.trim();
  if (!t) return true;
  const words = t.split(/\s+/);
  const n = words.length;
  if (n < 12 && /^[•·|>*\-–—<]/.test(t)) return true;
  if (n < 25 && R.boilerplate.test(normToken(t))) return true;
  if (n < 14 && /\s[|/›»·]\s|\s\|/.test(t)) return true; // crumbs and menus
  if (n < 8 && /^[A-Z][\w-]*:\s/.test(t)) return true; // "Share: VK ..."
  // Fewer than four words with letters in them.
  let lettered = 0;
  for (const w of words) if (/[a-z]/i.test(w) && ++lettered === 4) return false;
  return true;
}

type WinkTokens = ReturnType<ReturnType<typeof nlp.readDoc>["tokens"]>;
/** One property of every token of a line. */
function column(all: WinkTokens, f: unknown): string[] {
  return all.out(f as never) as unknown as string[]; // wink's typings miss its.lemma here
}

export function segment(text: string, R: Rules): Sentence[] {
  const sentences: Sentence[] = [];
  const seen = new Set<string>();
  let lineStart = 0;
  const lines = text.split("\n");
  lines.forEach((line, lineIndex) => {
    const offset = lineStart;
    lineStart += line.length + 1;
    const key = line.trim();
    if (isBoilerplate(line, R) || seen.has(key)) return;
    seen.add(key);
    // Tagged with accents folded (the same length), read back from the line as written.
    const folded = foldLetters(line);
    const doc = nlp.readDoc(folded);
    // Whole-collection reads are cheaper than one call per token.
    const all = doc.tokens();
    const [texts, lemmas, poses] = [column(all, its.value), column(all, its.lemma), column(all, its.pos)];
    // Pushed, not preallocated: a holey array's slices differ in shape from a packed one's, and the stages' code would be compiled for both.
    const tokens: Token[] = [];
    let cursor = 0;
    for (let q = 0; q < texts.length; q++) {
      const at = folded.indexOf(texts[q], cursor);
      const start = at >= 0 && at - cursor < 40 ? at : cursor;
      const end = at >= 0 && at - cursor < 40 ? at + texts[q].length : cursor;
      cursor = end;
      const s = folded !== line && end > start ? line.slice(start, end) : texts[q];
      const norm = normToken(s);
      // "retaliated by expelling two diplomats": a gerund after "by" that the tagger calls a noun is a verb, when the lexicon knows it.
      const gerund = poses[q] === "NOUN" && tokens[tokens.length - 1]?.norm === "by" ? verbOfGerund(norm, R) : undefined;
      // "has long accused Nairobi": a past form after "have" that the tagger calls a noun or an adjective is a verb.
      const past = !gerund && (poses[q] === "NOUN" || poses[q] === "ADJ") && norm.endsWith("ed") && afterHave(tokens) ? pastStems(norm).find((c) => R.verbLemmas.has(c)) : undefined;
      const verb = gerund ?? past;
      tokens.push({ text: s, norm, lemma: verb ?? normToken(lemmas[q]), pos: verb ? "VERB" : poses[q], start: offset + start, end: offset + end });
    }
    doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
      const [a, b] = s.out(its.span) as [number, number];
      const toks = tokens.slice(a, b + 1).filter((t) => t.pos !== "SPACE" && t.text.trim());
      for (const piece of afterCompanyNames(toks, R).flatMap(pieces)) {
        const start = piece[0].start;
        const end = piece[piece.length - 1].end;
        sentences.push({ start, end, text: text.slice(start, end), tokens: piece, line: lineIndex });
      }
    });
  });
  return sentences;
}

/** The last token is "have" ("has", "had"), or one adverb or adjective after it ("has long", "had already"). */
function afterHave(tokens: Token[]): boolean {
  const n = tokens.length;
  return isHave(tokens[n - 1]) || ((tokens[n - 1]?.pos === "ADV" || tokens[n - 1]?.pos === "ADJ") && isHave(tokens[n - 2]));
}
const isHave = (t: Token | undefined): boolean => !!t && t.pos === "AUX" && HAVE.has(t.norm);
const HAVE = new Set(["has", "have", "had"]);

/** The lemma of "expelling", "imposing", "banning", if the lexicon knows the verb. */
function verbOfGerund(w: string, R: Rules): string | undefined {
  return gerundStems(w).find((c) => R.verbLemmas.has(c));
}

/**
 * "Poland fined Loomgrid Ltd. Damien Kerrigan said ...": the tagger reads a company's abbreviated legal form
 * as an abbreviation inside the sentence; a capitalized word after it that is no title ("Acme Corp. CEO X")
 * starts the next sentence.
 */
function afterCompanyNames(toks: Token[], R: Rules): Token[][] {
  const out: Token[][] = [];
  let from = 0;
  for (let q = 1; q < toks.length - 1; q++) {
    const next = toks[q + 1];
    if (!legalFormEnd(toks[q], R) || !/^\p{Lu}/u.test(next.text) || R.roleWords.has(next.norm) || R.roleNouns.has(next.norm) || next.start === toks[q].end) continue;
    out.push(toks.slice(from, q + 1));
    from = q + 1;
  }
  out.push(from === 0 ? toks : toks.slice(from));
  return out;
}

/** A company's legal form abbreviated with a period ("Ltd.", "Corp."): an organization head of the lexicon. */
const legalFormEnd = (t: Token, R: Rules): boolean => t.text.endsWith(".") && R.orgHeads.has(t.norm.slice(0, -1));

/** Longer "sentences" (text without punctuation, lists) are cut: the stages' work per sentence grows faster than its length. */
const MAX_SENTENCE_TOKENS = 150;

/** A sentence's tokens in pieces of at most MAX_SENTENCE_TOKENS, cut after a comma, semicolon or "and" where there is one. */
function pieces(toks: Token[]): Token[][] {
  const out: Token[][] = [];
  let from = 0;
  while (toks.length - from > MAX_SENTENCE_TOKENS) {
    let cut = from + MAX_SENTENCE_TOKENS;
    for (let q = cut - 1; q > from + MAX_SENTENCE_TOKENS / 2; q--) {
      if (toks[q].norm === "," || toks[q].norm === ";" || toks[q].norm === "and") {
        cut = q + 1;
        break;
      }
    }
    out.push(toks.slice(from, cut));
    from = cut;
  }
  if (from < toks.length) out.push(from === 0 ? toks : toks.slice(from));
  return out;
}
