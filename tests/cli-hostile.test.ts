// The extract CLI against a hostile file system and command line (issue 21): --out checked
// before extracting, unreadable folders skipped, both files replaced together or not at all,
// a lock against a second run, temporary files removed on errors and signals, control
// characters escaped in printed names, --workers bounded, UTF-16 without a byte-order mark.
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { fromJSON } from "../src/graph/formats/json/write.ts";
import { ROOT, run, start, tempDir, unprivileged } from "./cli-run.ts";

const ARTICLES = path.join(ROOT, "tests/fixtures/articles");
const ARTICLE = path.join(ARTICLES, "us-china-tariffs.txt");
const LOCK = ".extract.lock";

const documentsOf = (out: string) => fromJSON(readFileSync(path.join(out, "graph.json"), "utf8"), "graph.json").getAttribute("documents");
const outputOf = (out: string) => ["graph.json", "graph.gexf"].map((f) => readFileSync(path.join(out, f)).toString("utf8"));

/** An output folder holding a graph of one article, for runs that must leave it as it is. */
function previousOutput(): { out: string; before: string[] } {
  const out = path.join(tempDir(), "out");
  expect(run([ARTICLE, "--out", out]).code).toBe(0);
  return { out, before: outputOf(out) };
}

/** A folder that user "nobody" can enter (temporary folders are private to their owner). */
function openDir(): string {
  const dir = tempDir();
  chmodSync(dir, 0o777);
  return dir;
}

describe.skipIf(process.platform !== "linux")("extract CLI on a hostile file system", () => {
  it("checks --out before extracting: exit 2, naming the path and the problem, and nothing left behind", () => {
    const dir = tempDir();
    // graph.json is a folder.
    const out = path.join(dir, "out");
    mkdirSync(path.join(out, "graph.json"), { recursive: true });
    let r = run([ARTICLES, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`extract: --out ${out}: ${out}/graph.json is a folder, not a file\n`);
    expect(r.stdout).toBe(""); // nothing extracted
    expect(readdirSync(out)).toEqual(["graph.json"]);
    // --out is a file, or under one.
    const file = path.join(dir, "file");
    writeFileSync(file, "x");
    r = run([ARTICLES, "--out", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`extract: --out ${file}: not a folder\n`);
    r = run([ARTICLES, "--out", `${file}/sub`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`extract: --out ${file}/sub: ${file} is not a folder\n`);
    // A folder that cannot be made (it looped forever before, deaf to SIGTERM).
    r = run([ARTICLES, "--out", "/proc/self/x"], { timeout: 30_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("extract: --out /proc/self/x: cannot create /proc/self/x: the file system does not allow it (ENOENT)\n");
    // A folder missing several levels is made, and removed again when nothing is written.
    const deep = path.join(dir, "a", "b", "c");
    r = run([path.join(dir, "no-such-file.txt"), "--out", deep]);
    expect(r.code).toBe(2);
    writeFileSync(path.join(dir, "empty.txt"), "");
    r = run([path.join(dir, "empty.txt"), "--out", deep]);
    expect(r.code).toBe(1);
    expect(existsSync(path.join(dir, "a"))).toBe(false);
  });

  it("refuses an --out folder it may not write to, before extracting", () => {
    const out = path.join(openDir(), "read-only");
    mkdirSync(out, { mode: 0o555 });
    chmodSync(out, 0o555);
    const r = run([ARTICLES, "--out", out], unprivileged());
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`extract: --out ${out}: cannot create files in it: permission denied (EACCES)\n`);
    expect(r.stdout).toBe("");
  });

  it("skips unreadable folders and files with a warning naming each, and extracts the rest", () => {
    const dir = openDir();
    const inputs = path.join(dir, "in");
    mkdirSync(path.join(inputs, "locked"), { recursive: true });
    chmodSync(inputs, 0o755);
    copyFileSync(ARTICLE, path.join(inputs, "good.txt"));
    copyFileSync(path.join(ARTICLES, "eu-japan-agreement.txt"), path.join(inputs, "locked", "hidden-away.txt"));
    chmodSync(path.join(inputs, "locked"), 0o000);
    copyFileSync(path.join(ARTICLES, "eu-japan-agreement.txt"), path.join(inputs, "secret.txt"));
    chmodSync(path.join(inputs, "secret.txt"), 0o000);
    const out = path.join(dir, "out");
    const r = run([inputs, "--out", out], unprivileged());
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`extract: skipped ${inputs}/locked: unreadable folder: permission denied (EACCES)\n`);
    expect(r.stderr).toContain(`extract: skipped ${inputs}/secret.txt: unreadable: permission denied (EACCES)\n`);
    expect(r.stdout).toMatch(/^documents: 1 read \(\d+ words\), 2 skipped$/m);
    expect(r.stdout).toContain(`  skipped ${inputs}/locked: unreadable folder: permission denied (EACCES)\n`);
    expect(documentsOf(out).map((d) => d.id)).toEqual(["good"]);
    // With --strict they are errors like any skipped file.
    expect(run([inputs, "--out", path.join(dir, "strict"), "--strict"], unprivileged()).code).toBe(3);
  });

  it("names the folders nested too deep to be read (paths beyond the system's limit) instead of dropping them", () => {
    const dir = tempDir();
    copyFileSync(ARTICLE, path.join(dir, "top.txt"));
    // 25 levels of 200-character names, about 5,000 characters: past PATH_MAX (4,096), so made
    // (and removed) by a shell that descends into each.
    const deepTree = (script: string) => expect(spawnSync("bash", ["-c", script], { cwd: dir, env: { ...process.env, L: "n".repeat(200) } }).status).toBe(0);
    deepTree('for i in $(seq 25); do mkdir "$L" && cd "$L" || exit 1; done; echo "Japan met China." > deep.txt');
    try {
      const r = run([dir, "--out", path.join(dir, "out")]);
      expect(r.code).toBe(0);
      const warning = r.stderr.split("\n").find((l) => l.startsWith("extract: skipped "));
      expect(warning).toMatch(new RegExp(`^extract: skipped ${dir}(/n{200})+: unreadable folder: path too long \\(ENAMETOOLONG\\)$`));
    } finally {
      deepTree('rm -rf "$L"');
    }
  });

  it("replaces graph.json and graph.gexf together: a failed write (file too large) leaves the previous pair and no temporary file", () => {
    const { out, before } = previousOutput();
    // A file-size limit between the new graph.json and the new graph.gexf: graph.json's
    // temporary file is written whole, graph.gexf's is not (EFBIG, as on a full disk).
    const scratch = path.join(tempDir(), "scratch");
    expect(run([ARTICLES, "--out", scratch]).code).toBe(0);
    const [json, gexf] = ["graph.json", "graph.gexf"].map((f) => statSync(path.join(scratch, f)).size);
    expect(gexf).toBeGreaterThan(json + 2048);
    const limitKB = Math.ceil(json / 1024) + 1; // bash's ulimit -f counts 1024-byte blocks
    const r = run([ARTICLES, "--out", out], {
      wrapper: ["bash", "-c", `ulimit -f ${limitKB}; exec "$@"`, "bash"],
      // Without a handler SIGXFSZ kills the process; with one, the write fails with EFBIG.
      nodeFlags: ["--import", `data:text/javascript,${encodeURIComponent('process.on("SIGXFSZ", () => {});')}`],
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`extract: cannot write ${out}/graph.gexf: file too large (EFBIG); ${out} is left as it was\n`);
    expect(readdirSync(out).sort()).toEqual(["graph.gexf", "graph.json"]);
    expect(outputOf(out)).toEqual(before);
  });

  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const) {
    it(`on ${signal}, removes its temporary files and lock, leaves the previous pair, and exits ${code}`, () => {
      const { out, before } = previousOutput();
      // The signal is sent while graph.json's temporary file is being written.
      const hook = `import fs from "node:fs"; import { syncBuiltinESMExports } from "node:module";
        const write = fs.writeFileSync;
        fs.writeFileSync = function (file, ...rest) {
          write.call(this, file, ...rest);
          if (String(file).includes("graph.json.tmp")) process.kill(process.pid, "${signal}");
        };
        syncBuiltinESMExports();`;
      const r = run([ARTICLES, "--out", out], { nodeFlags: ["--import", `data:text/javascript,${encodeURIComponent(hook)}`] });
      expect(r.signal).toBe(null);
      expect(r.code).toBe(code);
      expect(r.stderr).toBe(`extract: stopped by ${signal}; ${out} is left as it was\n`);
      expect(readdirSync(out).sort()).toEqual(["graph.gexf", "graph.json"]);
      expect(outputOf(out)).toEqual(before);
    });
  }

  it("refuses a second run into the same folder while the first writes there, naming it", async () => {
    const dir = tempDir();
    const out = path.join(dir, "out");
    // The first run reads its article from a pipe, so it holds the folder until the test writes it.
    const fifo = path.join(dir, "article.txt");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const first = start([fifo, "--out", out]);
    try {
      for (let waited = 0; !existsSync(path.join(out, LOCK)); waited += 50) {
        if (waited > 30_000) throw new Error(`the first run never locked ${out}`);
        await sleep(50);
      }
      const second = run([ARTICLES, "--out", out]);
      expect(second.code).toBe(2);
      expect(second.stderr).toBe(`extract: --out ${out}: another extraction (PID ${first.child.pid}) is writing there; if none is running, delete ${out}/${LOCK}\n`);
    } catch (e) {
      first.child.kill("SIGKILL");
      throw e;
    }
    await writeFile(fifo, readFileSync(ARTICLE));
    const r = await first.done;
    expect(r.code, r.stderr).toBe(0);
    expect(documentsOf(out).map((d) => d.id)).toEqual(["article"]);
    expect(existsSync(path.join(out, LOCK))).toBe(false);
  });

  it("takes over a lock left by a process that is no longer running", () => {
    const out = path.join(tempDir(), "out");
    mkdirSync(out);
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    writeFileSync(path.join(out, LOCK), `${dead}\n`);
    const r = run([ARTICLES, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`extract: removed ${out}/${LOCK}, left by an extraction that is no longer running (PID ${dead})\n`);
    expect(readdirSync(out).sort()).toEqual(["graph.gexf", "graph.json"]);
  });
});

describe("extract CLI on hostile names and options", () => {
  it("escapes control characters in the file names it prints", () => {
    const dir = tempDir();
    copyFileSync(ARTICLE, path.join(dir, "good.txt"));
    // A name that would forge a line of output and set the terminal's title.
    writeFileSync(path.join(dir, "evil\nextract: all good\x1b]0;pwned\x07.txt"), "");
    const missing = path.join(dir, "gone\x1b[2J.txt");
    let r = run([dir, "--out", path.join(dir, "out")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`extract: skipped ${dir}/evil\\nextract: all good\\x1b]0;pwned\\x07.txt: empty file\n`);
    expect(r.stdout).toContain(`  skipped ${dir}/evil\\nextract: all good\\x1b]0;pwned\\x07.txt: empty file\n`);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    r = run([missing, "--out", path.join(dir, "out")]);
    expect(r.stderr).toBe(`extract: no such file or directory: ${dir}/gone\\x1b[2J.txt\n`);
  });

  it("takes --workers as a positive whole number, at most one per core", () => {
    const out = path.join(tempDir(), "out");
    for (const bad of ["1e1", "0", "2.5", "0x2"]) {
      const r = run([ARTICLES, "--out", out, `--workers=${bad}`]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toContain(`extract: --workers takes a positive whole number or "auto" (got "${bad}")`);
    }
    expect(existsSync(out)).toBe(false);
    const cores = availableParallelism();
    const r = run([ARTICLES, "--out", out, "--workers", "100000"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`extract: --workers 100000: this machine has ${cores} core${cores === 1 ? "" : "s"}, using ${cores} thread${cores === 1 ? "" : "s"}\n`);
    expect(r.stdout).toMatch(new RegExp(` on ${cores} threads?, `));
  });

  it("reads UTF-16 text without a byte-order mark", () => {
    const dir = tempDir();
    const text = readFileSync(ARTICLE, "utf8");
    // Two texts: the same text in both encodings would be one document (a duplicate).
    const other = `${text}\nChile criticized the tariffs.\n`;
    writeFileSync(path.join(dir, "le.txt"), Buffer.from(other, "utf16le"));
    writeFileSync(path.join(dir, "be.txt"), Buffer.from(text, "utf16le").swap16());
    const out = path.join(dir, "out");
    const r = run([dir, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^ {2}formats: text 2; encodings: utf-16be 1, utf-16le 1$/m);
    expect(documentsOf(out).map((d) => [d.id, d.text])).toEqual([
      ["be", text],
      ["le", other],
    ]);
  });
});
