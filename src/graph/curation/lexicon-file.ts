// The lexicon extension file (README "Lexicon extension"): entries shaped as the built-in
// lexicon's (src/extract/lexicon/*.json), read and checked here, added to the lexicon by
// src/extract/lexicon-extension.ts. A file with any bad entry is refused, naming the file
// and the entry. "Add to lexicon" writes one from a node. Pure.
import type { ActorEntry, CountryExtra, VerbEntry } from "../../extract/lexicon.ts";
import type { LexiconAdditions, PersonEntry } from "../../extract/lexicon-extension.ts";
import { ACTIONS, NODE_TYPES } from "../../extract/types.ts";
import type { NewsGraph } from "../types.ts";
import { describe, type Problems } from "../load/problems.ts";
import { isObject, readJSONFile, type Obj } from "./json-file.ts";

/** The parts a file may have (and "_doc", a note for people, as in the built-in files). */
export const LEXICON_PARTS = ["actors", "people", "countries", "verbs", "notNames"] as const;
const PARTS = LEXICON_PARTS;
const VERB_OBJECTS = ["any", "actor", "measure", "agreement", "talks", "complaint"];

export type LexiconRead = { additions: LexiconAdditions } | { error: string };

/** Reads a lexicon extension file; `name` starts every message. Never throws. */
export function readLexiconFile(text: string, name: string): LexiconRead {
  return readJSONFile(text, name, (data, p) => {
    if (!isObject(data)) return p.fail("", `expected an object with ${PARTS.join(", ")}, got ${describe(data)}`);
    const reader = new Reader(p);
    const additions: LexiconAdditions = {};
    for (const key of Object.keys(data)) {
      if (key === "_doc") continue; // a note for people, as in the built-in files
      if (!(PARTS as readonly string[]).includes(key)) p.fail(key, `unknown part (expected ${PARTS.join(", ")})`);
    }
    if (data.actors !== undefined) additions.actors = reader.list(data.actors, "actors", (e, at) => reader.actor(e, at));
    if (data.people !== undefined) additions.people = reader.list(data.people, "people", (e, at) => reader.person(e, at));
    if (data.countries !== undefined) additions.countries = reader.countries(data.countries);
    if (data.verbs !== undefined) additions.verbs = reader.list(data.verbs, "verbs", (e, at) => reader.verb(e, at));
    if (data.notNames !== undefined) additions.notNames = reader.strings(data.notNames, "notNames");
    return { additions };
  });
}

class Reader {
  constructor(private readonly p: Problems) {}

  list<T>(value: unknown, at: string, read: (entry: Obj, at: string) => T): T[] {
    if (!Array.isArray(value)) return this.p.fail(at, `expected an array, got ${describe(value)}`);
    return value.map((e, i) => (isObject(e) ? read(e, `${at}[${i}]`) : this.p.fail(`${at}[${i}]`, `expected an object, got ${describe(e)}`)));
  }

  strings(value: unknown, at: string): string[] {
    if (!Array.isArray(value)) return this.p.fail(at, `expected an array of strings, got ${describe(value)}`);
    value.forEach((s, i) => (typeof s !== "string" || s.trim() === "") && this.p.fail(`${at}[${i}]`, `expected a non-empty string, got ${describe(s)}`));
    return value as string[];
  }

  private text(e: Obj, field: string, at: string, optional = false): string | undefined {
    const value = e[field];
    if (value === undefined && optional) return undefined;
    if (typeof value !== "string" || value.trim() === "") return this.p.fail(`${at}.${field}`, `expected a non-empty string, got ${describe(value)}`);
    return value;
  }

  /**
   * Optional fields, copied when present, each checked as `read` checks it. A field that is
   * neither one of them nor one of `read` (read by the caller) is refused: a typo ("alias")
   * would else be dropped without a word.
   */
  private optional<T extends object>(out: T, e: Obj, at: string, read: readonly string[], fields: Record<string, "text" | "strings">): T {
    const known = [...read, ...Object.keys(fields)];
    for (const key of Object.keys(e)) if (!known.includes(key)) this.p.fail(`${at}.${key}`, `unknown field (expected ${known.join(", ")})`);
    for (const [field, kind] of Object.entries(fields)) {
      if (e[field] === undefined) continue;
      (out as Obj)[field] = kind === "text" ? this.text(e, field, at) : this.strings(e[field], `${at}.${field}`);
    }
    return out;
  }

  actor(e: Obj, at: string): ActorEntry {
    const label = this.text(e, "label", at)!;
    const where = `${at} (${JSON.stringify(label)})`;
    if (!(NODE_TYPES as readonly unknown[]).includes(e.type)) this.p.fail(`${where}.type`, `unknown type ${describe(e.type)} (expected one of ${NODE_TYPES.join(", ")})`);
    const out = { label, type: e.type, aliases: e.aliases === undefined ? [] : this.strings(e.aliases, `${where}.aliases`) } as ActorEntry;
    return this.optional(out, e, where, ["label", "type", "aliases"], { weakAliases: "strings", demonyms: "strings", country: "text", function: "text", role: "text", partOf: "text" });
  }

  person(e: Obj, at: string): PersonEntry {
    const label = this.text(e, "label", at)!;
    const where = `${at} (${JSON.stringify(label)})`;
    const out: PersonEntry = { label, aliases: e.aliases === undefined ? [] : this.strings(e.aliases, `${where}.aliases`) };
    return this.optional(out, e, where, ["label", "aliases"], { country: "text", memberOf: "text", role: "text" });
  }

  countries(value: unknown): Record<string, CountryExtra> {
    if (!isObject(value)) return this.p.fail("countries", `expected an object of ISO alpha-2 codes, got ${describe(value)}`);
    const out: Record<string, CountryExtra> = {};
    for (const [code, e] of Object.entries(value)) {
      const at = `countries.${code}`;
      if (!/^[A-Z]{2}$/.test(code)) this.p.fail(at, "expected an ISO 3166-1 alpha-2 code (two capital letters)");
      if (!isObject(e)) this.p.fail(at, `expected an object, got ${describe(e)}`);
      out[code] = this.optional({ aliases: e.aliases === undefined ? [] : this.strings(e.aliases, `${at}.aliases`) }, e, at, ["aliases"], {
        label: "text",
        weakAliases: "strings",
        removeAliases: "strings",
        demonyms: "strings",
      });
    }
    return out;
  }

  verb(e: Obj, at: string): VerbEntry {
    const form = this.text(e, "form", at)!;
    const where = `${at} (${JSON.stringify(form)})`;
    if (!(ACTIONS as readonly unknown[]).includes(e.action)) this.p.fail(`${where}.action`, `unknown action ${describe(e.action)} (expected one of ${ACTIONS.join(", ")})`);
    const out = { form, action: e.action } as VerbEntry;
    if (e.objects !== undefined) {
      const objects = this.strings(e.objects, `${where}.objects`);
      objects.forEach((o, i) => VERB_OBJECTS.includes(o) || this.p.fail(`${where}.objects[${i}]`, `unknown kind of object ${describe(o)} (expected one of ${VERB_OBJECTS.join(", ")})`));
      out.objects = objects as VerbEntry["objects"];
    }
    return this.optional(out, e, where, ["form", "action", "objects"], { particle: "text" });
  }
}

/** "Add to lexicon": a node as an extension file: the entity, with its aliases and type. */
export function lexiconEntryOf(graph: NewsGraph, node: string): string {
  const { label, type, aliases } = graph.getNodeAttributes(node);
  const additions: LexiconAdditions = { actors: [{ label, type, aliases: aliases.filter((a) => a !== label) }] };
  return JSON.stringify(additions, null, 2) + "\n";
}
