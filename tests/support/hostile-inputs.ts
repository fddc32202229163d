// Inputs that once made time grow faster than their size, made to order for the bench
// (hostile-run.ts) and the tests (tests/pathological.test.ts), and how both time them.

const WORDS = "Japan imposed export restrictions on South Korea and Seoul criticized the measures while officials met in Tokyo".split(" ");

/** Text of about `n` characters with no sentence punctuation at all. */
export function unpunctuated(n: number): string {
  const out: string[] = [];
  for (let i = 0, len = 0; len < n; i++) {
    out.push(WORDS[i % WORDS.length]);
    len += WORDS[i % WORDS.length].length + 1;
  }
  return out.join(" ");
}

const BODY = "Japan imposed export restrictions on South Korea on July 4. Seoul criticized the measures in November 2019.\n";

/** An article of about `n` characters whose dateline gives no year. */
export const yearlessDateline = (n: number): string => `Published June 2 10:00\n${BODY.repeat(Math.ceil(n / BODY.length))}`;

/** One sentence inside `levels` nested divs. */
export const deepHtml = (levels: number): string => `<html><body>${"<div>".repeat(levels)}Japan imposed restrictions on South Korea.${"</div>".repeat(levels)}</body></html>`;

/** The fastest of five runs, in ms of CPU time: the first ones warm the code up, and a run of a few ms is noisy. */
export function fastest(run: () => void): number {
  let best = Infinity;
  for (let k = 0; k < 5; k++) {
    // CPU time of this process, not the clock: other work on a busy machine (tests run in
    // parallel) stretches the clock, not the work done.
    const t = process.cpuUsage();
    run();
    const used = process.cpuUsage(t);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}
