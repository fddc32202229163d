// Finds the Chromium that the browser tests and the explorer benchmark drive (playwright-core
// does not bring one): the CHROMIUM_PATH environment variable, else the usual system paths;
// when there is none and we are root on Debian/Ubuntu, installs Debian's package; otherwise
// fails saying how to get one.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const SYSTEM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome-stable", "/usr/bin/google-chrome", "/snap/bin/chromium"];

const INSTRUCTIONS = `The browser tests need Chromium, and none was found (looked at $CHROMIUM_PATH, ${SYSTEM_PATHS.join(", ")}).
Install one, then run the tests again:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium
  elsewhere:      install Chromium or Chrome and set CHROMIUM_PATH=/path/to/the/binary`;

function systemChromium(): string | undefined {
  return SYSTEM_PATHS.find((p) => existsSync(p));
}

function canInstallWithApt(): boolean {
  return process.platform === "linux" && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
}

function installWithApt(): void {
  process.stderr.write("browser tests: no Chromium found; installing Debian's chromium package (apt-get, as root)...\n");
  const result = spawnSync("sh", ["-c", "apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    timeout: 10 * 60_000,
  });
  if (result.status !== 0) process.stderr.write(`browser tests: apt-get failed (exit ${result.status ?? result.signal})\n`);
}

/** The path of a Chromium binary; throws with instructions when there is none. */
export function ensureChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.\n${INSTRUCTIONS}`);
    return fromEnv;
  }
  let found = systemChromium();
  if (!found && canInstallWithApt()) {
    installWithApt();
    found = systemChromium();
  }
  if (!found) throw new Error(INSTRUCTIONS);
  return found;
}

/** Launch flags known to work here (BROWSER.md): software WebGL, no network chatter. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];
