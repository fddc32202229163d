import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { serveGraph } from "./src/cli/serve-graph.ts";

// The explorer (index.html -> src/app) is built by vite; graph.json is served beside it from
// graph-data (src/cli/serve-graph.ts). Tests: "unit" in Node; "browser" drives the built
// explorer in headless Chromium (its global setup finds Chromium, builds and serves the app).
export default defineConfig({
  plugins: [react(), serveGraph()],
  build: { outDir: "dist", chunkSizeWarningLimit: 1500 },
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
