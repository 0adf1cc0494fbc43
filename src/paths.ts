// Locates files that ship with Chronicle (models/, demo/, data/) wherever the code was compiled to.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | undefined;

/** The folder holding Chronicle's package.json. */
export function projectRoot(): string {
  if (cachedRoot) return cachedRoot;
  const candidates = [dirname(fileURLToPath(import.meta.url)), process.cwd()];
  for (const start of candidates) {
    let dir = start;
    for (;;) {
      const pkg = join(dir, 'package.json');
      if (existsSync(pkg)) {
        try {
          if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'chronicle') return (cachedRoot = dir);
        } catch {
          // not ours; keep walking
        }
      }
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return (cachedRoot = process.cwd());
}

export function projectPath(...parts: string[]): string {
  return join(projectRoot(), ...parts);
}
