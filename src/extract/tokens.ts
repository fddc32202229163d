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

const QUOTES = /[\u2018\u2019\u02bc`\u201c\u201d]/;
export const normToken = (s: string): string => {
  const low = s.toLowerCase();
  return QUOTES.test(low) ? low.replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/[\u201c\u201d]/g, '"') : low;
};

/** A name as the normal forms of its tokens, as an article's tokens would be. */
export const nameTokens = (name: string): string[] => tokenizer.readDoc(name).tokens().out().map(normToken);

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
