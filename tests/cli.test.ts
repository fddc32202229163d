import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { collectInputFiles, decodeText, documentIds, invalidUtf8Offset } from "../src/cli/read-inputs.ts";
import { fromJSON } from "../src/graph/json.ts";
import { validateGEXF } from "./validate-gexf.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = path.join(ROOT, "src/cli/extract.ts");
const ARTICLES = path.join(ROOT, "tests/fixtures/articles");

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "extract-cli-"));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, ["--import", "tsx", CLI, ...args], { cwd, encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A folder with two good articles (one CRLF + BOM, in a subfolder), and bad files. */
function mixedFolder(): string {
  const dir = tempDir();
  copyFileSync(path.join(ARTICLES, "us-china-tariffs.txt"), path.join(dir, "good.txt"));
  mkdirSync(path.join(dir, "more"));
  const crlf = readFileSync(path.join(ARTICLES, "eu-japan-agreement.txt"), "utf8").replace(/\n/g, "\r\n");
  writeFileSync(path.join(dir, "more", "windows.txt"), "\uFEFF" + crlf);
  writeFileSync(path.join(dir, "empty.txt"), "");
  writeFileSync(path.join(dir, "binary.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01, 0x02]));
  writeFileSync(path.join(dir, "latin1.txt"), Buffer.from("Caf\xe9 society\n", "latin1"));
  writeFileSync(path.join(dir, "notes.md"), "not an article\n");
  return dir;
}

describe("extract CLI", () => {
  it("prints usage with --help", () => {
    const r = run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm run extract -- \[FILES_OR_FOLDERS\.\.\.\] \[--out DIR\]/);
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

  it("skips empty, binary and invalid UTF-8 files with a warning each, and extracts the rest", () => {
    const dir = mixedFolder();
    const out = path.join(tempDir(), "nested", "out");
    const r = run([dir, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`extract: skipped ${dir}/empty.txt: empty file`);
    expect(r.stderr).toContain(`extract: skipped ${dir}/binary.txt: binary content (NUL byte at offset 4)`);
    expect(r.stderr).toContain(`extract: skipped ${dir}/latin1.txt: not valid UTF-8 (byte 0xE9 at offset 3)`);
    expect(r.stderr).not.toContain("good.txt");
    expect(r.stderr).not.toContain("notes.md");
    // Summary.
    expect(r.stdout).toMatch(/^documents: 2 read \(\d+ words\), 3 skipped, 1 non-\.txt file in folders ignored$/m);
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

  it("exits 1 when a folder holds no .txt file", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "notes.md"), "hello\n");
    const r = run([dir, "--out", path.join(dir, "out")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`extract: no .txt files found in ${dir} (1 other file ignored)`);
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
  const bytes = (s: string | number[]) => (typeof s === "string" ? new TextEncoder().encode(s) : Uint8Array.from(s));

  it("decodes UTF-8, strips a BOM and normalizes line ends", () => {
    expect(decodeText(bytes("\uFEFFa\r\nb\rc\n"))).toEqual({ ok: true, text: "a\nb\nc\n" });
    expect(decodeText(bytes("Zürich – 東京 😀"))).toEqual({ ok: true, text: "Zürich – 東京 😀" });
  });

  it("gives a reason for empty, binary, UTF-16 and invalid UTF-8 content", () => {
    expect(decodeText(bytes([]))).toEqual({ ok: false, reason: "empty file" });
    expect(decodeText(bytes("\uFEFF \n"))).toEqual({ ok: false, reason: "empty file (whitespace only)" });
    expect(decodeText(bytes([0x41, 0x42, 0x00]))).toEqual({ ok: false, reason: "binary content (NUL byte at offset 2)" });
    expect(decodeText(bytes([0xff, 0xfe, 0x41, 0x00]))).toMatchObject({ ok: false, reason: expect.stringMatching(/^UTF-16/) });
    expect(decodeText(bytes([0x61, 0xc3]))).toEqual({ ok: false, reason: "not valid UTF-8 (byte 0xC3 at offset 1)" });
  });

  it("finds the first invalid UTF-8 byte", () => {
    expect(invalidUtf8Offset(bytes("ok é ✓ 😀"))).toBe(-1);
    expect(invalidUtf8Offset(bytes([0x61, 0x80]))).toBe(1); // stray continuation byte
    expect(invalidUtf8Offset(bytes([0xc0, 0xaf]))).toBe(0); // overlong
    expect(invalidUtf8Offset(bytes([0x61, 0xed, 0xa0, 0x80]))).toBe(1); // surrogate
    expect(invalidUtf8Offset(bytes([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // > U+10FFFF
    expect(invalidUtf8Offset(bytes([0x61, 0x62, 0xe2, 0x9c]))).toBe(2); // truncated
  });

  it("makes unique, deterministic document ids from base names", () => {
    expect(documentIds(["a/x.txt", "b/x.txt", "c/x-2.txt", "d/x.txt", "y.txt", "z.v2.txt"])).toEqual(["x", "x-3", "x-2", "x-4", "y", "z.v2"]);
  });

  it("collects .txt files recursively in sorted order, skipping hidden entries", () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "b"));
    mkdirSync(path.join(dir, ".hidden"));
    for (const f of ["b/2.txt", "b/1.TXT", "a.txt", "c.md", ".hidden/h.txt", ".dot.txt"]) writeFileSync(path.join(dir, f), "x");
    const r = collectInputFiles([dir, path.join(dir, "a.txt"), path.join(dir, "nope")]);
    expect(r.files).toEqual([`${dir}/a.txt`, `${dir}/b/1.TXT`, `${dir}/b/2.txt`]);
    expect(r.missing).toEqual([path.join(dir, "nope")]);
    expect(r.ignored).toBe(1);
  });
});
