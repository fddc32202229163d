// The input decoders and graph loaders are meant for the browser worker and the explorer
// too: they must not use Node's APIs.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./cli-run.ts";

// Everything under these folders (the README's pure parts): the article reader, the extractor, the graph model and formats.
const PURE_FOLDERS = ["src/articles", "src/extract", "src/graph"];
const NODE_ONLY = /from\s+["'](node:|fs|path|os|crypto|buffer|stream|url|util)["'/]|\brequire\(|\bprocess\.|\bBuffer\b|\b__dirname\b/;

describe("browser-safe modules", () => {
  for (const folder of PURE_FOLDERS) {
    it(`${folder} uses no Node API`, () => {
      const files = readdirSync(path.join(ROOT, folder), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) {
        const code = readFileSync(path.join(ROOT, folder, f), "utf8").replace(/^\s*(\/\/|\*|\/\*).*$/gm, "");
        expect(NODE_ONLY.exec(code)?.[0], `${folder}/${f}`).toBeUndefined();
      }
    });
  }
});
