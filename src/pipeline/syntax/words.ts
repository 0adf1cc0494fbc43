// Segment tokens → UD words. The segmenter already splits clitics ("do|n't", "Russia|'s");
// here the model's learned splits ("cannot" → can|not) and hyphenated compounds
// ("long-term" → long|-|term, but "anti-war" stays whole) are split by offsets, so every
// word is still an exact span of the text.
import type { Span } from '../../types.js';
import type { SyntaxModel } from './model.js';

export interface WordPiece extends Span {
  /** Index of the (first) token the piece comes from. */
  token: number;
  /** The form the model reads, where it differs from the span's text ("re-signed" for "re - signed"). */
  form?: string;
}

const MAX_SPLIT_LENGTH = 40;

/** Appends the words of token `index` (covering text[start, end)) to out. */
export function splitToken(model: Pick<SyntaxModel, 'splits' | 'hyphenPrefixes'>, text: string, index: number, start: number, end: number, out: WordPiece[]): void {
  const form = text.slice(start, end);
  const pieces = model.splits.get(form.toLowerCase());
  if (pieces) {
    let at = start;
    for (const p of pieces) {
      out.push({ start: at, end: at + p.length, token: index });
      at += p.length;
    }
    return;
  }
  if (form.length > 2 && form.length <= MAX_SPLIT_LENGTH && form.includes('-') && !form.includes('://') && !form.includes('@')) {
    splitHyphens(model.hyphenPrefixes, form, start, index, out);
    return;
  }
  out.push({ start, end, token: index });
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

function splitHyphens(prefixes: Set<string>, form: string, offset: number, index: number, out: WordPiece[]): void {
  let from = 0;
  for (let i = 1; i < form.length - 1; i++) {
    if (form[i] !== '-' || !isWordChar(form[i - 1]) || !isWordChar(form[i + 1])) continue;
    if (from === 0 && prefixes.has(form.slice(0, i).toLowerCase())) continue;
    out.push({ start: offset + from, end: offset + i, token: index });
    out.push({ start: offset + i, end: offset + i + 1, token: index });
    from = i + 1;
  }
  out.push({ start: offset + from, end: offset + form.length, token: index });
}
