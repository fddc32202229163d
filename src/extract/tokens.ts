// The bottom of the extractor: token and sentence shapes, the wink-nlp pipelines, and the
// normal forms every stage compares (normToken, nameTokens, slug). Imports nothing of its own.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export interface Token {
  text: string;
  /** Lower case, curly quotes straightened. */
  norm: string;
  lemma: string;
  pos: string;
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** Index of the source line (paragraph) in the document. */
  line: number;
}

// Articles: sentences, tokens, POS (lemmas come with the model). NER, negation and sentiment are not needed.
export const tagger = winkNLP(model, ["sbd", "pos"]);
// Polarity of short judgments ("simply unacceptable"), read only where a frame asks for it.
const sentimentReader = winkNLP(model, ["sbd", "sentiment"]);
/** wink-nlp's sentiment of a short text, from -1 (negative) to 1. */
export const sentiment = (text: string): number => sentimentReader.readDoc(text).out(sentimentReader.its.sentiment) as unknown as number;
// Names in the lexicons: tokens only, as articles are tokenized, without the cost of tagging thousands of names.
const tokenizer = winkNLP(model, ["sbd"]);

/** Letters the tagger cuts words at ("Erdo|ğ|an") or that are written with and without accents. */
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/;
const UNDECOMPOSED: Record<string, string> = { ł: "l", Ł: "L", đ: "d", Đ: "D", ħ: "h", Ħ: "H", ı: "i", ŀ: "l", Ŀ: "L", ø: "o", Ø: "O", ŧ: "t", Ŧ: "T" };
const foldLetter = (c: string): string => {
  const base = c.normalize("NFD")[0];
  if (base !== c) return base;
  return Object.hasOwn(UNDECOMPOSED, c) ? UNDECOMPOSED[c] : c;
};
/**
 * Accented Latin letters as their base letter, one UTF-16 unit for one, so offsets still hold:
 * "Erdoğan" is tagged as one word, and "Çavuşoğlu" meets a lexicon's "Cavusoglu".
 */
export const foldLetters = (s: string): string => (ACCENTED.test(s) ? s.replace(/[\u00c0-\u024f\u1e00-\u1eff]/g, foldLetter) : s);

const QUOTES = /[\u2018\u2019\u02bc`\u201c\u201d]/;
export const normToken = (s: string): string => {
  const low = foldLetters(s).toLowerCase();
  return QUOTES.test(low) ? low.replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/[\u201c\u201d]/g, '"') : low;
};

/** A name as the normal forms of its tokens, as an article's tokens would be. */
export const nameTokens = (name: string): string[] => tokenizer.readDoc(foldLetters(name)).tokens().out().map(normToken);

/** The lemmas an "-ing" form may come from: "banning" -> ban, "freezing" -> freeze, "imposing" -> impose. */
export function gerundStems(w: string): string[] {
  if (!w.endsWith("ing") || w.length < 6) return [];
  const stem = w.slice(0, -3);
  const undoubled = stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : stem;
  return [stem, `${stem}e`, undoubled];
}

/** The lemmas a past form may come from: "accused" -> accuse, "banned" -> ban, "halted" -> halt, "denied" -> deny. */
export function pastStems(w: string): string[] {
  if (!w.endsWith("ed") || w.length < 5) return [];
  const stem = w.slice(0, -2);
  const undoubled = stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : stem;
  return [w.slice(0, -1), stem, undoubled, ...(stem.endsWith("i") ? [`${stem.slice(0, -1)}y`] : [])];
}

/** Keys an object answers by inheritance: graphology keeps neighbours in plain objects, so no node may be keyed by one. */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** A node key from a name: "South Korea's Ministry" -> "south-korea-ministry" ("constructor" -> "constructor-1"). */
export const slug = (s: string): string => {
  const key = s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/'s\b/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return INHERITED.has(key) ? `${key}-1` : key;
};
