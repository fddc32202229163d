// Vite plugin: serves the extractor's graph.json next to the explorer's page, in the dev
// server (`npm run dev`) and the preview server (`npm start`, browser tests). The file is
// read on every request, so a re-extraction shows on reload without rebuilding the app.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Connect, Plugin } from "vite";

export const DEFAULT_GRAPH_FILE = "graph-data/graph.json";

export function serveGraph(file = DEFAULT_GRAPH_FILE): Plugin {
  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    const url = (req.url ?? "").split("?")[0];
    if (!url.endsWith("/graph.json")) return next();
    const absolute = path.resolve(file);
    if (!existsSync(absolute)) {
      res.statusCode = 404;
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.end(`${file} not found: run npm run extract (or npm start) first`);
      return;
    }
    res.setHeader("Content-Type", "application/json; charset=utf-8");
    res.setHeader("Cache-Control", "no-store");
    res.end(readFileSync(absolute));
  };
  return {
    name: "news-graph:serve-graph",
    configureServer: (server) => void server.middlewares.use(middleware),
    configurePreviewServer: (server) => void server.middlewares.use(middleware),
  };
}
