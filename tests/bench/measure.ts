// What is measured in a page, the same way on the explorer and on the floor page: the first
// frame from sigma's canvases, camera moves through the sigma both expose as window.__sigma.
import type { Browser, Page } from "playwright-core";

declare global {
  interface Window {
    /** Set by FIRST_FRAME_PROBE: ms from navigation start to the first frame with the graph. */
    __firstFrame?: number;
  }
}

/**
 * Runs before the page's own scripts: polls each animation frame for sigma's node canvas.
 * Sigma creates its canvases and draws the graph in one go, in its constructor (both pages
 * build it with the graph loaded), so the first frame callback that finds the canvas is the
 * frame that shows the graph; its time (performance.now, from navigation start) is the first
 * frame. Neither page is asked anything: what a person would see is what is timed.
 */
export const FIRST_FRAME_PROBE = `(() => {
  const poll = () => {
    if (document.querySelector("canvas.sigma-nodes")) window.__firstFrame = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

/** Waits for the first frame (FIRST_FRAME_PROBE must have been added) and returns its time. */
export async function firstFrame(page: Page, timeout: number): Promise<number> {
  const handle = await page.waitForFunction(() => window.__firstFrame, undefined, { timeout, polling: 100 });
  return (await handle.jsonValue()) as number;
}

// In-page code is kept as source text: tsx compiles this file with esbuild's keepNames, whose
// __name() helper would be missing in the page if functions were passed to page.evaluate.

/** Resolves, with its time (ms from navigation start), once the page draws frames steadily again (5 frames in a row under 40 ms apart). */
const SETTLE = `new Promise((resolve) => {
  let last = performance.now();
  let steady = 0;
  const tick = () => {
    const now = performance.now();
    steady = now - last < 40 ? steady + 1 : 0;
    last = now;
    if (steady >= 5) resolve(now);
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

/**
 * Waits for the page's sigma (the explorer sets it once React has mounted, the floor page at
 * once) and for frames to come steadily again: with WebGL in software, the frames sigma has
 * queued are drawn by then. Returns that time, from navigation start: the page is ready.
 */
export async function settle(page: Page): Promise<number> {
  // Not Playwright's 30 s: with WebGL in software, the 28,000-node bench graph's first frame
  // came at 5.9 s and React's mount (window.__sigma) at 50 s while its parallel edges were
  // all drawn curved (about 12 s since), the page busy in between.
  await page.waitForFunction(() => window.__sigma !== undefined, undefined, { timeout: 180_000 });
  return (await page.evaluate(SETTLE)) as number;
}

/**
 * Resolves once a blank page gets its frames steadily. Without a GPU, Chromium draws WebGL in
 * software in its GPU process, shared by all pages: a closed page's last frames (seconds each
 * on large graphs) can still be drawn there, and would slow the next page's first frame.
 */
export async function quietBrowser(browser: Browser): Promise<void> {
  const page = await browser.newPage();
  try {
    await page.evaluate(SETTLE);
  } finally {
    await page.close();
  }
}

/**
 * () => { pan, zoom }: mean ms between the frames sigma drew while the camera panned a quarter
 * of the view away and back, then zoomed in to a third and back out, `duration` ms each.
 * One move runs into the next, so that the camera never stops in between: a stop makes the
 * explorer draw its edges and labels again (seconds on large graphs), which is not a move.
 */
const CAMERA_FRAMES = `async (duration) => {
  const sigma = window.__sigma;
  const camera = sigma.getCamera();
  const home = camera.getState();
  const frames = [];
  const onRender = () => frames.push(performance.now());
  sigma.on("afterRender", onRender);
  const move = async (away) => {
    const start = performance.now();
    const first = frames.length;
    await camera.animate(away, { duration: duration / 2, easing: "linear" });
    await camera.animate(home, { duration: duration / 2, easing: "linear" });
    const during = frames.slice(first);
    return during.length ? (during[during.length - 1] - start) / during.length : performance.now() - start;
  };
  const pan = await move({ x: home.x + 0.25 * home.ratio, y: home.y + 0.1 * home.ratio });
  const zoom = await move({ ratio: home.ratio / 3 });
  sigma.off("afterRender", onRender);
  return { pan, zoom };
}`;

/** Frame times while the camera pans, then zooms (see CAMERA_FRAMES). */
export async function cameraFrameMs(page: Page, duration: number): Promise<{ pan: number; zoom: number }> {
  return (await page.evaluate(`(${CAMERA_FRAMES})(${duration})`)) as { pan: number; zoom: number };
}

export interface ChromiumInfo {
  /** Chromium's version, as the browser reports it. */
  chromium: string;
  /** WebGL's unmasked renderer string. */
  renderer: string;
  /** True when WebGL is rasterised in software (SwiftShader): absolute times mean little. */
  software: boolean;
}

/** Chromium's version and the WebGL renderer it gives pages. */
export async function chromiumInfo(browser: Browser): Promise<ChromiumInfo> {
  const page = await browser.newPage();
  try {
    const renderer = await page.evaluate(() => {
      const gl = document.createElement("canvas").getContext("webgl");
      if (!gl) return "no WebGL";
      const ext = gl.getExtension("WEBGL_debug_renderer_info");
      return String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    });
    return { chromium: browser.version(), renderer, software: /swiftshader|llvmpipe|software/i.test(renderer) };
  } finally {
    await page.close();
  }
}
