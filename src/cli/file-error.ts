// A file the command could not read or write, in words. Node's own message ("ENOENT: no such file
// or directory, open 'x.json'", "EISDIR: illegal operation on a directory, read") names a system
// call, not what to do; the commands that read files given on the command line (eval, train,
// bench) passed it on as it was.

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
