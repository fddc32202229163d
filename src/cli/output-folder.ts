// The extractor's output folder (--out). Checked and locked before the extraction, so that a
// folder the run could not write to fails at once, and a second run into it is refused
// instead of mixing its files with this one's. Written as a pair: every file goes to a
// temporary name first, then all are renamed, so that a failed or interrupted run leaves
// the previous graph.json and graph.gexf, never one of each.
import { constants as os } from "node:os";
import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { errorCode, errorReason } from "./fs-errors.ts";
import { printable } from "./format.ts";

/** In --out while a run writes there: holds the run's PID. */
export const LOCK_FILE = ".extract.lock";

/** Why the folder cannot be used (the message names what is wrong, after "--out DIR: "). */
export class OutputError extends Error {}

/** A process with this PID exists (EPERM: it does, another user's). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return false; // a lock left by an earlier process that had our PID
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errorCode(e) === "EPERM";
  }
}

export class OutputFolder {
  /** Folders made for this run, outermost first: removed again if nothing was written in them. */
  private readonly created: string[] = [];
  /** Final path -> temporary path, for files written and not yet renamed. */
  private readonly temps = new Map<string, string>();
  private readonly lockFile: string;
  private locked = false;
  /** The files were renamed into place. */
  committed = false;

  private constructor(readonly dir: string) {
    this.lockFile = path.join(dir, LOCK_FILE);
  }

  /**
   * Makes `dir` (and its missing parents), checks that none of `names` is a folder, and
   * locks it. Throws an OutputError, after undoing what it did. `onNote` hears of a stale
   * lock removed.
   */
  static open(dir: string, names: readonly string[], onNote: (message: string) => void): OutputFolder {
    const folder = new OutputFolder(dir);
    try {
      folder.make();
      for (const name of names) {
        const file = path.join(dir, name);
        if (lstatSync(file, { throwIfNoEntry: false })?.isDirectory()) throw new OutputError(`${printable(file)} is a folder, not a file`);
      }
      folder.lock(onNote);
      // Temporary files a killed run left (this run holds the lock: no other run writes them).
      for (const name of names) {
        const tmp = `${path.join(dir, name)}.tmp`;
        try {
          rmSync(tmp, { force: true });
        } catch (e) {
          throw new OutputError(`cannot remove ${printable(tmp)}: ${errorReason(e)}`);
        }
      }
    } catch (e) {
      folder.release();
      if (e instanceof OutputError) throw e;
      throw new OutputError(errorReason(e));
    }
    return folder;
  }

  /** Writes a file under its temporary name; throws the file-system error. Returns its size in bytes. */
  write(name: string, content: string): number {
    const file = path.join(this.dir, name);
    const tmp = `${file}.tmp`;
    this.temps.set(file, tmp); // first: a half-written file is removed too
    writeFileSync(tmp, content, { flag: "wx" });
    return Buffer.byteLength(content);
  }

  /** Renames every file written into place, one after the other with nothing in between. */
  commit(): void {
    for (const [file, tmp] of this.temps) renameSync(tmp, file);
    this.temps.clear();
    this.committed = true;
  }

  /** Removes what the run leaves: temporary files, the lock, folders made and still empty. Never throws. */
  release(): void {
    const remove = (file: string): void => {
      try {
        rmSync(file, { force: true });
      } catch {
        // Nothing better to do while giving up or stopping.
      }
    };
    for (const tmp of this.temps.values()) remove(tmp);
    this.temps.clear();
    if (this.locked) remove(this.lockFile);
    this.locked = false;
    for (const dir of this.created.reverse()) {
      try {
        rmdirSync(dir);
      } catch {
        break; // not empty: the run wrote there (or someone else did)
      }
    }
    this.created.length = 0;
  }

  /** Makes the folder and its missing parents one level at a time (a recursive mkdir loops forever on /proc/self/x). */
  private make(): void {
    const missing: string[] = [];
    for (let p = this.dir; ; p = path.dirname(p)) {
      let stats;
      try {
        stats = statSync(p);
      } catch (e) {
        if (errorCode(e) !== "ENOENT" && errorCode(e) !== "ENOTDIR") throw new OutputError(`cannot use ${printable(p)}: ${errorReason(e)}`);
        missing.unshift(p);
        continue;
      }
      if (!stats.isDirectory()) throw new OutputError(p === this.dir ? "not a folder" : `${printable(p)} is not a folder`);
      break;
    }
    for (const p of missing) {
      try {
        mkdirSync(p);
      } catch (e) {
        // ENOENT with the parent there: a file system that takes no new folders (/proc, /sys).
        const reason = errorCode(e) === "ENOENT" ? "the file system does not allow it (ENOENT)" : errorReason(e);
        throw new OutputError(`cannot create ${printable(p)}: ${reason}`);
      }
      this.created.push(p);
    }
  }

  /** Creates the lock file (which proves the folder takes new files); takes over a lock whose process is gone. */
  private lock(onNote: (message: string) => void): void {
    const shown = printable(this.lockFile);
    for (let attempt = 0; ; attempt++) {
      try {
        writeFileSync(this.lockFile, `${process.pid}\n`, { flag: "wx" });
        this.locked = true;
        return;
      } catch (e) {
        if (errorCode(e) !== "EEXIST") {
          const reason = errorCode(e) === "ENOENT" ? "the file system does not allow it (ENOENT)" : errorReason(e);
          throw new OutputError(`cannot create files in it: ${reason}`);
        }
      }
      let pid: number | undefined;
      try {
        const text = readFileSync(this.lockFile, "utf8").trim();
        if (/^\d+$/.test(text)) pid = Number(text);
      } catch (e) {
        if (errorCode(e) === "ENOENT" && attempt === 0) continue; // released meanwhile
      }
      // Two runs that find the same stale lock at the same moment could both take it over;
      // only a run started while another was killed a moment ago can meet that.
      if (pid !== undefined && attempt === 0 && !isRunning(pid)) {
        rmSync(this.lockFile, { force: true });
        onNote(`removed ${shown}, left by an extraction that is no longer running (PID ${pid})`);
        continue;
      }
      throw new OutputError(`another extraction${pid === undefined ? "" : ` (PID ${pid})`} is writing there; if none is running, delete ${shown}`);
    }
  }
}

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * Until the returned function is called, SIGINT, SIGTERM and SIGHUP release the folder
 * (temporary files and lock removed) and end the process with 128 + the signal's number, as a
 * shell reports a process killed by it. They are handled between two steps of the run (the
 * event loop turns), not in the middle of one.
 */
export function releaseOnSignals(folder: OutputFolder, say: (message: string) => void): () => void {
  const handler = (signal: NodeJS.Signals): void => {
    folder.release();
    say(`stopped by ${signal}${folder.committed ? "" : `; ${printable(folder.dir)} is left as it was`}`);
    process.exit(128 + os.signals[signal]);
  };
  for (const s of SIGNALS) process.on(s, handler);
  return () => {
    for (const s of SIGNALS) process.off(s, handler);
  };
}
