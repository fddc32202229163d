// Shared by the CLI tests: run `npm run extract` in a child process, and temporary folders
// removed after the test file.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = path.join(ROOT, "src/cli/extract.ts");

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "extract-cli-"));
  temps.push(dir);
  return dir;
}

/** Runs the extract CLI (`node --import tsx`, extra Node flags first) and waits for it. */
export function run(args: string[], options: { cwd?: string; nodeFlags?: string[] } = {}) {
  const r = spawnSync(process.execPath, [...(options.nodeFlags ?? []), "--import", "tsx", CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0" },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
