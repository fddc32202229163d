// Bytes -> text for article files, whatever their encoding: UTF-8 (with or without BOM),
// UTF-16 LE/BE with a BOM (or without one, told by its zero bytes), Windows-1252 / Latin-1,
// or a charset an HTML page declares.
// Pure (TextDecoder only): runs in Node and in the browser.

export type Decoded = { ok: true; text: string; encoding: string; /** What was repaired, if anything ("2 invalid UTF-8 bytes replaced ..."). */ note?: string } | { ok: false; reason: string };

/** How much of the start of a file is checked for control bytes (binary content). */
const SNIFF_BYTES = 64 * 1024;
/** Above this share of bytes >= 0x80, non-UTF-8 text is not Western (Windows-1252) text. */
const MAX_HIGH_BYTE_SHARE = 0.3;
/** Bytes Windows-1252 leaves undefined: their presence means another encoding. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
/**
 * Windows-1252's printable characters for bytes 0x80-0x9F (0x80 + index), undefined ones
 * empty. Node 20's TextDecoder("windows-1252") decodes these bytes as Latin-1 control
 * characters, so they are mapped here (a no-op where the decoder is right, as in browsers).
 */
const CP1252_80_9F = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

const hex = (b: number): string => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`;

/** Length of the well-formed multi-byte UTF-8 sequence at `i`, or 0. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  let need: number;
  let min: number;
  let cp: number;
  if (b >= 0xc2 && b <= 0xdf) [need, min, cp] = [1, 0x80, b & 0x1f];
  else if (b >= 0xe0 && b <= 0xef) [need, min, cp] = [2, 0x800, b & 0x0f];
  else if (b >= 0xf0 && b <= 0xf4) [need, min, cp] = [3, 0x10000, b & 0x07];
  else return 0;
  if (i + need >= bytes.length) return 0; // truncated sequence at the end
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k];
    if ((c & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (c & 0x3f);
  }
  return cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0 : need + 1;
}

/** How UTF-8-like the bytes are: the first invalid byte (-1 if none), and counts of invalid bytes and valid multi-byte sequences. */
function scanUtf8(bytes: Uint8Array): { first: number; invalid: number; multibyte: number } {
  let first = -1;
  let invalid = 0;
  let multibyte = 0;
  for (let i = 0; i < bytes.length;) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceLength(bytes, i);
    if (n) {
      multibyte++;
      i += n;
    } else {
      if (first < 0) first = i;
      invalid++;
      i++;
    }
  }
  return { first, invalid, multibyte };
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  return scanUtf8(bytes).first;
}

/** Text uses tab, LF, VT, FF, CR and ESC at most; a few strays are tolerated, many are not. */
const isControl = (c: number): boolean => c < 0x20 && (c < 0x09 || c > 0x0d) && c !== 0x1b;

/** The first control code among the first SNIFF_BYTES units when there are too many of them for text, else -1. */
function tooManyControls(length: number, unitAt: (i: number) => number): number {
  const end = Math.min(length, SNIFF_BYTES);
  let controls = 0;
  let first = -1;
  for (let i = 0; i < end; i++) {
    if (isControl(unitAt(i))) {
      controls++;
      if (first < 0) first = i;
    }
  }
  return controls > Math.max(8, end / 100) ? first : -1;
}

/** Why these bytes are not text (a NUL or other control bytes near the start), or undefined. */
function binaryReason(bytes: Uint8Array): string | undefined {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return `binary content (NUL byte at offset ${nul})`;
  const first = tooManyControls(bytes.length, (i) => bytes[i]);
  return first >= 0 ? `binary content (control byte ${hex(bytes[first])} at offset ${first})` : undefined;
}

/**
 * UTF-16 without a byte-order mark, told by its zero bytes: in UTF-16 text of Latin script
 * most characters have a zero high byte, so half of the bytes or more are zeros, all on
 * one side of each pair (odd offsets in little-endian). Binary data has zeros on both sides.
 */
function utf16ByZeros(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const end = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  const pairs = end / 2;
  if (pairs < 2) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  // The other side may hold a few zeros: characters such as U+3000 or U+4E00 in BE/LE.
  if (odd >= pairs / 2 && even <= pairs / 20) return "utf-16le";
  if (even >= pairs / 2 && odd <= pairs / 20) return "utf-16be";
  return undefined;
}

/** UTF-16 text without a BOM, or why it is not text; undefined when the bytes do not look like UTF-16. */
function decodeUtf16WithoutBom(bytes: Uint8Array): Decoded | undefined {
  const encoding = utf16ByZeros(bytes);
  if (!encoding) return undefined;
  const name = encoding.toUpperCase();
  const text = decodeWith(encoding, bytes, true);
  if (text === undefined) return { ok: false, reason: `not valid ${name} (it looks like ${name} without a byte-order mark); convert the file to UTF-8` };
  // Zeros on one side of each pair are also what arrays of small numbers look like.
  if (text.includes("\0") || tooManyControls(text.length, (i) => text.charCodeAt(i)) >= 0) return undefined;
  return { ok: true, text: normalizeNewlines(text), encoding };
}

function decodeWith(encoding: string, bytes: Uint8Array, fatal: boolean): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The WHATWG name of a charset label TextDecoder knows ("latin1" -> "windows-1252"), or undefined. */
export function knownEncoding(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

/** BOM-marked encodings; UTF-32 is recognised only to be refused by name. */
function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: "utf-8", length: 3 };
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { encoding: "utf-32le", length: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { encoding: "utf-32be", length: 4 };
  if (a === 0xff && b === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}

/** Western text that is not UTF-8: Windows-1252 (a superset of printable Latin-1), if it looks like it. */
function decodeWindows1252(bytes: Uint8Array, utf8Error: string): Decoded {
  let high = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    if (UNDEFINED_IN_1252.has(b)) return { ok: false, reason: `${utf8Error}, nor Windows-1252 (byte ${hex(b)} at offset ${i}); convert the file to UTF-8` };
    high++;
  }
  if (high > 16 && high > bytes.length * MAX_HIGH_BYTE_SHARE) {
    return { ok: false, reason: `${utf8Error}, and too many non-ASCII bytes for Windows-1252 text (unknown encoding); convert the file to UTF-8` };
  }
  const text = decodeWith("windows-1252", bytes, false)!.replace(/[\u0080-\u009f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]);
  return { ok: true, text, encoding: "windows-1252" };
}

/** LF line ends (CRLF and lone CR converted), no leading BOM. */
export function normalizeNewlines(text: string): string {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, "\n");
}

/**
 * Decodes a file's bytes to text with LF line ends. In order: a byte-order mark decides;
 * else UTF-16 told by its zero bytes; else binary content (NUL or control bytes) is refused; else valid UTF-8 is UTF-8; else
 * the `declared` charset (an HTML page's <meta charset>) if TextDecoder knows it; else
 * UTF-8 with its few invalid bytes replaced, when it is mostly well-formed UTF-8 (with a
 * `note`); else Windows-1252 when the bytes look like Western text. Never throws.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  const bom = byteOrderMark(bytes);
  if (bom) {
    if (bom.encoding.startsWith("utf-32")) return { ok: false, reason: `${bom.encoding.toUpperCase()} text is not supported (convert the file to UTF-8)` };
    const text = decodeWith(bom.encoding, bytes.subarray(bom.length), true);
    if (text === undefined) return { ok: false, reason: `not valid ${bom.encoding.toUpperCase()} despite its byte-order mark` };
    return { ok: true, text: normalizeNewlines(text), encoding: bom.encoding };
  }
  const utf16 = decodeUtf16WithoutBom(bytes);
  if (utf16) return utf16;
  const binary = binaryReason(bytes);
  if (binary) return { ok: false, reason: binary };
  const utf8 = decodeWith("utf-8", bytes, true);
  if (utf8 !== undefined) return { ok: true, text: normalizeNewlines(utf8), encoding: "utf-8" };

  const charset = declared === undefined ? undefined : knownEncoding(declared);
  if (charset && charset !== "utf-8" && charset !== "windows-1252") {
    const text = decodeWith(charset, bytes, true);
    if (text !== undefined) return { ok: true, text: normalizeNewlines(text), encoding: charset };
  }
  const scan = scanUtf8(bytes);
  const at = Math.max(scan.first, 0);
  // Mostly good UTF-8 with a few broken bytes (a damaged or badly cut file): UTF-8 it is.
  if (scan.multibyte >= 2 * scan.invalid) {
    const text = decodeWith("utf-8", bytes, false)!;
    const n = scan.invalid;
    return { ok: true, text: normalizeNewlines(text), encoding: "utf-8", note: `${n} invalid UTF-8 byte${n === 1 ? "" : "s"} replaced by U+FFFD (the first, ${hex(bytes[at])}, at offset ${at})` };
  }
  const utf8Error = `not valid UTF-8 (byte ${hex(bytes[at])} at offset ${at})`;
  const western = decodeWindows1252(bytes, utf8Error);
  return western.ok ? { ...western, text: normalizeNewlines(western.text) } : western;
}
