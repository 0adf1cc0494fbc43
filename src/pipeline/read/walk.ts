// Which files are articles, and the article files under a folder.
import { readdir, readlink, realpath, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';

export type FileKind = 'text' | 'html' | 'jsonl' | 'sgml' | 'timeml';

export const LOOKED_FOR = '.txt, .html, .htm, .jsonl, .sgm, .tml';

const BY_EXTENSION: Record<string, FileKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.sgm': 'sgml',
  '.tml': 'timeml',
};

export interface Classified {
  kind: FileKind;
  /** The name with its extensions (.html.gz included) removed. */
  stem: string;
  gzip: boolean;
}

/** Classifies by extension (".html.gz" is gzipped HTML); null for a file that is not an article type. */
export function classify(path: string): Classified | null {
  let name = basename(path);
  let gzip = false;
  if (/\.gz$/i.test(name)) {
    gzip = true;
    name = name.slice(0, -3);
  }
  const m = /\.[^.]+$/.exec(name);
  const kind = m ? BY_EXTENSION[m[0].toLowerCase()] : undefined;
  if (!kind || (gzip && kind !== 'html' && kind !== 'text')) return null;
  return { kind, stem: name.slice(0, m!.index), gzip };
}

/** Base name without extensions, for files of unknown type given by name. */
export function stemOf(path: string): string {
  const name = basename(path).replace(/\.gz$/i, '');
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

// A folder's own documentation is not an article (demo/README.md, a corpus's SOURCE.md). Files only:
// a folder named "source/" or "notice/" may well hold articles.
const FOLDER_DOCS = /^(readme|license|licence|changelog|copying|notice|source|contributing)(\.[a-z]+)?$/i;

/** Hidden entries and node_modules are passed over unseen, files and folders alike. */
function hidden(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** Why the walk leaves a file out: of a kind no reader takes (a .pdf), or the folder's own documentation. */
export type SkipReason = 'kind' | 'documentation';

/** A file found under a folder, a file left out and why, or a subfolder that could not be listed (it alone is skipped). */
export type FolderEntry = { path: string } | { skipped: string; why: SkipReason } | { unreadable: string; error: unknown };

/**
 * Article files under dir, recursively, sorted by path, with the files left out among them: those
 * of other kinds, and README/LICENSE/SOURCE-style documentation files (read when named directly).
 * Hidden entries and node_modules are not listed at all.
 * A subfolder that cannot be listed is one entry naming it; its siblings are still walked.
 * Listing dir itself throws.
 */
export async function* articleFiles(dir: string, seen = new Set<string>()): AsyncGenerator<FolderEntry> {
  const real = await realpath(dir);
  if (seen.has(real)) return; // a symlink loop
  seen.add(real);
  const names = (await readdir(dir)).filter((n) => !hidden(n)).sort();
  for (const name of names) {
    const path = join(dir, name);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      // A link that leads nowhere (its target gone, or a loop of links) is named when its name is an
      // article's (story.html): the article it stood for is missing. Any other name is passed over.
      if (classify(path) && !FOLDER_DOCS.test(name)) yield { unreadable: path, error: await brokenLink(path, error) };
      continue;
    }
    if (info.isDirectory()) {
      try {
        yield* articleFiles(path, seen);
      } catch (error) {
        yield { unreadable: path, error };
      }
    } else if (!info.isFile()) continue;
    else if (FOLDER_DOCS.test(name)) yield { skipped: path, why: 'documentation' };
    else if (classify(path)) yield { path };
    else yield { skipped: path, why: 'kind' };
  }
}

/** Why stat failed on a folder entry, in words: "a symbolic link to TARGET, which does not exist". */
async function brokenLink(path: string, error: unknown): Promise<unknown> {
  if ((error as NodeJS.ErrnoException)?.code !== 'ENOENT') return error;
  try {
    return new Error(`a symbolic link to ${await readlink(path)}, which does not exist`);
  } catch {
    return error; // not a link: the file went away while the folder was read
  }
}
