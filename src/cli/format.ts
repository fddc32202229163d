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
