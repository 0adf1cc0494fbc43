// Decides what a single line break means. In hard-wrapped text (wire copy,
// Reuters SGML, e-mail) a newline is just a space; in everything else a
// newline ends a paragraph or a heading and therefore a sentence.

import { classOf, LOWER } from './chars.js';
import { writesTokensApart } from './spaced-hyphens.js';

export interface Layout {
  /** Lines are wrapped at a fixed width; single newlines continue the paragraph. */
  wrapped: boolean;
  /** In wrapped text, a line shorter than this ends its paragraph. */
  shortLine: number;
  /** The text arrives tokenised, every token set apart by a space ("did n't", "the mayor 's"): see spaced-hyphens.ts. */
  tokensApart: boolean;
}

const WRAP_MAX = 100;
const WRAP_MIN = 40;

function isLineFinal(code: number): boolean {
  // . ! ? : " ” » ) …
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3a || code === 0x22 || code === 0x201d || code === 0xbb || code === 0x29 || code === 0x2026;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0xa0;
}

export function detectLayout(text: string): Layout {
  let nonEmpty = 0;
  let long = 0;
  let medium = 0;
  let mediumOpen = 0;
  let width = 0;
  /** Lines starting in lower case right after an unfinished line: a strong sign of wrapping. */
  let continuations = 0;
  let prevOpen = false;
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = n;
    let a = pos;
    let b = eol;
    while (a < b && isBlank(text.charCodeAt(a))) a++;
    while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
    const len = b - a;
    if (len === 0) prevOpen = false;
    if (len > 0) {
      nonEmpty++;
      if (prevOpen && classOf(text.charCodeAt(a)) === LOWER) continuations++;
      prevOpen = !isLineFinal(text.charCodeAt(b - 1));
      if (len > WRAP_MAX) long++;
      else if (len >= WRAP_MIN) {
        medium++;
        if (len > width) width = len;
        if (!isLineFinal(text.charCodeAt(b - 1))) mediumOpen++;
      }
    }
    pos = eol + 1;
  }
  const wrapped = (mediumOpen >= 3 || (mediumOpen >= 2 && continuations > 0)) && mediumOpen >= 0.3 * nonEmpty && long <= 0.05 * nonEmpty;
  return { wrapped, shortLine: Math.round(width * 0.6), tokensApart: writesTokensApart(text) };
}
