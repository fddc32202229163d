import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { collectInputFiles, documentIds } from "../src/cli/read-inputs.ts";
import { fromJSON } from "../src/graph/formats/json/write.ts";
import { ROOT, run, tempDir } from "./cli-run.ts";
import { validateGEXF } from "./validate-gexf.ts";

const ARTICLES = path.join(ROOT, "tests/fixtures/articles");

/** A folder with two good articles (one CRLF + BOM, in a subfolder), and bad files. */
function mixedFolder(): string {
  const dir = tempDir();
  copyFileSync(path.join(ARTICLES, "us-china-tariffs.txt"), path.join(dir, "good.txt"));
  mkdirSync(path.join(dir, "more"));
  const crlf = readFileSync(path.join(ARTICLES, "eu-japan-agreement.txt"), "utf8").replace(/\n/g, "\r\n");
  writeFileSync(path.join(dir, "more", "windows.txt"), "\uFEFF" + crlf);
  writeFileSync(path.join(dir, "empty.txt"), "");
  writeFileSync(path.join(dir, "binary.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01, 0x02]));
  copyFileSync(path.join(ROOT, "tests/fixtures/inputs/files/shift-jis.txt"), path.join(dir, "shift-jis.txt"));
  writeFileSync(path.join(dir, "notes.csv"), "not,an,article\n");
  return dir;
}

describe("extract CLI", () => {
  it("prints usage, options and exit codes with --help", () => {
    const r = run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm run extract -- \[FILES_OR_FOLDERS\.\.\.\] \[--out DIR\] \[--strict\]/);
    expect(r.stdout).toMatch(/^ {6}--strict {6}fail if any file is skipped/m);
    expect(r.stdout).toMatch(/^ {2}0 {2}graph written/m);
    expect(r.stdout).toMatch(/^ {2}1 {2}nothing to extract/m);
    expect(r.stdout).toMatch(/^ {2}2 {2}usage error/m);
    expect(r.stdout).toMatch(/^ {2}3 {2}--strict and at least one file was skipped/m);
  });

  it("rejects unknown options with exit code 2", () => {
    const r = run(["--frobnicate", ARTICLES]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("extract: unknown option --frobnicate");
  });

  it("exits 2 naming a missing path, and writes nothing", () => {
    const out = path.join(tempDir(), "out");
    const missing = path.join(tempDir(), "no-such-folder");
    const r = run([ARTICLES, missing, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`extract: no such file or directory: ${missing}`);
    expect(existsSync(out)).toBe(false);
  });

  it("skips empty, binary and undecodable files with a warning each, and extracts the rest", () => {
    const dir = mixedFolder();
    const out = path.join(tempDir(), "nested", "out");
    const r = run([dir, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`extract: skipped ${dir}/empty.txt: empty file`);
    expect(r.stderr).toContain(`extract: skipped ${dir}/binary.txt: binary content (NUL byte at offset 4)`);
    expect(r.stderr).toContain(`extract: skipped ${dir}/shift-jis.txt: not valid UTF-8 (byte 0x93 at offset 0), nor Windows-1252 (byte 0x90 at offset 4)`);
    expect(r.stderr).not.toContain("good.txt");
    expect(r.stderr).not.toContain("notes.csv");
    // Summary.
    expect(r.stdout).toMatch(/^documents: 2 read \(\d+ words\), 3 skipped, 1 other file in folders ignored$/m);
    expect(r.stdout).toMatch(/^ {2}formats: text 2; encodings: utf-8 2$/m);
    expect(r.stdout).toMatch(/^nodes: \d+/m);
    expect(r.stdout).toMatch(/^edges: \d+/m);
    expect(r.stdout).toMatch(/words\/s$/m);

    const graph = fromJSON(readFileSync(path.join(out, "graph.json"), "utf8"), "graph.json");
    const docs = graph.getAttribute("documents");
    expect(docs.map((d) => [d.id, d.path])).toEqual([
      ["good", `${dir}/good.txt`],
      ["windows", `${dir}/more/windows.txt`],
    ]);
    // BOM stripped, CRLF normalized.
    const windows = docs[1].text;
    expect(windows.startsWith("EU and Japan")).toBe(true);
    expect(windows).not.toContain("\r");
    expect(readFileSync(path.join(out, "graph.gexf"), "utf8")).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<gexf version="1\.3"/);
  });

  it("names an explicitly given binary file with the offset of its first NUL byte", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "notes.bin"), Buffer.concat([Buffer.from("twelve bytes"), Buffer.from([0, 1, 2])]));
    const r = run([path.join(ARTICLES, "us-china-tariffs.txt"), path.join(dir, "notes.bin"), "--out", path.join(dir, "out")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`extract: skipped ${dir}/notes.bin: binary content (NUL byte at offset 12)`);
  });

  it("writes byte-identical files on two runs", () => {
    const dir = mixedFolder();
    const a = path.join(tempDir(), "a");
    const b = path.join(tempDir(), "b");
    expect(run([dir, "--out", a]).code).toBe(0);
    expect(run([dir, "--out", b]).code).toBe(0);
    for (const file of ["graph.json", "graph.gexf"]) {
      expect(readFileSync(path.join(b, file)).equals(readFileSync(path.join(a, file)))).toBe(true);
    }
  });

  it("exits 1 and writes nothing when every file is bad", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "empty.txt"), "");
    writeFileSync(path.join(dir, "blank.txt"), " \r\n\t\n");
    writeFileSync(path.join(dir, "binary.txt"), Buffer.from([0]));
    const out = path.join(dir, "out");
    const r = run([dir, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`skipped ${dir}/blank.txt: empty file (whitespace only)`);
    expect(r.stderr).toContain(`skipped ${dir}/binary.txt: binary content (NUL byte at offset 0)`);
    expect(r.stderr).toContain("extract: no documents to extract (3 files skipped)");
    expect(existsSync(out)).toBe(false);
  });

  it("exits 1 when a folder holds no article file", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "notes.csv"), "hello\n");
    const r = run([dir, "--out", path.join(dir, "out")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`extract: no article files (.txt, .text, .md, .markdown, .html, .htm, .xhtml) found in ${dir} (1 other file ignored)`);
  });

  it("reads graph-data/articles by default, with document paths relative to the working directory", async () => {
    const out = path.join(tempDir(), "out");
    const r = run(["--out", out]);
    expect(r.code).toBe(0);
    const docs = fromJSON(readFileSync(path.join(out, "graph.json"), "utf8"), "graph.json").getAttribute("documents");
    expect(docs.length).toBeGreaterThan(0);
    for (const d of docs) expect(d.path).toBe(`graph-data/articles/${d.id}.txt`);
    // The GEXF written from real extractor output is valid GEXF 1.3.
    const result = await validateGEXF(readFileSync(path.join(out, "graph.gexf"), "utf8"));
    expect(result.errors).toEqual([]);
  });
});

describe("read-inputs", () => {
  it("makes unique, deterministic document ids from base names", () => {
    expect(documentIds(["a/x.txt", "b/x.txt", "c/x-2.txt", "d/x.txt", "y.txt", "z.v2.txt"])).toEqual(["x", "x-3", "x-2", "x-4", "y", "z.v2"]);
  });

  it("collects article files recursively in sorted order, skipping hidden entries and saved pages' resources", () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "b"));
    mkdirSync(path.join(dir, ".hidden"));
    mkdirSync(path.join(dir, "page_files"));
    mkdirSync(path.join(dir, "other_files"));
    for (const f of ["b/2.txt", "b/1.TXT", "a.txt", "c.csv", "d.md", "e.HTM", "page.html", "page_files/frame.html", "other_files/x.txt", ".hidden/h.txt", ".dot.txt"]) {
      writeFileSync(path.join(dir, f), "x");
    }
    const r = collectInputFiles([dir, path.join(dir, "a.txt"), `${dir}/./b//1.TXT`, path.join(dir, "nope")]);
    expect(r.files).toEqual([`${dir}/a.txt`, `${dir}/b/1.TXT`, `${dir}/b/2.txt`, `${dir}/d.md`, `${dir}/e.HTM`, `${dir}/other_files/x.txt`, `${dir}/page.html`]);
    expect(r.missing).toEqual([path.join(dir, "nope")]);
    expect(r.ignored).toBe(2); // c.csv and the saved page's page_files folder
  });
});

describe("one runner for the commands (src/cli/run-main.ts)", () => {
  const command = (script: string, args: string[]) =>
    spawnSync(process.execPath, ["--import", import.meta.resolve("tsx"), path.join(ROOT, "src/cli", script), ...args], { cwd: ROOT, encoding: "utf8" });

  it("npm start -- --help prints its usage; an unknown option is a usage error (exit 2) with the hint", () => {
    const help = command("start.ts", ["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm start \[-- --port N\] \[-- --no-serve\]/);
    const bad = command("start.ts", ["--bogus"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe("start: Unknown option '--bogus'\nRun with --help for usage.\n");
  });

  it("eval reports what it cannot read as extract does, and extracts in its own process", () => {
    const bad = command("eval.ts", ["--gold", "no-such-folder"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe("eval: gold folder no-such-folder not found\nRun with --help for usage.\n");
    const ok = command("eval.ts", ["--articles", "tests/fixtures/articles", "--gold", "tests/gold", "--json"]);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).nodes).toBeGreaterThan(0);
  });
});
