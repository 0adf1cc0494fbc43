// Read stage: paths, folders, "-", URLs and containers (JSONL, Reuters SGML) → decoded RawDocs.
// Each input that cannot be read becomes one ReadFailure naming it; the other inputs still read.
import type { RawDoc, ReadFailure } from '../../types.js';
import { readPath, type OnSkipped } from './files.js';
import { DEFAULT_MAX_BYTES, errorMessage, failure } from './messages.js';
import { readStdin, type StdinArticle } from './stdin.js';
import { isUrl, readUrl, type UrlOptions } from './url.js';

export interface ReadOptions {
  /** Largest article (file, response, record) accepted; default 20 MiB. */
  maxBytes?: number;
  /** Whole-request limit for a URL, redirects and body included; default 15000. */
  fetchTimeoutMs?: number;
  fetch?: typeof fetch;
  /** What "-" reads; default process.stdin (tests pass their own). */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** The address and title of the one article "-" reads, when the user knows them (ingest - --url, --title). */
  stdinArticle?: StdinArticle;
  /** Told of each file a folder walk leaves out: of a kind no reader takes, or a README-style file. */
  onSkipped?: OnSkipped;
}

export type ReadResult = { ok: true; raw: RawDoc } | { ok: false; failure: ReadFailure };

export { formatSize } from './messages.js';

/** "path: message" — how the CLI prints a failure. */
export function formatFailure(f: ReadFailure): string {
  return `${f.input}: ${f.error}`;
}

export async function* readInputs(inputs: string[], opts: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const resolved: UrlOptions = {
    maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
    fetchTimeoutMs: opts.fetchTimeoutMs ?? 15000,
    fetch: opts.fetch ?? globalThis.fetch,
  };
  for (const input of inputs) {
    try {
      if (input === '-') yield* readStdin(opts.stdin ?? process.stdin, resolved.maxBytes, opts.stdinArticle);
      else if (isUrl(input)) yield await readUrl(input, resolved);
      else yield* readPath(input, resolved, opts.onSkipped);
    } catch (err) {
      // A reader bug must not stop the other inputs.
      yield failure(input, `unexpected error: ${errorMessage(err)}`);
    }
  }
}
