// Numbers and counts as the CLI's summaries and the benchmark's report print them.

/** "12,345" (rounded to a whole number). */
export const int = (n: number): string => Math.round(n).toLocaleString("en-US");

/** "1 file", "3 files". */
export const plural = (n: number, word: string): string => `${int(n)} ${word}${n === 1 ? "" : "s"}`;

/** Counts as "k n, k n" in the given order, zeros left out. */
export function breakdown(order: readonly string[], counts: Map<string, number>): string {
  return order
    .filter((k) => counts.get(k))
    .map((k) => `${k} ${int(counts.get(k)!)}`)
    .join(", ");
}

/**
 * A file name (or any text from outside) as it may be printed on a terminal: control
 * characters escaped (`\n`, `\x1b`, `\u202e`), so that a name cannot forge a line of output,
 * move the cursor, retitle the window or reverse the text after it.
 */
export function printable(text: string): string {
  // Control characters are what this function looks for.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
