// Files in an ingested folder that are of no kind Chronicle reads (a .pdf, a .docx): the folder walk
// reports them as it passes over them, and the ingest summary names them, by kind, so that none is
// dropped unnoticed. README-style files the walk leaves out on purpose are not among them.
import { extname } from 'node:path';
import type { OnSkipped } from '../pipeline/read/files.js';
import { oneLine } from './output.js';

export interface SkippedKind {
  /** The extension, lower case (".pdf"), or "no extension". */
  kind: string;
  files: string[];
}

/** A listener for the walk that adds, to `into`, each file it left out for being of another kind. */
export function ofOtherKinds(into: string[]): OnSkipped {
  return (path, why) => {
    if (why === 'kind') into.push(path);
  };
}

/** The files grouped by extension, most frequent kind first; each kind's files in the order given. */
export function skippedKinds(paths: string[]): SkippedKind[] {
  const byKind = new Map<string, string[]>();
  for (const path of paths) {
    const kind = extname(path).toLowerCase() || 'no extension';
    byKind.set(kind, [...(byKind.get(kind) ?? []), path]);
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
    ...k.files.slice(0, perKind).map((f) => `  – ${oneLine(f)}`),
    ...(k.files.length > perKind ? [`  – and ${k.files.length - perKind} more ${k.kind} (--json lists every one)`] : []),
  ]);
}
