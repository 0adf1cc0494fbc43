// JSON Lines: one article per line {url?, title?, html | text, published?, authors?, id?}.
// A bad line is one failure naming "path line N"; the other lines still read.
import type { RawDoc, Source } from '../../types.js';
import { describeFsError, errorMessage, failure, overLimit } from './messages.js';
import type { ReadResult } from './index.js';
import { boundedLines } from './lines.js';

export async function* readJsonlFile(path: string, stem: string, maxBytes: number): AsyncGenerator<ReadResult> {
  let articles = 0;
  let bad = 0;
  try {
    for await (const item of boundedLines(path, maxBytes)) {
      if ('tooLong' in item) {
        bad++;
        yield failure(`${path} line ${item.lineNo}`, overLimit(item.tooLong, maxBytes), 'size-limit');
        continue;
      }
      if (!item.line.trim()) continue;
      const result = parseJsonlLine(item.line, { path, stem, lineNo: item.lineNo, maxBytes });
      if (result.ok) articles++;
      else bad++;
      yield result;
    }
  } catch (err) {
    yield failure(path, describeFsError(err));
    return;
  }
  if (articles === 0 && bad === 0) yield failure(path, 'empty file (no JSON lines)');
}

const OPTIONAL_STRINGS = ['url', 'title', 'published'] as const;

/** What a record says of itself, for a reader that cites it by that rather than by path and line. */
export interface JsonlRecord {
  content: string;
  url?: string;
  /** The record's own "id" (a string or a number), when it has one. */
  id?: string;
}

export interface JsonlContext {
  path: string;
  stem: string;
  lineNo: number;
  maxBytes: number;
  /** The source of a record, when "path#line" names nothing that lasts (standard input). */
  source?: (record: JsonlRecord) => Source;
}

/** One JSONL line → RawDoc, or a failure saying what is wrong with it. */
export function parseJsonlLine(line: string, ctx: JsonlContext): ReadResult {
  const where = `${ctx.path} line ${ctx.lineNo}`;
  const bytes = Buffer.byteLength(line);
  if (bytes > ctx.maxBytes) return failure(where, overLimit(bytes, ctx.maxBytes), 'size-limit');
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return failure(where, `invalid JSON (${errorMessage(err)})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return failure(where, `expected a JSON object, got ${Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'null' : `a ${typeof value}`}`);
  // NUL is not text: PostgreSQL cannot store it and no article needs it. Removed from every field.
  const obj = withoutNulChars(value as Record<string, unknown>);
  for (const key of [...OPTIONAL_STRINGS, 'html', 'text'] as const) {
    if (obj[key] !== undefined && obj[key] !== null && typeof obj[key] !== 'string')
      return failure(where, `field "${key}" must be a string, got ${describe(obj[key])}`);
  }
  const authors = obj.authors;
  if (authors !== undefined && authors !== null) {
    const list = typeof authors === 'string' ? [authors] : authors;
    if (!Array.isArray(list) || !list.every((a) => typeof a === 'string'))
      return failure(where, `field "authors" must be a list of strings, got ${describe(authors)}`);
  }
  const html = typeof obj.html === 'string' && obj.html.trim() ? obj.html : null;
  const text = typeof obj.text === 'string' && obj.text.trim() ? obj.text : null;
  if (html === null && text === null) return failure(where, 'neither "html" nor "text" has content');
  const url = typeof obj.url === 'string' && obj.url ? obj.url : undefined;
  const hints: RawDoc['hints'] = {};
  if (typeof obj.title === 'string' && obj.title.trim()) hints.title = obj.title.trim();
  if (url) hints.url = url;
  if (typeof obj.published === 'string' && obj.published.trim()) hints.published = obj.published.trim();
  const authorList = (typeof authors === 'string' ? [authors] : (authors as string[] | undefined) ?? [])
    .map((a) => a.trim())
    .filter(Boolean);
  if (authorList.length) hints.authors = authorList;
  const content = html ?? text!;
  const id = recordId(obj.id);
  return {
    ok: true,
    raw: {
      source: ctx.source
        ? ctx.source({ content, ...(url ? { url } : {}), ...(id ? { id } : {}) })
        : { kind: 'jsonl', location: `${ctx.path}#${ctx.lineNo}`, name: `${ctx.stem}-${ctx.lineNo}`, ...(url ? { url } : {}) },
      format: html !== null ? 'html' : 'text',
      content,
      encoding: 'utf-8',
      hints,
    },
  };
}

/** A record's "id": a string that is not blank, or a finite number; anything else is no id (and no failure). */
function recordId(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'string' && v.trim() && !/[\r\n]/.test(v)) return v.trim();
  return undefined;
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v).slice(0, 40)}`;
}

function withoutNulChars(obj: Record<string, unknown>): Record<string, unknown> {
  const clean = (v: unknown): unknown => (typeof v === 'string' ? v.replace(/\u0000/g, '') : Array.isArray(v) ? v.map(clean) : v);
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, clean(v)]));
}
