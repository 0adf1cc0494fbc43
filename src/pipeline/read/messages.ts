// Human-readable failure messages shared by the readers.
import type { ReadFailure } from '../../types.js';

export const MIB = 1024 * 1024;
export const DEFAULT_MAX_BYTES = 20 * MIB;

export function failure(input: string, error: string, reason?: ReadFailure['reason']): { ok: false; failure: ReadFailure } {
  return { ok: false, failure: reason ? { input, error, reason } : { input, error } };
}

/** "52.4 MB" — binary megabytes, one decimal unless whole. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < MIB) return `${trim(bytes / 1024)} KB`;
  return `${trim(bytes / MIB)} MB`;
}

function trim(n: number): string {
  const s = n.toFixed(1);
  return s.endsWith('.0') ? s.slice(0, -2) : s;
}

export function overLimit(bytes: number, maxBytes: number, approx = false): string {
  return `${approx ? 'more than ' : ''}${formatSize(bytes)}, over the ${formatSize(maxBytes)} limit`;
}

/** What the CLI says after failures over the readers' limit: the option that raises it, and its default. */
export const SIZE_HINT = `Larger inputs: raise the limit with --max-mb N (default ${formatSize(DEFAULT_MAX_BYTES)}).`;

/** Turns a Node file-system error into words; falls back to the error's own message. */
export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'cannot read: permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      return `cannot read: ${e?.message ?? String(err)}`;
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
