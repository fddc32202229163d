// Shared by the CLI tests: run `npm run extract` in a child process, and temporary folders
// removed after the test file.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = path.join(ROOT, "src/cli/extract.ts");
/** tsx's loader by URL: `--import tsx` would be looked up from the working directory, which a test may move. */
const TSX = import.meta.resolve("tsx");

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "extract-cli-"));
  temps.push(dir);
  return dir;
}

export interface RunOptions {
  cwd?: string;
  /** Node flags, before the CLI's arguments. */
  nodeFlags?: string[];
  /** A command that runs the rest (`["bash", "-c", 'ulimit -f 1; exec "$@"', "bash"]`). */
  wrapper?: string[];
  /** Run as this user and group (see `unprivileged`). */
  uid?: number;
  gid?: number;
  /** Killed after this many ms (a hung CLI fails its test instead of blocking it: spawnSync cannot be interrupted). */
  timeout?: number;
}

function command(args: string[], options: RunOptions): [string, string[]] {
  const [cmd, ...rest] = [...(options.wrapper ?? []), process.execPath, ...(options.nodeFlags ?? []), "--import", TSX, CLI, ...args];
  return [cmd, rest];
}

function spawnOptions(options: RunOptions) {
  return { cwd: options.cwd ?? ROOT, env: { ...process.env, FORCE_COLOR: "0" }, uid: options.uid, gid: options.gid };
}

/** Runs the extract CLI (`node --import tsx`, extra Node flags first) and waits for it. */
export function run(args: string[], options: RunOptions = {}) {
  const [cmd, rest] = command(args, options);
  const r = spawnSync(cmd, rest, { ...spawnOptions(options), encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: options.timeout ?? 120_000, killSignal: "SIGKILL" });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the extract CLI without waiting: the child and a promise of its outcome. */
export function start(args: string[], options: RunOptions = {}) {
  const [cmd, rest] = command(args, options);
  const child = spawn(cmd, rest, spawnOptions(options));
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s));
  child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

/** Options that run the CLI as user "nobody" when the tests run as root, whom file permissions do not stop. */
export function unprivileged(): { uid?: number; gid?: number } {
  return process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
}
