// A yardstick for the cores alone: `tsx tests/bench/spin-run.ts [START]` runs a fixed
// amount of arithmetic on a few registers (no allocation, no memory to share) and prints one
// JSON line (see SpinRun). Two of them side by side show what the cores give when nothing is
// shared, to set beside two extractions side by side. START (epoch ms) is when to begin, so
// that two processes started one after the other run their loops at the same time.
import { performance } from "node:perf_hooks";

export interface SpinRun {
  ms: number;
  /** The loop's result, printed so that the loop cannot be optimized away. */
  result: number;
}

const ROUNDS = 1e9;

const start = Number(process.argv[2] ?? 0);
if (start > Date.now()) await new Promise((resolve) => setTimeout(resolve, start - Date.now()));
const t = performance.now();
let x = 1;
for (let i = 0; i < ROUNDS; i++) {
  // xorshift32
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
}
const run: SpinRun = { ms: performance.now() - t, result: x };
process.stdout.write(JSON.stringify(run) + "\n");
