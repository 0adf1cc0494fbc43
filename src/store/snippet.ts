// Search snippets built here rather than by the engine: FTS5's snippet() and PostgreSQL's
// ts_headline() cost grows faster than linearly with the matches in a document, so one long,
// repetitive document could hold a search (and the server's event loop) for minutes. This scan
// is bounded: it stops after a fixed number of matches or characters, whichever comes first.

/** Matches looked at before choosing a window. */
const MAX_MATCHES_SCANNED = 400;
/** Characters scanned at most; a match after them is not shown (the hit still counts). */
const MAX_CHARS_SCANNED = 1_000_000;
/** Words shown around the best match, as FTS5's snippet(…, 24) did. */
const WINDOW_WORDS = 24;

interface WordAt {
  start: number;
  end: number;
  match: number; // index of the query word, -1 when none
  paragraph: number; // counts line breaks passed since the first word read
}

/** Lower case without diacritics: how both engines' tokenizers compare words. */
export function foldWord(w: string): string {
  return w.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * A window of about WINDOW_WORDS words around the part of the text with the most distinct query
 * words, with every query word wrapped in the markers; "…" where the text is cut. Given the title
 * the text starts with (on its own line), the window is taken from the body when the body holds a
 * query word: a search hit shows its title already. `terms` are the query's words and phrases as
 * typed (queryTerms); without them every word counts as typed alone.
 */
export function buildSnippet(text: string, words: string[], marks: [string, string] = ['[', ']'], title?: string, terms: string[][] = []): string {
  const wanted = new Map(words.map((w, i) => [foldWord(w), i]));
  // Prefix words (smuggl*) match every word they begin.
  const prefixes = words.map((w, i) => [foldWord(w.slice(0, -1)), i] as const).filter((_, i) => words[i].endsWith('*'));
  const wordMatch = (word: string) => {
    const f = foldWord(word);
    return wanted.get(f) ?? prefixes.find(([p]) => f.startsWith(p))?.[1] ?? -1;
  };
  // A word searched only inside a "phrase" matches only where the phrase stands whole: "market" of
  // "market in Goma" marked in "a market in eastern Congo" showed a passage the search did not find.
  // The same word also typed alone (market "market in Goma") is searched everywhere, so marked everywhere.
  const phrases = terms.filter((t) => t.length > 1);
  const typedAlone = new Set(terms.filter((t) => t.length === 1).map((t) => t[0]));
  const loose = new Set(words.filter((w) => typedAlone.has(w) || !phrases.some((p) => p.includes(w))));
  const inPhrases = phrases.length ? phraseWordStarts(text, phrases.map((p) => p.map(foldWord))) : null;
  const matchOf = (word: string, at: number) => {
    const i = wordMatch(word);
    return i < 0 || !inPhrases || loose.has(words[i]) || inPhrases.has(at) ? i : -1;
  };
  let from = bodyStart(text, title);
  let best = bestWindow(text, from, matchOf, wanted.size);
  if (best.distinct === 0 && from > 0) best = bestWindow(text, (from = 0), matchOf, wanted.size);
  const shown = keepToOneParagraph(text, from, best.startWord, matchOf);
  if (shown.length === 0) return '';
  const [first, last] = wholeBrackets(text, shown);
  let out = '';
  let at = first;
  const re = /[\p{L}\p{N}]+/gu;
  re.lastIndex = first;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < last) {
    if (matchOf(m[0], m.index) < 0) continue;
    out += text.slice(at, m.index) + marks[0] + m[0] + marks[1];
    at = m.index + m[0].length;
  }
  out += text.slice(at, last);
  const before = first > 0 && /\S/.test(text.slice(0, first));
  const after = /\S/.test(text.slice(last));
  return (before ? '… ' : '') + out.replace(/\s+/g, ' ') + (after ? ' …' : '');
}

/** Where each word of a whole occurrence of one of `phrases` (folded words; a last word ending in
 *  "*" a prefix) starts, over the characters a snippet scans. */
function phraseWordStarts(text: string, phrases: string[][]): Set<number> {
  const starts = new Set<number>();
  const longest = Math.max(...phrases.map((p) => p.length));
  const recent: Array<{ word: string; at: number }> = [];
  const re = /[\p{L}\p{N}]+/gu;
  const limit = Math.min(text.length, MAX_CHARS_SCANNED);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < limit) {
    recent.push({ word: foldWord(m[0]), at: m.index });
    if (recent.length > longest) recent.shift();
    for (const p of phrases) {
      if (p.length > recent.length) continue;
      const tail = recent.slice(recent.length - p.length);
      const same = p.every((w, i) => (w.endsWith('*') ? tail[i].word.startsWith(w.slice(0, -1)) : tail[i].word === w));
      if (same) for (const t of tail) starts.add(t.at);
    }
  }
  return starts;
}

/** Where the body begins when the text starts with the title on a line of its own; else 0. */
function bodyStart(text: string, title: string | undefined): number {
  const t = title?.trim();
  if (!t || !text.startsWith(t)) return 0;
  const gap = /^[^\S\n]*\n\s*/.exec(text.slice(t.length));
  return gap ? t.length + gap[0].length : 0;
}

/** The start (in words from `from`) of the WINDOW_WORDS-word window with the most distinct query words. */
function bestWindow(text: string, from: number, matchOf: (word: string, at: number) => number, wantedSize: number): { startWord: number; distinct: number } {
  const re = /[\p{L}\p{N}]+/gu;
  re.lastIndex = from;
  const limit = Math.min(text.length, MAX_CHARS_SCANNED);
  // The last WINDOW_WORDS words seen: the best window is where they hold the most distinct query words.
  const recent: Array<{ index: number; match: number }> = [];
  let best = { startWord: 0, distinct: 0 };
  let matches = 0;
  let index = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < limit && matches < MAX_MATCHES_SCANNED) {
    const match = matchOf(m[0], m.index);
    recent.push({ index, match });
    if (recent.length > WINDOW_WORDS) recent.shift();
    if (match >= 0) {
      matches++;
      const hits = recent.filter((w) => w.match >= 0);
      const distinct = new Set(hits.map((w) => w.match)).size;
      if (distinct > best.distinct) {
        const centre = Math.floor((hits[0].index + index) / 2);
        best = { startWord: Math.max(0, centre - Math.floor(WINDOW_WORDS / 2)), distinct };
      }
      if (distinct === wantedSize) break; // cannot do better
    }
    index++;
  }
  return best;
}

/**
 * The WINDOW_WORDS words shown, from the window that starts at word startWord (counted from offset), kept to one
 * paragraph (a line of the stored text): a window across a line break ran the headline into the
 * dateline as if one sentence. The paragraph kept is the one with the most distinct query words in
 * the window; the window slides within it to stay full where the paragraph allows.
 */
function keepToOneParagraph(text: string, offset: number, startWord: number, matchOf: (word: string, at: number) => number): WordAt[] {
  const re = /[\p{L}\p{N}]+/gu;
  re.lastIndex = offset;
  // Read a window's width either side, enough to slide a full window around the matches.
  const from = Math.max(0, startWord - WINDOW_WORDS);
  for (let i = 0; i < from && re.exec(text); i++);
  const words: WordAt[] = [];
  let paragraph = 0;
  let m: RegExpExecArray | null;
  while (words.length < startWord - from + 2 * WINDOW_WORDS && (m = re.exec(text))) {
    const prev = words[words.length - 1];
    if (prev && text.slice(prev.end, m.index).includes('\n')) paragraph++;
    words.push({ start: m.index, end: m.index + m[0].length, match: matchOf(m[0], m.index), paragraph });
  }
  const window = words.slice(startWord - from, startWord - from + WINDOW_WORDS);
  if (window.length === 0) return [];
  const found = new Map<number, Set<number>>();
  for (const w of window) {
    if (w.match < 0) continue;
    const seen = found.get(w.paragraph) ?? new Set<number>();
    found.set(w.paragraph, seen.add(w.match));
  }
  let kept = window[0].paragraph;
  for (const [p, seen] of found) if (seen.size > (found.get(kept)?.size ?? 0)) kept = p;
  const inParagraph = words.filter((w) => w.paragraph === kept);
  const hits = window.filter((w) => w.paragraph === kept && w.match >= 0);
  const anchors = hits.length ? hits : window.filter((w) => w.paragraph === kept);
  const firstAt = inParagraph.indexOf(anchors[0]);
  const lastAt = inParagraph.indexOf(anchors[anchors.length - 1]);
  const centre = hits.length ? Math.floor((firstAt + lastAt) / 2) : firstAt + Math.floor(WINDOW_WORDS / 2);
  const start = Math.max(0, Math.min(centre - Math.floor(WINDOW_WORDS / 2), inParagraph.length - WINDOW_WORDS));
  return inParagraph.slice(start, start + WINDOW_WORDS);
}

/** How far a snippet reaches past its words to take in a bracket it cuts: "… (Audiencia Nacional)". */
const BRACKET_REACH = 60;
const OPENERS = '([';
const CLOSERS = ')]';

/**
 * The character range shown for the words `shown`, moved so that it neither starts nor ends inside
 * brackets: a window starting at "Nacional) approved" or ending at "Court (Audiencia" read as
 * broken text. A bracket opened shortly before the first word (or closed shortly after the last) is
 * taken in; else the snippet starts after the closing bracket or ends before the opening one,
 * where that drops no query word.
 */
function wholeBrackets(text: string, shown: WordAt[]): [number, number] {
  let first = shown[0].start;
  let last = shown[shown.length - 1].end;
  const lineStart = Math.max(text.lastIndexOf('\n', first - 1) + 1, first - 4 * BRACKET_REACH);
  const opener = unclosedOpener(text, lineStart, first);
  if (opener >= 0) {
    const closer = closerAfter(text, first, last);
    if (first - opener <= BRACKET_REACH) first = opener;
    else if (closer >= 0 && !shown.some((w) => w.match >= 0 && w.start < closer)) {
      const next = shown.find((w) => w.start > closer);
      if (next) first = next.start;
    }
  }
  const open = unclosedOpener(text, first, last);
  if (open >= 0) {
    const line = text.indexOf('\n', last);
    const closer = closerAfter(text, last, Math.min(last + BRACKET_REACH, line < 0 ? text.length : line));
    if (closer >= 0) last = closer + 1;
    else if (!shown.some((w) => w.match >= 0 && w.start > open)) {
      const before = shown.filter((w) => w.end <= open);
      if (before.length) last = before[before.length - 1].end;
    }
  }
  return [first, last];
}

/** The last bracket opened in [from, to) and not closed before `to`; -1 when none. */
function unclosedOpener(text: string, from: number, to: number): number {
  const open: number[] = [];
  for (let i = from; i < to; i++) {
    if (OPENERS.includes(text[i])) open.push(i);
    else if (CLOSERS.includes(text[i])) open.pop();
  }
  return open.length ? open[open.length - 1] : -1;
}

/** The first bracket in [from, to) that closes one opened before `from`; -1 when none. */
function closerAfter(text: string, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    if (OPENERS.includes(text[i])) depth++;
    else if (CLOSERS.includes(text[i])) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}
