// Files in an ingested folder that are of no kind Chronicle reads (a .pdf, a .docx): the folder walk
// passes over them, and the ingest summary names them, by kind, so that none is dropped unnoticed.
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { classify } from '../pipeline/read/walk.js';
import { isUrl } from '../pipeline/read/url.js';

export interface SkippedKind {
  /** The extension, lower case (".pdf"), or "no extension". */
  kind: string;
  files: string[];
}

/** Every unreadable file under the folder inputs (hidden entries and node_modules aside, as the walk does), most frequent kind first. */
export async function skippedFiles(inputs: string[]): Promise<SkippedKind[]> {
  const byKind = new Map<string, string[]>();
  const seen = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    let names: string[];
    try {
      const real = await realpath(dir);
      if (seen.has(real)) return;
      seen.add(real);
      names = (await readdir(dir)).sort();
    } catch {
      return; // an unreadable folder is reported by the ingest itself
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = join(dir, name);
      const info = await stat(path).catch(() => null);
      if (info?.isDirectory()) await walk(path);
      else if (info?.isFile() && !classify(path)) {
        const kind = extname(name).toLowerCase() || 'no extension';
        byKind.set(kind, [...(byKind.get(kind) ?? []), path]);
      }
    }
  };
  for (const input of inputs) {
    if (input === '-' || isUrl(input)) continue;
    if ((await stat(input).catch(() => null))?.isDirectory()) await walk(input);
  }
  return [...byKind].map(([kind, files]) => ({ kind, files })).sort((a, b) => b.files.length - a.files.length || a.kind.localeCompare(b.kind));
}

/** "3 files skipped, of kinds Chronicle does not read: 2 .pdf, 1 .docx", or null for none. */
export function skippedLine(skipped: SkippedKind[]): string | null {
  const total = skipped.reduce((n, k) => n + k.files.length, 0);
  if (!total) return null;
  return `${total} ${total === 1 ? 'file' : 'files'} skipped, of ${skipped.length === 1 ? 'a kind' : 'kinds'} Chronicle does not read: ${skipped.map((k) => `${k.files.length} ${k.kind}`).join(', ')}`;
}

/** Each skipped file's path under the summary line: a few per kind, the rest counted. */
export function skippedPaths(skipped: SkippedKind[], perKind = 5): string[] {
  return skipped.flatMap((k) => [
    ...k.files.slice(0, perKind).map((f) => `  – ${f}`),
    ...(k.files.length > perKind ? [`  – and ${k.files.length - perKind} more ${k.kind} (--json lists every one)`] : []),
  ]);
}
