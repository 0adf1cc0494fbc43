// A file the command could not read or write, in words. Node's own message ("ENOENT: no such file
// or directory, open 'x.json'", "EISDIR: illegal operation on a directory, read") names a system
// call, not what to do; the commands that read files given on the command line (eval, train,
// bench) passed it on as it was.
import { statSync } from 'node:fs';

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** A path that is a folder now. */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The message for a file-system error a command let through, with what to check; null for any other error. */
export function fileErrorMessage(err: unknown): string | null {
  if (!(err instanceof Error) || !('code' in err) || typeof err.code !== 'string') return null;
  const path = 'path' in err && typeof err.path === 'string' ? err.path : null;
  switch (err.code) {
    case 'ENOENT':
      return path ? `no file or folder at ${path}: check the path` : 'a file or folder named on the command line does not exist: check the paths';
    case 'EISDIR':
      return path ? `${path} is a folder, where a file is wanted: name a file in it` : 'a folder was given where a file is wanted: name a file in it';
    case 'ENOTDIR':
      return path ? `${path}: part of this path is a file, where a folder is wanted` : 'a file was given where a folder is wanted';
    case 'EACCES':
    case 'EPERM':
      return path ? `no permission to use ${path}` : 'no permission to use a file named on the command line';
    default:
      return null;
  }
}

/** A file error said with the option it came from: "--model /tmp is a folder; --model takes FILE,
 *  the pair model (default …)". Node's error names no path when a folder is read as a file, and
 *  a missing path named alone did not say which option it was or what it should have been. */
export class PathError extends Error {}

/** The message for a file-system error caused by one of `argv`'s paths, naming the option (or
 *  the argument) and what its usage says it takes; null when no argument is to blame. */
export function pathErrorMessage(err: unknown, argv: string[], usage: string, isFolder: (path: string) => boolean): string | null {
  if (!(err instanceof Error) || !('code' in err) || typeof err.code !== 'string') return null;
  const errPath = 'path' in err && typeof err.path === 'string' ? err.path : null;
  const given = pathArguments(argv);
  const expects = (a: PathArgument) => expectation(a, usage);
  const under = (a: PathArgument) => !!errPath && (errPath === a.value || errPath.startsWith(`${a.value.replace(/\/+$/, '')}/`));
  switch (err.code) {
    case 'EISDIR': {
      // the folder read as a file: the argument that is one, where the usage wants a file
      const culprit = given.find((a) => (errPath ? under(a) : isFolder(a.value)) && !/DIR/.test(expects(a).placeholder));
      return culprit ? `${label(culprit)} is a folder; ${takes(culprit, expects(culprit))}` : null;
    }
    case 'ENOENT':
    case 'ENOTDIR': {
      const culprit = given.find(under);
      if (!culprit) return null;
      const missing = errPath === culprit.value || !exists(culprit.value) ? 'does not exist' : `has no ${errPath!.slice(culprit.value.replace(/\/+$/, '').length + 1)} in it`;
      return `${label(culprit)} ${missing}; ${takes(culprit, expects(culprit))}`;
    }
    default:
      return null;
  }
}

interface PathArgument {
  /** "--model", or null for a positional argument. */
  flag: string | null;
  value: string;
}

/** Every value of an option (`--model x`, `--model=x`) and every positional argument. */
function pathArguments(argv: string[]): PathArgument[] {
  const out: PathArgument[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const joined = /^(--[^=]+)=(.+)$/.exec(a);
    if (joined) out.push({ flag: joined[1], value: joined[2] });
    else if (a.startsWith('--') && argv[i + 1] !== undefined && !argv[i + 1].startsWith('-')) out.push({ flag: a, value: argv[++i] });
    else if (!a.startsWith('-')) out.push({ flag: null, value: a });
  }
  return out;
}

/** What the usage says an option takes: its placeholder ("FILE", "DIR") and its line's words. */
function expectation(a: PathArgument, usage: string): { placeholder: string; says: string } {
  if (!a.flag) {
    const positional = /^Usage: \S+ (?:\S+ )?(?:[a-z-]+ )?([A-Z][A-Z.\d_]*)/m.exec(usage)?.[1];
    return { placeholder: positional ?? 'FILE', says: '' };
  }
  const flag = a.flag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const line = new RegExp(`^\\s*${flag}\\s+([A-Z][A-Z_]*)\\s{2,}(.+)$`, 'm').exec(usage);
  if (line) return { placeholder: line[1], says: line[2].trim() };
  return { placeholder: new RegExp(`${flag}[ =]([A-Z][A-Z_]*)`).exec(usage)?.[1] ?? 'FILE', says: '' };
}

function label(a: PathArgument): string {
  return a.flag ? `${a.flag} ${a.value}` : a.value;
}

function takes(a: PathArgument, e: { placeholder: string; says: string }): string {
  const kind = /DIR/.test(e.placeholder) ? 'a folder' : 'a file';
  return a.flag ? `${a.flag} takes ${kind}${e.says ? `: ${e.says}` : ''}` : `${kind} is wanted`;
}
