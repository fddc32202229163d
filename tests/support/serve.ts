// Builds the explorer and the plain sigma floor page (tests/bench/floor/floor.html) once, with
// the project's vite config, and serves that build on one graph file at a time.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, preview, type PreviewServer } from "vite";
import { serveGraph } from "../../src/cli/serve-graph.ts";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Path of the floor page inside the build (vite keeps an extra HTML entry's path). */
export const FLOOR_PAGE = "tests/bench/floor/floor.html";

/** A production build of the explorer (index.html) and the floor page into `outDir`. */
export async function buildPages(outDir: string): Promise<void> {
  // vitest or a caller may have set another NODE_ENV, which would give React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      root: ROOT,
      logLevel: "warn",
      mode: "production",
      build: {
        outDir,
        emptyOutDir: true,
        rolldownOptions: { input: { main: path.join(ROOT, "index.html"), floor: path.join(ROOT, FLOOR_PAGE) } },
      },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

export interface Served {
  /** The explorer's URL (ends with "/"). */
  url: string;
  close: () => Promise<void>;
}

/** Serves the build in `outDir` with `graphFile` as graph.json (for both pages). */
export async function serveBuild(outDir: string, graphFile: string): Promise<Served> {
  const server: PreviewServer = await preview({
    root: ROOT,
    configFile: false,
    logLevel: "warn",
    build: { outDir },
    // The floor page fetches graph.json beside itself.
    plugins: [serveGraph(graphFile, { paths: ["graph.json", `${path.posix.dirname(FLOOR_PAGE)}/graph.json`] })],
    preview: { host: "127.0.0.1", port: 0, strictPort: false },
  });
  return { url: server.resolvedUrls!.local[0], close: () => server.close() };
}
