// URLs, e-mail addresses, @handles and #tags: kept whole as one token each.

import { classOf, isLetterClass, isWordClass, NEWLINE, SPACE } from './chars.js';

export function isBlankAt(text: string, i: number): boolean {
  const cls = classOf(text.charCodeAt(i));
  return cls === SPACE || cls === NEWLINE;
}

/** End of the domain of an e-mail address whose "@" is just before i; 0 if it is not one. */
export function emailDomainEnd(text: string, i: number): number {
  const n = text.length;
  let dots = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = classOf(c);
    if (isWordClass(cls)) i++;
    else if ((c === 0x2e || c === 0x2d) && isWordClass(classOf(text.charCodeAt(i + 1)))) {
      if (c === 0x2e) dots++;
      i++;
    } else break;
  }
  return dots > 0 ? i : 0;
}

function lower(text: string, i: number): number {
  return text.charCodeAt(i) | 32;
}

/** Length of "http://", "https://", "ftp://" or "www." at i when a URL follows; else 0. */
export function urlPrefix(text: string, i: number): number {
  const a = lower(text, i);
  if (a === 0x68 && lower(text, i + 1) === 0x74 && lower(text, i + 2) === 0x74 && lower(text, i + 3) === 0x70) {
    let j = i + 4;
    if (lower(text, j) === 0x73) j++;
    if (text.startsWith('://', j) && !isBlankAt(text, j + 3)) return j + 3 - i;
    return 0;
  }
  if (a === 0x66 && lower(text, i + 1) === 0x74 && lower(text, i + 2) === 0x70 && text.startsWith('://', i + 3) && !isBlankAt(text, i + 6)) return 6;
  if (a === 0x77 && lower(text, i + 1) === 0x77 && lower(text, i + 2) === 0x77 && text.charCodeAt(i + 3) === 0x2e && isWordClass(classOf(text.charCodeAt(i + 4)))) return 4;
  return 0;
}

/** Characters that cannot be inside a URL in running text. */
function stopsUrl(c: number): boolean {
  return c === 0x3c || c === 0x3e || c === 0x22 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x2018 || c === 0x2019 || c === 0x7c || c === 0x5e || c === 0x60 || c === 0x7b || c === 0x7d || c === 0x5c;
}

/** Trailing characters that belong to the sentence rather than the URL. */
function trailsUrl(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x27 || c === 0x2a;
}

export function urlEnd(text: string, start: number, prefix: number): number {
  const n = text.length;
  let i = start + prefix;
  let open = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = classOf(c);
    if (cls === SPACE || cls === NEWLINE || stopsUrl(c)) break;
    if (c === 0x28) open++;
    else if (c === 0x29) {
      if (open === 0) break;
      open--;
    }
    i++;
  }
  while (i > start + prefix && trailsUrl(text.charCodeAt(i - 1))) i--;
  return i;
}

export function isHandleStart(c: number, next: number): boolean {
  const cls = classOf(next);
  return c === 0x40 ? isWordClass(cls) : isLetterClass(cls);
}

export function handleEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n && isWordClass(classOf(text.charCodeAt(i)))) i++;
  return i;
}
