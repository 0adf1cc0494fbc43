// Reuters-21578 SGML: many <REUTERS> records per file. Streamed record by record with plain
// string scanning (no DOM), so a 1.3 MB file costs a few milliseconds and little memory.
import { createReadStream } from 'node:fs';
import type { RawDoc } from '../../types.js';
import iconv from 'iconv-lite';
import { decodeBytes } from './decode.js';
import { describeFsError, failure, overLimit } from './messages.js';
import type { ReadResult } from './index.js';

const OPEN = Buffer.from('<REUTERS');
const CLOSE = Buffer.from('</REUTERS>');
const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/** Reads every record of a Reuters SGML file; records with neither BODY nor TITLE are skipped. */
export async function* readSgmlFile(path: string, stem: string, maxBytes: number): AsyncGenerator<ReadResult> {
  let carry: Buffer = Buffer.alloc(0);
  let found = 0;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      carry = carry.length ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
      let pos = 0;
      for (;;) {
        const start = carry.indexOf(OPEN, pos);
        if (start < 0) {
          pos = Math.max(pos, carry.length - OPEN.length); // keep a possible partial "<REUTERS"
          break;
        }
        const end = carry.indexOf(CLOSE, start);
        if (end < 0) {
          pos = start;
          break;
        }
        pos = end + CLOSE.length;
        found++;
        const result = recordResult(carry.subarray(start, pos), path, stem, maxBytes);
        if (result) yield result;
      }
      carry = pos > 0 ? Buffer.from(carry.subarray(pos)) : carry;
      if (carry.length > maxBytes) {
        yield failure(path, `SGML record ${overLimit(carry.length, maxBytes, true)}`, 'size-limit');
        carry = Buffer.alloc(0);
      }
    }
  } catch (err) {
    yield failure(path, describeFsError(err));
    return;
  }
  if (found === 0) yield failure(path, 'no <REUTERS> records found (not a Reuters-21578 SGML file?)');
}

function recordResult(bytes: Buffer, path: string, stem: string, maxBytes: number): ReadResult | null {
  const record = decodeRecord(bytes);
  const newId = /NEWID="(\d+)"/.exec(record.text.slice(0, 300))?.[1] ?? '?';
  if (bytes.length > maxBytes) return failure(`${path}#${newId}`, `SGML record ${overLimit(bytes.length, maxBytes)}`, 'size-limit');
  const raw = parseReutersRecord(record.text, { path, stem, encoding: record.encoding });
  return raw ? { ok: true, raw } : null;
}

/** The files are ASCII; a stray byte (reut2-017 has one 0xFC) makes the record windows-1252 or what detection says. */
function decodeRecord(bytes: Buffer): { text: string; encoding: string } {
  try {
    return { text: utf8Strict.decode(bytes), encoding: 'utf-8' };
  } catch {
    const d = decodeBytes(bytes);
    return d.encoding === 'utf-8' ? { text: iconv.decode(bytes, 'windows-1252'), encoding: 'windows-1252' } : d;
  }
}

function between(s: string, open: string, close: string): string | null {
  const a = s.indexOf(open);
  if (a < 0) return null;
  const b = s.indexOf(close, a + open.length);
  return b < 0 ? null : s.slice(a + open.length, b);
}

const ENTITY = /&(#\d+|#x[0-9a-f]+|lt|gt|amp|quot|apos);/gi;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
// Control characters other than tab and newline (the wire's &#2; &#3; &#5; … markers).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** Decodes SGML entities and drops control characters. */
export function decodeSgmlText(s: string): string {
  const decoded = s.includes('&')
    ? s.replace(ENTITY, (_, e: string) => {
        if (e[0] !== '#') return NAMED[e.toLowerCase()];
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      })
    : s;
  return decoded.replace(CONTROL, '');
}

/**
 * Joins the wire's hard-wrapped lines: continuation lines start in column 0, while paragraphs
 * (indented 4) and table rows (indented 1+) start with a blank, so each of those is kept apart.
 */
export function reflowWireText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .split(/\n(?=[ \t]|\n)/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').replace(/[ \t]+/g, ' ').trim())
    .filter((p) => p.length > 0)
    .join('\n\n');
}

const MONTHS: Record<string, string> = {
  JAN: '01', FEB: '02', MAR: '03', APR: '04', MAY: '05', JUN: '06',
  JUL: '07', AUG: '08', SEP: '09', OCT: '10', NOV: '11', DEC: '12',
};

/** "26-FEB-1987 15:01:01.79" → "1987-02-26". */
export function reutersDate(s: string): string | undefined {
  const m = /(\d{1,2})-([A-Za-z]{3})-(\d{4})/.exec(s);
  const month = m && MONTHS[m[2].toUpperCase()];
  return m && month ? `${m[3]}-${month}-${m[1].padStart(2, '0')}` : undefined;
}

/**
 * One <REUTERS> record → RawDoc with format 'text'. Content is the dateline followed by the body
 * (the title is in hints.title, not in content); the closing "Reuter" sign-off is dropped. A record
 * without BODY uses its TITLE as the text; one with neither gives null.
 */
export function parseReutersRecord(
  record: string,
  ctx: { path: string; stem: string; encoding: string },
): RawDoc | null {
  const newId = /NEWID="(\d+)"/.exec(record)?.[1] ?? '?';
  const title = clean(between(record, '<TITLE>', '</TITLE>'));
  const dateline = clean(between(record, '<DATELINE>', '</DATELINE>'));
  const rawBody = between(record, '<BODY>', '</BODY>');
  const body = rawBody === null ? '' : reflowWireText(decodeSgmlText(rawBody)).replace(/\s*\bReuter\s*$/, '');
  let content: string;
  if (body) content = dateline ? `${dateline} ${body}` : body;
  else if (title) content = title;
  else return null;
  const published = reutersDate(between(record, '<DATE>', '</DATE>') ?? '');
  const hints: RawDoc['hints'] = {};
  if (title) hints.title = title;
  if (dateline) hints.dateline = dateline;
  if (published) hints.published = published;
  return {
    source: { kind: 'sgml', location: `${ctx.path}#${newId}`, name: `${ctx.stem}-${newId}` },
    format: 'text',
    content,
    encoding: ctx.encoding,
    hints,
  };
}

function clean(s: string | null): string {
  return s === null ? '' : decodeSgmlText(s).replace(/\s+/g, ' ').trim();
}
