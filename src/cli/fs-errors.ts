// File-system errors in words, for messages that name the file and then the problem:
// "permission denied (EACCES)". The code stays, for searching and bug reports.

const WORDS = new Map([
  ["EACCES", "permission denied"],
  ["EPERM", "operation not permitted"],
  ["EROFS", "read-only file system"],
  ["ENOSPC", "no space left on the device"],
  ["EDQUOT", "disk quota exceeded"],
  ["EFBIG", "file too large"],
  ["EIO", "input/output error"],
  ["ENAMETOOLONG", "path too long"],
  ["ENOTDIR", "a part of the path is not a folder"],
  ["EISDIR", "is a folder"],
  ["ENOENT", "no such file or folder"],
  ["ELOOP", "too many symbolic links"],
  ["EMFILE", "too many open files"],
]);

/** "permission denied (EACCES)"; the message of an error without a code. */
export function errorReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined) return e instanceof Error ? e.message : String(e);
  const words = WORDS.get(code);
  return words ? `${words} (${code})` : code;
}

export const errorCode = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | undefined)?.code;
