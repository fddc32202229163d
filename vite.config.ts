import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import { CSP, serveGraph } from "./src/cli/serve-graph.ts";

// The explorer (index.html -> src/app) is built by vite; graph.json is served beside it from
// graph-data (src/cli/serve-graph.ts, which also sets the servers' security headers). Tests:
// "unit" in Node; "browser" drives the built explorer in headless Chromium (its global setup
// finds Chromium, builds and serves the app).
// Defence in depth for article text (always rendered as text): built pages run only their own
// scripts. The preview server sends the policy as a header; the <meta> tag keeps it for a build
// served some other way, first in <head> so that it covers every script. Not in dev, where
// vite injects inline scripts. ForceAtlas2's worker comes from a blob: URL, the extraction
// worker (src/app/extraction) from the app itself.
const contentSecurityPolicy: Plugin = {
  name: "news-graph:csp",
  apply: "build",
  transformIndexHtml: () => [{ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CSP }, injectTo: "head-prepend" }],
};

export default defineConfig({
  plugins: [react(), serveGraph(), contentSecurityPolicy],
  build: { outDir: "dist", chunkSizeWarningLimit: 1500 },
  // The extraction worker is a module worker (`new Worker(url, { type: "module" })`).
  worker: { format: "es" },
  test: {
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/**/*.test.ts"], exclude: ["tests/e2e/**"] } },
      {
        extends: true,
        test: { name: "browser", include: ["tests/e2e/**/*.test.ts"], globalSetup: ["tests/e2e/global-setup.ts"], hookTimeout: 120_000 },
      },
    ],
  },
});
