// Paths: a single file (by extension, or sniffed when the extension is unknown) or a folder of them.
import { readFile, stat } from 'node:fs/promises';
import type { RawDoc } from '../../types.js';
import { readJsonlFile } from './jsonl.js';
import { describeFsError, failure, overLimit } from './messages.js';
import { readSgmlFile } from './sgml.js';
import { timemlRawDoc } from './timeml.js';
import { articleText, gunzipCapped, sniffHtml } from './text.js';
import { isGzip } from './binary.js';
import { articleFiles, classify, LOOKED_FOR, stemOf, type SkipReason } from './walk.js';
import { isUrl, readUrl, type UrlOptions } from './url.js';
import type { ReadResult } from './index.js';

/** Told of each file a folder walk leaves out (a .pdf, a README), so that a caller can name them. */
export type OnSkipped = (path: string, why: SkipReason) => void;

export async function* readPath(input: string, opts: UrlOptions, onSkipped?: OnSkipped): AsyncGenerator<ReadResult> {
  let info;
  try {
    info = await stat(input);
  } catch (err) {
    yield failure(input, describeFsError(err));
    return;
  }
  if (info.isDirectory()) {
    let files = 0;
    try {
      for await (const entry of articleFiles(input)) {
        if ('skipped' in entry) {
          onSkipped?.(entry.skipped, entry.why);
          continue;
        }
        files++;
        if ('unreadable' in entry) yield failure(entry.unreadable, describeFsError(entry.error));
        else yield* readFilePath(entry.path, opts);
      }
    } catch (err) {
      yield failure(input, describeFsError(err));
      return;
    }
    if (files === 0) yield failure(input, `no articles found in this directory (looked for ${LOOKED_FOR})`);
    return;
  }
  if (!info.isFile()) {
    yield failure(input, 'not a regular file or directory');
    return;
  }
  yield* readFilePath(input, opts);
}

/**
 * Why a local path certainly holds nothing to read (it is missing, or a folder without article
 * files), or null when it may hold something. Asked before a database is opened, so that a run
 * with nothing to read does not leave an empty database behind. When it is a folder without
 * articles, onSkipped hears of every file in it (the walk went through all of them).
 */
export async function nothingAt(input: string, onSkipped?: OnSkipped): Promise<string | null> {
  if (input === '-' || isUrl(input)) return null;
  let info;
  try {
    info = await stat(input);
  } catch (err) {
    return describeFsError(err);
  }
  if (!info.isDirectory()) return null;
  try {
    for await (const entry of articleFiles(input)) {
      if (!('skipped' in entry)) return null;
      onSkipped?.(entry.skipped, entry.why);
    }
  } catch {
    return null; // unreadable: reading it says why
  }
  return `no articles found in this directory (looked for ${LOOKED_FOR})`;
}

async function* readFilePath(path: string, opts: UrlOptions): AsyncGenerator<ReadResult> {
  const kind = classify(path);
  if (kind?.kind === 'jsonl') return yield* readJsonlFile(path, kind.stem, opts.maxBytes);
  if (kind?.kind === 'sgml') return yield* readSgmlFile(path, kind.stem, opts.maxBytes);
  let bytes: Buffer;
  try {
    const { size } = await stat(path);
    if (size > opts.maxBytes) return yield failure(path, overLimit(size, opts.maxBytes), 'size-limit');
    bytes = await readFile(path);
  } catch (err) {
    return yield failure(path, describeFsError(err));
  }
  if (isGzip(bytes)) {
    const unpacked = gunzipCapped(bytes, opts.maxBytes);
    if (!unpacked.ok) return yield failure(path, unpacked.error, unpacked.reason);
    bytes = unpacked.value;
  }
  const html = kind ? kind.kind === 'html' : sniffHtml(bytes);
  const checked = articleText(bytes, { html, maxBytes: opts.maxBytes, noun: 'file' });
  if (!checked.ok) return yield failure(path, checked.error, checked.reason);
  const { text, encoding } = checked.value;
  if (kind?.kind === 'timeml') {
    const raw = timemlRawDoc(text, { path, stem: kind.stem, encoding });
    return yield typeof raw === 'string' ? failure(path, raw) : { ok: true, raw };
  }
  const urls = html ? null : urlList(text);
  if (urls) {
    for (const url of urls) yield await readUrl(url, opts);
    return;
  }
  const raw: RawDoc = {
    source: { kind: 'file', location: path, name: kind?.stem ?? stemOf(path) },
    format: html ? 'html' : 'text',
    content: text,
    encoding,
    hints: {},
  };
  yield { ok: true, raw };
}

/** The URLs when every non-empty line (comments with # aside) is an http(s) URL; otherwise null. */
export function urlList(text: string): string[] | null {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  return lines.length > 0 && lines.every((l) => isUrl(l) && !/\s/.test(l)) ? lines : null;
}
