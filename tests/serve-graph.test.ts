// The explorer's preview server (`npm start`) over loopback HTTP: security headers on every
// answer, graph.json only for GET and HEAD on its own path, streamed, and no CORS.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { preview, type PreviewServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, serveBuild, type Served } from "./support/serve.ts";
import { DEFAULT_GRAPH_FILE } from "../src/cli/serve-graph.ts";

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One request to the server; `maxBytes` stops reading the body there. */
function ask(url: string, options: { method?: string; headers?: Record<string, string>; maxBytes?: number } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? "GET", headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      let length = 0;
      const done = () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) });
      res.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        length += chunk.length;
        if (options.maxBytes !== undefined && length >= options.maxBytes) {
          res.destroy();
          done();
        }
      });
      res.on("end", done);
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

const tmp = mkdtempSync(path.join(tmpdir(), "serve-graph-"));
const servers: { close: () => Promise<void> }[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  rmSync(tmp, { recursive: true, force: true });
});

/** A stand-in for the built explorer: the server's behaviour does not depend on the page. */
function fakeBuild(): string {
  const dist = path.join(tmp, "dist");
  mkdirSync(dist, { recursive: true });
  writeFileSync(path.join(dist, "index.html"), "<!doctype html><title>explorer</title><p>page</p>");
  return dist;
}

describe("preview server, as npm start configures it", () => {
  let url = "";
  beforeAll(async () => {
    // The project's vite.config.ts, as start.ts runs it (it serves graph-data/graph.json).
    const server: PreviewServer = await preview({ root: ROOT, logLevel: "silent", build: { outDir: fakeBuild() }, preview: { host: "127.0.0.1", port: 0 } });
    servers.push(server);
    url = server.resolvedUrls!.local[0];
  });

  it("sends the Content-Security-Policy (with frame-ancestors 'none') and nosniff as headers, on the page and on graph.json", async () => {
    for (const target of ["", "graph.json", "no-such-asset.js"]) {
      const r = await ask(url + target);
      const csp = String(r.headers["content-security-policy"]);
      expect(csp, target).toContain("script-src 'self'");
      expect(csp).toContain("worker-src 'self' blob:");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("unsafe-eval");
      expect(r.headers["x-content-type-options"]).toBe("nosniff");
    }
  });

  it("answers graph.json for GET and HEAD on its own path only", async () => {
    const graph = readFileSync(path.join(ROOT, DEFAULT_GRAPH_FILE));
    const get = await ask(url + "graph.json?v=1");
    expect(get.status).toBe(200);
    expect(get.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(get.headers["content-length"]).toBe(String(graph.length));
    expect(get.body.equals(graph)).toBe(true);
    const head = await ask(url + "graph.json", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers["content-length"]).toBe(String(graph.length));
    expect(head.body.length).toBe(0);
    for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
      const r = await ask(url + "graph.json", { method });
      expect(r.status, method).toBe(405);
      expect(r.headers.allow).toBe("GET, HEAD");
      expect(r.body.length).toBe(0);
    }
    for (const other of ["x/graph.json", "assets/graph.json", "graph.json/", "tests/bench/floor/graph.json"]) {
      const r = await ask(url + other);
      expect(r.body.includes(graph.subarray(0, 100)), other).toBe(false);
      expect(r.headers["content-type"]).not.toContain("application/json");
    }
  });

  it("allows no other origin: no CORS headers, on a request or a preflight", async () => {
    for (const origin of ["http://localhost:3000", "http://127.0.0.1:8080", "https://example.com"]) {
      const get = await ask(url + "graph.json", { headers: { Origin: origin } });
      expect(get.headers["access-control-allow-origin"], origin).toBeUndefined();
      const preflight = await ask(url + "graph.json", { method: "OPTIONS", headers: { Origin: origin, "Access-Control-Request-Method": "GET" } });
      expect(preflight.headers["access-control-allow-origin"], origin).toBeUndefined();
      expect(preflight.headers["access-control-allow-methods"]).toBeUndefined();
    }
  });
});

describe("preview server on a large graph.json", () => {
  let served: Served;
  const size = 3 * 1024 ** 3; // 3 GiB, sparse: more than a file read whole into one Buffer may hold
  beforeAll(async () => {
    const file = path.join(tmp, "large", "graph.json");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '{"nodes": [');
    truncateSync(file, size);
    served = await serveBuild(fakeBuild(), file);
    servers.push(served);
  });

  it("streams it from disk instead of reading it whole for each request", async () => {
    const head = await ask(served.url + "graph.json", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers["content-length"]).toBe(String(size));
    // Twenty readers at once, each taking the first megabyte and hanging up.
    const gets = await Promise.all(Array.from({ length: 20 }, () => ask(served.url + "graph.json", { maxBytes: 1024 * 1024 })));
    for (const get of gets) {
      expect(get.status).toBe(200);
      expect(get.body.subarray(0, 11).toString()).toBe('{"nodes": [');
    }
  });
});
