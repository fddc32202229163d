// The pure article modules (src/articles): bytes -> text, HTML and Markdown -> text,
// publication dates, one article file -> what the extractor reads.
import { describe, expect, it } from "vitest";
import { articleFormat, isArticleFile, readArticle } from "../src/articles/article.ts";
import { decodeBytes, invalidUtf8Offset, knownEncoding } from "../src/articles/decode.ts";
import { declaredCharset, htmlToText } from "../src/articles/html.ts";
import { isoDate } from "../src/articles/iso-date.ts";
import { markdownToText } from "../src/articles/markdown.ts";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const raw = (b: number[]): Uint8Array => Uint8Array.from(b);
/** UTF-16 code units as bytes, little- or big-endian, after a BOM. */
function utf16(s: string, bigEndian: boolean): Uint8Array {
  const out = [bigEndian ? 0xfe : 0xff, bigEndian ? 0xff : 0xfe];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.push(...(bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8]));
  }
  return Uint8Array.from(out);
}

describe("decodeBytes", () => {
  it("decodes UTF-8 with or without BOM, normalizing line ends", () => {
    expect(decodeBytes(utf8("\uFEFFa\r\nb\rc\n"))).toEqual({ ok: true, text: "a\nb\nc\n", encoding: "utf-8" });
    expect(decodeBytes(utf8("Zürich – 東京 😀"))).toEqual({ ok: true, text: "Zürich – 東京 😀", encoding: "utf-8" });
  });

  it("decodes UTF-16 LE and BE after their byte-order mark", () => {
    const text = "Zürich – 東京 😀\r\nline 2";
    expect(decodeBytes(utf16(text, false))).toEqual({ ok: true, text: "Zürich – 東京 😀\nline 2", encoding: "utf-16le" });
    expect(decodeBytes(utf16(text, true))).toEqual({ ok: true, text: "Zürich – 東京 😀\nline 2", encoding: "utf-16be" });
    expect(decodeBytes(raw([0xff, 0xfe, 0x41]))).toEqual({ ok: false, reason: "not valid UTF-16LE despite its byte-order mark" });
    expect(decodeBytes(raw([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toMatchObject({ ok: false, reason: "UTF-32LE text is not supported (convert the file to UTF-8)" });
  });

  it("decodes UTF-16 LE and BE without a byte-order mark, told by their zero bytes, and still refuses binary data", () => {
    const text = "Zürich – Genève\r\nJapan imposed export controls.";
    expect(decodeBytes(utf16(text, false).subarray(2))).toEqual({ ok: true, text: "Zürich – Genève\nJapan imposed export controls.", encoding: "utf-16le" });
    expect(decodeBytes(utf16(text, true).subarray(2))).toEqual({ ok: true, text: "Zürich – Genève\nJapan imposed export controls.", encoding: "utf-16be" });
    // Cut short by one byte: named as the UTF-16 it looks like, not as binary content.
    expect(decodeBytes(utf16(text, false).subarray(2, 41))).toEqual({ ok: false, reason: "not valid UTF-16LE (it looks like UTF-16LE without a byte-order mark); convert the file to UTF-8" });
    // Small numbers as 16-bit integers have zeros on one side too, but decode to control characters.
    const numbers = Uint8Array.from(Array.from({ length: 200 }, (_, i) => (i % 2 ? 0 : i % 7)));
    expect(decodeBytes(numbers)).toEqual({ ok: false, reason: "binary content (NUL byte at offset 0)" });
  });

  it("decodes Windows-1252 / Latin-1 when the bytes are not UTF-8, quotes and euro sign included", () => {
    // "“Café” costs €5 – naïve" in Windows-1252.
    const bytes = raw([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x63, 0x6f, 0x73, 0x74, 0x73, 0x20, 0x80, 0x35, 0x20, 0x96, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65, 0x0d, 0x0a]);
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: "“Café” costs €5 – naïve\n", encoding: "windows-1252" });
    expect(decodeBytes(raw([0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68]))).toEqual({ ok: true, text: "Zürich", encoding: "windows-1252" });
  });

  it("uses a charset the page declares before falling back to Windows-1252", () => {
    // "Россия" in KOI8-R.
    const koi8 = raw([0xf2, 0xcf, 0xd3, 0xd3, 0xc9, 0xd1]);
    expect(decodeBytes(koi8, "koi8-r")).toEqual({ ok: true, text: "Россия", encoding: "koi8-r" });
    expect(decodeBytes(utf8("plain"), "koi8-r")).toMatchObject({ encoding: "utf-8" }); // valid UTF-8 wins
    expect(decodeBytes(raw([0x43, 0x61, 0x66, 0xe9]), "no-such-charset")).toMatchObject({ ok: true, text: "Café", encoding: "windows-1252" });
    expect(knownEncoding("latin1")).toBe("windows-1252");
    expect(knownEncoding("x-unknown")).toBeUndefined();
  });

  it("refuses empty, binary and undecodable bytes with the reason and the offset", () => {
    expect(decodeBytes(raw([]))).toEqual({ ok: false, reason: "empty file" });
    expect(decodeBytes(raw([0x41, 0x42, 0x00]))).toEqual({ ok: false, reason: "binary content (NUL byte at offset 2)" });
    const controls = raw(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect(decodeBytes(controls)).toEqual({ ok: false, reason: "binary content (control byte 0x01 at offset 0)" });
    expect(decodeBytes(raw([0x61, 0x81, 0x62]))).toEqual({
      ok: false,
      reason: "not valid UTF-8 (byte 0x81 at offset 1), nor Windows-1252 (byte 0x81 at offset 1); convert the file to UTF-8",
    });
    // Mostly non-ASCII bytes: another alphabet's legacy encoding, not Western text.
    const greek = raw(Array.from({ length: 60 }, (_, i) => (i % 2 ? 0xe1 : 0xe2)));
    expect(decodeBytes(greek)).toMatchObject({ ok: false, reason: expect.stringContaining("too many non-ASCII bytes for Windows-1252") });
  });

  it("reads mostly well-formed UTF-8 with a few broken bytes as UTF-8, saying what was replaced", () => {
    const bytes = Uint8Array.from([...utf8("Zürich, Genève, "), 0xe9, ...utf8(" Köln")]);
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: "Zürich, Genève, \uFFFD Köln", encoding: "utf-8", note: "1 invalid UTF-8 byte replaced by U+FFFD (the first, 0xE9, at offset 18)" });
    // One UTF-8-looking pair among Windows-1252 text is not enough.
    expect(decodeBytes(Uint8Array.from([...utf8("Caf"), 0xe9, 0x20, 0xe9, 0x20, ...utf8("Ã©")]))).toMatchObject({ encoding: "windows-1252" });
  });

  it("finds the first invalid UTF-8 byte", () => {
    expect(invalidUtf8Offset(utf8("ok é ✓ 😀"))).toBe(-1);
    expect(invalidUtf8Offset(raw([0x61, 0x80]))).toBe(1); // stray continuation byte
    expect(invalidUtf8Offset(raw([0xc0, 0xaf]))).toBe(0); // overlong
    expect(invalidUtf8Offset(raw([0x61, 0xed, 0xa0, 0x80]))).toBe(1); // surrogate
    expect(invalidUtf8Offset(raw([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // > U+10FFFF
    expect(invalidUtf8Offset(raw([0x61, 0x62, 0xe2, 0x9c]))).toBe(2); // truncated
  });
});

describe("htmlToText", () => {
  it("keeps the article's text in order, one paragraph per block, and drops page furniture", () => {
    const page = htmlToText(`<!doctype html><html><head><title>T</title><style>p { color: red }</style>
      <script>document.write("<p>script</p>")</script></head>
      <body><header><nav><a href="/">Home</a> | <a href="/world">World</a></nav></header>
      <div role="navigation">Menu</div><div role="banner">Banner</div>
      <article><header><h1>Japan &amp; Korea <em>talk</em></h1></header>
      <p>First&nbsp;paragraph,
         wrapped.<br>Second line.</p>
      <div hidden>hidden</div><span aria-hidden="true">icon</span><noscript>Enable JS</noscript>
      <ul><li>One</li><li>Two</li></ul>
      <table><tr><th>Year</th><th>Tariff</th></tr><tr><td>2019</td><td>25%</td></tr></table>
      <pre>  kept   as
  written</pre>
      <form><button>Subscribe</button></form><iframe src="ad.html">Ad</iframe><svg><title>logo</title><text>SVG</text></svg>
      </article><aside>Related</aside><footer>© Site</footer></body></html>`);
    expect(page.text).toBe(["Japan & Korea talk", "First paragraph, wrapped.\nSecond line.", "One", "Two", "Year Tariff", "2019 25%", "  kept   as\n  written"].join("\n\n"));
  });

  it("takes the title from og:title, else JSON-LD headline, else <h1>, else <title>", () => {
    const head = (extra: string) => `<html><head><title>Page | Site</title>${extra}</head><body><h1>Heading</h1><p>x</p></body></html>`;
    expect(htmlToText(head(`<meta property="og:title" content="OG title">`)).title).toBe("OG title");
    expect(htmlToText(head(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"LD title"}]}</script>`)).title).toBe("LD title");
    expect(htmlToText(head("")).title).toBe("Heading");
    expect(htmlToText("<title> Only \n the title </title><p>x</p>").title).toBe("Only the title");
    expect(htmlToText("<p>no title</p>").title).toBeUndefined();
  });

  it("takes the date from article:published_time, JSON-LD datePublished, <time datetime> or a date meta", () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-07-03T10:00:00Z"}</script>`;
    const time = `<p><time datetime="2019-07-02">July 2</time></p>`;
    expect(htmlToText(`<meta property="article:published_time" content="2019-07-04T09:30:00+09:00">${ld}${time}`).date).toBe("2019-07-04");
    expect(htmlToText(`${ld}${time}`).date).toBe("2019-07-03");
    expect(htmlToText(`<script type="application/ld+json">{ broken</script>${time}`).date).toBe("2019-07-02");
    expect(htmlToText(`<meta name="date" content="Thu, 04 Jul 2019 23:30:00 -0500"><p>x</p>`).date).toBe("2019-07-04");
    expect(htmlToText(`<meta name="date" content="soon"><p>x</p>`).date).toBeUndefined();
  });

  it("survives broken markup: unclosed tags, stray end tags, an unclosed head", () => {
    expect(htmlToText("<html><head><title>T</title><body><p>one<p>two<div>three</div>four</p></div></div>five").text).toBe("one\n\ntwo\n\nthree\n\nfour\n\nfive");
    expect(htmlToText("just <b>text</b> &amp; <i>more").text).toBe("just text & more");
    expect(htmlToText("<script>never closed <p>x</p>").text).toBe("");
  });

  it("reads the charset a page declares", () => {
    expect(declaredCharset(utf8(`<html><head><meta charset="windows-1251">`))).toBe("windows-1251");
    expect(declaredCharset(utf8(`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">`))).toBe("ISO-8859-1");
    expect(declaredCharset(utf8(`<?xml version="1.0" encoding="koi8-r"?><html>`))).toBe("koi8-r");
    expect(declaredCharset(utf8(`<html><p>charset=utf-8</p>`))).toBeUndefined();
  });
});

describe("markdownToText", () => {
  it("drops the markup, keeps the text, and reads front matter", () => {
    const md = markdownToText(
      '---\ntitle: "Russia bans food imports"\ndate: 2014-08-07\n---\n# Heading\n\nSome *emphasis*, `code` and a [link](http://x).\n\n- one\n- two\n\n> quoted\n\n![img](a.png)\n\n<script>alert(1)</script>\n',
    );
    expect(md).toEqual({ text: "Heading\n\nSome emphasis, code and a link.\n\none\n\ntwo\n\nquoted", title: "Russia bans food imports", date: "2014-08-07" });
  });

  it("takes the title from the first heading when there is no front matter", () => {
    expect(markdownToText("Intro line\n\n# The headline\n\nText\nwrapped")).toEqual({ text: "Intro line\n\nThe headline\n\nText wrapped", title: "The headline" });
    expect(markdownToText("no heading").title).toBeUndefined();
  });
});

describe("isoDate", () => {
  it("keeps the date as written, whatever the time zone", () => {
    expect(isoDate("2019-07-04T23:30:00-05:00")).toBe("2019-07-04");
    expect(isoDate("2019-07")).toBe("2019-07");
    expect(isoDate("2019")).toBe("2019");
    expect(isoDate("July 4, 2019")).toBe("2019-07-04");
    expect(isoDate("Thu, 04 Jul 2019 23:30:00 +0900")).toBe("2019-07-04");
    expect(isoDate("2019-13-01")).toBeUndefined();
    expect(isoDate("1234")).toBeUndefined();
    expect(isoDate("tomorrow")).toBeUndefined();
    expect(isoDate("")).toBeUndefined();
  });
});

describe("readArticle", () => {
  it("picks the format by extension and reads title and date from HTML and Markdown", () => {
    expect([articleFormat("a/b.HTML"), articleFormat("b.md"), articleFormat("c.txt"), articleFormat("README"), articleFormat(".htm")]).toEqual(["html", "markdown", "text", "text", "text"]);
    expect([isArticleFile("x.Htm"), isArticleFile("x.markdown"), isArticleFile("x.csv"), isArticleFile("txt")]).toEqual([true, true, false, false]);
    expect(readArticle(utf8("<title>T</title><p>Body</p>"), "page.html")).toEqual({ ok: true, article: { text: "Body", title: "T", format: "html", encoding: "utf-8" } });
    expect(readArticle(utf8("<title>T</title><p>Body</p>"), "page.txt")).toMatchObject({ ok: true, article: { text: "<title>T</title><p>Body</p>", format: "text" } });
    expect(readArticle(utf8("# H\n\nBody"), "a.md")).toEqual({ ok: true, article: { text: "H\n\nBody", title: "H", format: "markdown", encoding: "utf-8" } });
  });

  it("decodes a page in the legacy charset it declares", () => {
    // <meta charset="koi8-r"><p>Россия</p>
    const bytes = Uint8Array.from([...utf8('<meta charset="koi8-r"><p>'), 0xf2, 0xcf, 0xd3, 0xd3, 0xc9, 0xd1, ...utf8("</p>")]);
    expect(readArticle(bytes, "ru.html")).toEqual({ ok: true, article: { text: "Россия", format: "html", encoding: "koi8-r" } });
  });

  it("gives a reason when nothing is left to read", () => {
    expect(readArticle(utf8(" \r\n\t"), "a.txt")).toEqual({ ok: false, reason: "empty file (whitespace only)" });
    expect(readArticle(utf8("<script>x()</script><nav>Home</nav>"), "a.html")).toEqual({ ok: false, reason: "no text in the page (markup only)" });
    expect(readArticle(utf8("![only an image](a.png)"), "a.md")).toEqual({ ok: false, reason: "no text in the file (markup only)" });
    expect(readArticle(raw([0x89, 0x50, 0x4e, 0x47, 0x00]), "a.html")).toEqual({ ok: false, reason: "binary content (NUL byte at offset 4)" });
  });
});
