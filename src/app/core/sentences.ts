// Sentences around a mention, and text cut into plain and highlighted pieces. The
// extractor's evidence spans are exact sentences; for a mention outside any evidence, a
// light heuristic finds the sentence (the extractor's NLP segmenter is too heavy for the page).

export interface Range {
  start: number;
  end: number;
}

// Words whose trailing period does not end a sentence ("Mr.", "U.S.", "S. Korea").
const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sen|Rep|Gov|Jr|Sr|No|vs|etc|Inc|Co|Corp|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z](?:\.[A-Z])*)\.$/;

/** True when a sentence may start right after position `i` (the end of the text before it). */
function boundaryBefore(text: string, i: number): boolean {
  if (i === 0 || text[i - 1] === "\n") return true;
  const before = text.slice(Math.max(0, i - 12), i);
  const m = /([.!?])["'\u201d\u2019)\]]*\s+$/.exec(before);
  if (!m || !/^["'\u201c\u2018([]?[A-Z0-9]/.test(text.slice(i, i + 2))) return false;
  if (m[1] !== ".") return true;
  return !ABBREVIATION.test(before.slice(0, m.index + 1));
}

/** The sentence containing [start, end): from the previous boundary to the next one. */
export function sentenceAround(text: string, start: number, end: number): Range {
  let s = start;
  while (s > 0 && !boundaryBefore(text, s)) s--;
  let e = Math.max(end, s);
  while (e < text.length && text[e] !== "\n" && !(boundaryBefore(text, e) && /\s/.test(text[e - 1]))) e++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  while (s < e && /\s/.test(text[s])) s++;
  return { start: s, end: Math.max(e, end) };
}

export interface Piece<K extends string = string> {
  text: string;
  /** Set on highlighted pieces. */
  mark?: K;
}

/**
 * Cuts text[from, to) into pieces, the parts covered by `marks` highlighted with their kind.
 * Marks are clipped to the range; where two overlap, the one listed first wins.
 */
export function highlight<K extends string>(text: string, from: number, to: number, marks: (Range & { kind: K })[]): Piece<K>[] {
  const owner: (K | undefined)[] = new Array(Math.max(0, to - from));
  for (const m of marks) {
    for (let i = Math.max(m.start, from); i < Math.min(m.end, to); i++) owner[i - from] ??= m.kind;
  }
  const pieces: Piece<K>[] = [];
  let i = from;
  while (i < to) {
    const kind = owner[i - from];
    let j = i + 1;
    while (j < to && owner[j - from] === kind) j++;
    pieces.push(kind === undefined ? { text: text.slice(i, j) } : { text: text.slice(i, j), mark: kind });
    i = j;
  }
  return pieces;
}
