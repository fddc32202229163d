// The extract CLI on the files users bring: every format and encoding, bad files, --strict,
// big inputs, and byte-identical output whatever the order the files come in.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fromJSON } from "../src/graph/formats/json/write.ts";
import { ROOT, run, tempDir } from "./cli-run.ts";

const INPUTS = path.join(ROOT, "tests/fixtures/inputs/files");
const ARTICLES = path.join(ROOT, "tests/fixtures/articles");

const documentsOf = (out: string) => fromJSON(readFileSync(path.join(out, "graph.json"), "utf8"), "graph.json").getAttribute("documents");

/** The skip reason of every bad file in tests/fixtures/inputs (see its README). */
const BAD_FILES: Record<string, string> = {
  "blank.md": "empty file (whitespace only)",
  "empty.txt": "empty file",
  "image.txt": "binary content (NUL byte at offset 8)",
  "markup-only.html": "no text in the page (markup only)",
  "shift-jis.txt": "not valid UTF-8 (byte 0x93 at offset 0), nor Windows-1252 (byte 0x90 at offset 4); convert the file to UTF-8",
  "utf8-bom-crlf.txt": `duplicate of ${INPUTS}/copy-of-utf8.txt (same text)`,
};

describe("extract CLI on users' own files", () => {
  it("reads text, Markdown and HTML in every supported encoding, and skips bad files naming each and why", () => {
    const out = path.join(tempDir(), "out");
    const r = run([INPUTS, "--out", out]);
    expect(r.code).toBe(0);
    for (const [file, reason] of Object.entries(BAD_FILES)) {
      expect(r.stderr).toContain(`extract: skipped ${INPUTS}/${file}: ${reason}\n`);
      expect(r.stdout).toContain(`  skipped ${INPUTS}/${file}: ${reason}\n`);
    }
    expect(r.stdout).toMatch(/^documents: 9 read \(\d+ words\), 6 skipped, 1 other file in folders ignored$/m);
    expect(r.stdout).toMatch(/^ {2}formats: text 6, html 2, markdown 1; encodings: utf-8 4, windows-1252 3, utf-16be 1, utf-16le 1$/m);
    const repaired = `${INPUTS}/damaged-utf8.txt: 1 invalid UTF-8 byte replaced by U+FFFD (the first, 0xFF, at offset 95)\n`;
    expect(r.stderr).toContain(`extract: repaired ${repaired}`);
    expect(r.stdout).toContain(`  repaired ${repaired}`);
    expect(r.stderr).not.toContain("saved-page_files"); // a saved page's resources are not articles

    const docs = new Map(documentsOf(out).map((d) => [d.id, d]));
    expect([...docs.keys()]).toEqual(["analysis", "copy-of-utf8", "damaged-utf8", "latin-1", "legacy", "saved-page", "utf16be", "utf16le", "windows-1252"]);
    expect(docs.get("damaged-utf8")!.text).toContain("Ministerium für Wirtschaft");
    expect(docs.get("damaged-utf8")!.text).toContain("tariffs on \uFFFDsteel");
    for (const d of docs.values()) {
      expect(d.text).not.toMatch(/[\r\uFEFF\u0080-\u009F]/); // no CR, BOM or undecoded Windows-1252 byte
      expect(d.text).not.toMatch(/[<>]/); // no markup
    }
    expect(docs.get("copy-of-utf8")!.text).toBe(
      "Japan tightens export controls\n\nTOKYO, July 4, 2019 - Japan imposed export controls on South Korea on Thursday, the trade ministry said.\nSouth Korea criticized the decision.\n",
    );
    expect(docs.get("utf16le")!.text).toContain("South Korea filed a complaint with the World Trade Organization against Japan.");
    expect(docs.get("utf16be")!.text).toBe("Tokyo and Seoul meet\n\nTOKYO, December 16, 2019 - Japan met South Korea in Tokyo for export talks.\n");
    expect(docs.get("windows-1252")!.text).toContain("calling them “unjustified”; the café owners’ group said costs rose by €200.");
    expect(docs.get("latin-1")!.text).toContain("ZÜRICH, May 2, 2019 - Switzerland met Germany in Zürich; the délégation agreed");

    // HTML: scripts, styles, navigation, asides and footers gone; text in order; title and date from the page.
    const page = docs.get("saved-page")!;
    expect(page).toMatchObject({ title: "WTO rules against US steel tariffs", date: "2022-12-09", path: `${INPUTS}/saved-page.html` });
    expect(page.text).toBe(
      "WTO rules against US steel tariffs\n\nDec. 9, 2022\n\nGENEVA, December 9, 2022 – The World Trade Organization ruled against the United States over its steel tariffs on Friday.\n\nChina welcomed the decision.\nThe United States rejected the ruling.\n\nSteel imports fell in 2019.",
    );
    // A Windows-1252 page with CRLF line ends that declares its charset.
    expect(docs.get("legacy")).toMatchObject({ title: "Ankara retaliates", date: "2018-08-15" });
    expect(docs.get("legacy")!.text).toContain("ANKARA, August 15, 2018 – Turkey retaliated against the United States with tariffs on cars, rice and alcohol, the minister’s office said.");
    // Markdown: markup gone, front matter gives title and date.
    expect(docs.get("analysis")).toMatchObject({ title: "Russia bans food imports", date: "2014-08-07" });
    expect(docs.get("analysis")!.text).toBe(
      "A ban in answer to sanctions\n\nMOSCOW, August 7, 2014 - Russia imposed a ban on food imports from the European Union and the United States, in retaliation for sanctions.\n\nThe European Union criticized the ban.\n\nNorway urged Russia to lift it.",
    );
  });

  it("with --strict, fails with exit code 3 when any file is skipped, naming every one, and writes nothing", () => {
    const out = path.join(tempDir(), "out");
    const r = run([INPUTS, "--out", out, "--strict"]);
    expect(r.code).toBe(3);
    for (const [file, reason] of Object.entries(BAD_FILES)) expect(r.stderr).toContain(`extract: skipped ${INPUTS}/${file}: ${reason}\n`);
    expect(r.stderr).toContain("extract: --strict: 6 files skipped, nothing written\n");
    expect(existsSync(out)).toBe(false);
    // Without a bad file, --strict changes nothing.
    expect(run([ARTICLES, "--out", out, "--strict"]).code).toBe(0);
    expect(existsSync(path.join(out, "graph.json"))).toBe(true);
  });
});

describe("extract CLI on big inputs", () => {
  const MB = 1024 * 1024;

  it("reads a 50 MB page and skips a 50 MB binary file within a small heap", () => {
    const dir = tempDir();
    // A saved page bloated by an inline script and an inline image, around a short article.
    const script = `<script>var bundle = "${"x".repeat(25 * MB)}";</script>`;
    const image = `<img src="data:image/png;base64,${"QUJD".repeat((25 * MB) / 4)}">`;
    const article = "<p>GENEVA, June 3, 2021 - The European Union imposed tariffs on steel from Russia.</p>";
    writeFileSync(path.join(dir, "big.html"), `<html><head><title>Big page</title>${script}</head><body>${image}${article}</body></html>`);
    const binary = Buffer.alloc(50 * MB, 0x41);
    binary[40 * MB] = 0;
    writeFileSync(path.join(dir, "big.txt"), binary);
    const out = path.join(dir, "out");
    // The heap limit is far below what holding several copies of the inputs would need.
    const r = run([dir, "--out", out], { nodeFlags: ["--max-old-space-size=128"] });
    expect(r.stderr).toContain(`extract: skipped ${dir}/big.txt: binary content (NUL byte at offset ${40 * MB})`);
    expect(r.code).toBe(0);
    const [doc] = documentsOf(out);
    expect(doc).toMatchObject({ id: "big", title: "Big page", text: "GENEVA, June 3, 2021 - The European Union imposed tariffs on steel from Russia." });
  });

  it("reads a folder of 10,000 files, skipping the duplicates among them", () => {
    // 2,000 different notes, each saved five times in different folders (extraction time
    // grows with the documents extracted; reading, hashing and skipping is what is tested).
    const dir = tempDir();
    const countries = ["Japan", "South Korea", "China", "France", "Germany", "Brazil", "India", "Canada"];
    const note = (i: number) => `Note ${i}\n\n${countries[i % 8]} met ${countries[(i * 3 + 1) % 8]} on day ${i}.\n`;
    for (let copy = 0; copy < 5; copy++) {
      const sub = path.join(dir, `download-${copy}`);
      mkdirSync(sub);
      for (let i = 0; i < 2000; i++) writeFileSync(path.join(sub, `note-${String(i).padStart(4, "0")}.txt`), note(i));
    }
    const out = path.join(dir, "out");
    const r = run([dir, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^documents: 2,000 read \(\d[\d,]* words\), 8,000 skipped$/m);
    expect(r.stderr.match(/^extract: skipped .*: duplicate of .* \(same text\)$/gm)).toHaveLength(8000);
    expect(r.stderr).toContain(`extract: skipped ${dir}/download-4/note-1999.txt: duplicate of ${dir}/download-0/note-1999.txt (same text)\n`);
    // The summary names the first 20 and counts the rest.
    expect(r.stdout.match(/^ {2}skipped /gm)).toHaveLength(20);
    expect(r.stdout).toContain("  ... and 7,980 more skipped (each named above)\n");
    const docs = documentsOf(out);
    expect(docs).toHaveLength(2000);
    expect(docs.every((d) => d.path.startsWith(`${dir}/download-0/`))).toBe(true);
  });
});

describe("extract CLI determinism", () => {
  /** Writes the fixture articles into `dir` in the given order (so the folder lists them in that order). */
  function fill(dir: string, files: { name: string; bytes: Buffer }[]): void {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(path.join(dir, "nested"), { recursive: true });
    for (const f of files) writeFileSync(path.join(dir, f.name), f.bytes);
  }

  it("writes byte-identical graph.json and graph.gexf whatever the order of the files", () => {
    const files = [
      ...readdirSync(INPUTS)
        .filter((n) => n.includes(".") && !n.startsWith("."))
        .map((n) => ({ name: n, bytes: readFileSync(path.join(INPUTS, n)) })),
      ...readdirSync(ARTICLES).map((n) => ({ name: `nested/${n}`, bytes: readFileSync(path.join(ARTICLES, n)) })),
      // Same base name in two folders: the ids ("us-china-tariffs", "-2") follow the paths, not the order.
      { name: "us-china-tariffs.md", bytes: Buffer.from("# Tariffs\n\nChina imposed tariffs on soybeans from the United States.\n") },
    ];
    const dir = path.join(tempDir(), "articles");
    const outputs: Buffer[][] = [];
    const extractTo = (args: string[]) => {
      const out = path.join(tempDir(), "out");
      const r = run([...args, "--out", out]);
      expect(r.code, r.stderr).toBe(0);
      outputs.push(["graph.json", "graph.gexf"].map((f) => readFileSync(path.join(out, f))));
    };

    fill(dir, files);
    extractTo([dir]); // the folder
    const listed = files.map((f) => path.join(dir, f.name));
    // The files one by one in reverse order, a folder overlapping them, paths oddly spelled.
    extractTo([`${dir}/nested/`, ...listed.reverse().map((p) => p.replace("/nested/", "//nested/./"))]);
    // The folder made anew with its files created in a shuffled order (another listing order).
    const shuffled = files
      .map((f, i) => ({ f, k: (i * 7919) % files.length }))
      .sort((a, b) => a.k - b.k)
      .map((x) => x.f);
    expect(shuffled.map((f) => f.name)).not.toEqual(files.map((f) => f.name));
    fill(dir, shuffled);
    extractTo([dir]);

    const [first, ...rest] = outputs;
    for (const other of rest) {
      expect(other[0].equals(first[0])).toBe(true);
      expect(other[1].equals(first[1])).toBe(true);
    }
    const docs = fromJSON(first[0].toString("utf8"), "graph.json").getAttribute("documents");
    expect(docs.filter((d) => d.id.startsWith("us-china-tariffs")).map((d) => [d.id, d.path])).toEqual([
      ["us-china-tariffs", `${dir}/nested/us-china-tariffs.txt`],
      ["us-china-tariffs-2", `${dir}/us-china-tariffs.md`],
    ]);
  });
});
