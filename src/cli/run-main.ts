// One runner for the CLI's commands (extract, start, eval): the exit codes, what a usage
// error prints, and what an unexpected error prints. Node-only.
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { errorMessage } from "../graph/error-message.ts";

/** Exit codes every command uses (README "Your own articles" and each command's --help). */
export const EXIT = { ok: 0, nothing: 1, usage: 2, strict: 3 } as const;

/** A command line or an input a person must fix: its message, then the hint to run --help. */
export class UsageError extends Error {}

/** True when the module at `url` (its `import.meta.url`) is the program being run, not an import. */
export function isMainModule(url: string): boolean {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(url));
  } catch {
    return false;
  }
}

/**
 * Runs `main` with the command line when the module at `url` is the program: its result is
 * the exit code; a UsageError prints "NAME: message" and the --help hint and exits 2; any
 * other error prints its stack and exits 1.
 */
export async function runMain(name: string, url: string, main: (argv: string[]) => number | Promise<number>): Promise<void> {
  if (!isMainModule(url)) return;
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${name}: ${e.message}\nRun with --help for usage.\n`);
      process.exitCode = EXIT.usage;
    } else {
      process.stderr.write(`${name}: error: ${e instanceof Error ? (e.stack ?? e.message) : errorMessage(e)}\n`);
      process.exitCode = EXIT.nothing;
    }
  }
}
