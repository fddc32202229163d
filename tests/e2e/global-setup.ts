// Global setup of the browser tests: finds (or installs) Chromium, extracts the default
// articles with the real CLI, builds the explorer with vite into a temporary folder, and
// serves it with `vite preview` three times: on the default graph, a hostile one and a large one.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import type { TestProject } from "vitest/node";
import { buildGraph } from "../../src/graph/build.ts";
import { toJSON } from "../../src/graph/formats/json/write.ts";
import { serveBuild, type Served } from "../support/serve.ts";
import { syntheticGraphJSON } from "../support/synthetic.ts";
import { ensureChromium } from "../support/chromium.ts";
import { hostileExtraction } from "./hostile-graph.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

declare module "vitest" {
  export interface ProvidedContext {
    chromiumPath: string;
    /** Explorer on the graph of graph-data/articles. */
    explorerUrl: string;
    defaultGraphFile: string;
    /** Explorer on tests/e2e/hostile-graph.ts. */
    hostileUrl: string;
    /** Explorer on a synthetic graph of 20k nodes and 60k edges (tests/support/synthetic.ts). */
    largeUrl: string;
    /** Explorer on a graph.json cut short (not JSON). */
    brokenUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = ensureChromium();
  const tmp = mkdtempSync(path.join(tmpdir(), "explorer-e2e-"));
  const servers: Served[] = [];
  try {
    const defaultDir = path.join(tmp, "default");
    // The real CLI, in its own process (as `npm run extract` runs it).
    const extract = spawnSync(process.execPath, ["--import", "tsx", "src/cli/extract.ts", "graph-data/articles", "--out", defaultDir], {
      cwd: ROOT,
      encoding: "utf8",
    });
    if (extract.status !== 0) {
      throw new Error(`browser tests: extracting graph-data/articles failed (exit ${extract.status}):\n${extract.stderr}`);
    }
    const hostileFile = path.join(tmp, "hostile", "graph.json");
    mkdirSync(path.dirname(hostileFile));
    writeFileSync(hostileFile, toJSON(buildGraph(hostileExtraction())));
    const largeFile = path.join(tmp, "large", "graph.json");
    mkdirSync(path.dirname(largeFile));
    writeFileSync(largeFile, syntheticGraphJSON({ nodes: 20_000, edgesPerNode: 3, seed: 1 }));
    const brokenFile = path.join(tmp, "broken", "graph.json");
    mkdirSync(path.dirname(brokenFile));
    writeFileSync(brokenFile, '{"nodes": [');

    const outDir = path.join(tmp, "dist");
    // A production build, as `npm start` serves (vitest sets NODE_ENV=test, which would give React's development build).
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      await build({ root: ROOT, logLevel: "warn", mode: "production", build: { outDir, emptyOutDir: true } });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    const defaultGraphFile = path.join(defaultDir, "graph.json");
    for (const file of [defaultGraphFile, hostileFile, largeFile, brokenFile]) servers.push(await serveBuild(outDir, file));
    const [explorerUrl, hostileUrl, largeUrl, brokenUrl] = servers.map((s) => s.url);
    project.provide("chromiumPath", chromiumPath);
    project.provide("explorerUrl", explorerUrl);
    project.provide("defaultGraphFile", defaultGraphFile);
    project.provide("hostileUrl", hostileUrl);
    project.provide("largeUrl", largeUrl);
    project.provide("brokenUrl", brokenUrl);
  } catch (e) {
    await Promise.all(servers.map((s) => s.close()));
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
    rmSync(tmp, { recursive: true, force: true });
  };
}
