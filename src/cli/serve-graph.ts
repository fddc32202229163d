// Vite plugin for the explorer's servers: the dev server (`npm run dev`) and the preview
// server (`npm start`, browser tests, bench). It serves the extractor's graph.json beside the
// page, streamed from disk on every request (so a re-extraction shows on reload without
// rebuilding the app, and a large file costs no memory per request), and keeps the page to
// itself: its Content-Security-Policy as a header (a <meta> tag covers only what follows it
// and cannot forbid framing), nosniff, and no CORS (same origin only).
import type { FileHandle } from "node:fs/promises";
import { open } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type { Connect, Plugin } from "vite";

export const DEFAULT_GRAPH_FILE = "graph-data/graph.json";

/**
 * The built page's policy, also in its <meta> tag (vite.config.ts): scripts only from the
 * app itself, workers from it or blob: (ForceAtlas2), no eval. Not in dev, where vite injects
 * inline scripts.
 */
export const CSP = "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'";
/** No page may frame the explorer (clickjacking); only a header can say so. */
const NO_FRAMING = "frame-ancestors 'none'";

export interface ServeGraphOptions {
  /** URL paths under the base that answer with the graph (default: graph.json, beside index.html). */
  paths?: readonly string[];
}

export function serveGraph(file = DEFAULT_GRAPH_FILE, options: ServeGraphOptions = {}): Plugin {
  const securityHeaders =
    (policy: string): Connect.NextHandleFunction =>
    (_req, res, next) => {
      res.setHeader("Content-Security-Policy", policy);
      res.setHeader("X-Content-Type-Options", "nosniff");
      next();
    };
  const graph = (base: string): Connect.NextHandleFunction => {
    const paths = new Set((options.paths ?? ["graph.json"]).map((p) => base + p));
    return (req, res, next) => {
      if (!paths.has((req.url ?? "").split("?")[0])) return next();
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.statusCode = 405;
        res.setHeader("Allow", "GET, HEAD");
        res.end();
        return;
      }
      sendGraph(file, req, res).catch(next);
    };
  };
  return {
    name: "news-graph:serve-graph",
    // Vite answers cross-origin requests from any localhost page by default: another local
    // server's page could read every article the graph holds.
    config: () => ({ server: { cors: false }, preview: { cors: false } }),
    configureServer: (server) => {
      server.middlewares.use(securityHeaders(NO_FRAMING));
      server.middlewares.use(graph(server.config.base));
    },
    configurePreviewServer: (server) => {
      server.middlewares.use(securityHeaders(`${CSP}; ${NO_FRAMING}`));
      server.middlewares.use(graph(server.config.base));
    },
  };
}

/** Streams the file; its size and its bytes come from one open file (the extractor renames a new one into place). */
async function sendGraph(file: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let handle: FileHandle | undefined;
  let size = -1;
  try {
    handle = await open(path.resolve(file));
    const stats = await handle.stat();
    if (stats.isFile()) size = stats.size;
  } catch {
    // Missing or unreadable: the message below.
  }
  if (!handle || size < 0) {
    await handle?.close();
    res.statusCode = 404;
    res.setHeader("Content-Type", "text/plain; charset=utf-8");
    res.end(`${file} not found: run npm run extract (or npm start) first`);
    return;
  }
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Content-Length", size);
  if (req.method === "HEAD") {
    await handle.close();
    res.end();
    return;
  }
  // A client that goes away ends the stream (and closes the file): nothing to report.
  await pipeline(handle.createReadStream(), res).catch(() => undefined);
}
