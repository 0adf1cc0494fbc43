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
}

/** Lower case without diacritics: how both engines' tokenizers compare words. */
export function foldWord(w: string): string {
  return w.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * A window of about WINDOW_WORDS words around the part of the text with the most distinct query
 * words, with every query word wrapped in the markers; "…" where the text is cut.
 */
export function buildSnippet(text: string, words: string[], marks: [string, string] = ['[', ']']): string {
  const wanted = new Map(words.map((w, i) => [foldWord(w), i]));
  // Prefix words (smuggl*) match every word they begin.
  const prefixes = words.map((w, i) => [foldWord(w.slice(0, -1)), i] as const).filter((_, i) => words[i].endsWith('*'));
  const matchOf = (word: string) => {
    const f = foldWord(word);
    return wanted.get(f) ?? prefixes.find(([p]) => f.startsWith(p))?.[1] ?? -1;
  };
  const re = /[\p{L}\p{N}]+/gu;
  const limit = Math.min(text.length, MAX_CHARS_SCANNED);
  // The last WINDOW_WORDS words seen: the best window is where they hold the most distinct query words.
  const recent: Array<{ index: number; match: number }> = [];
  let best = { startWord: 0, distinct: 0 };
  let matches = 0;
  let index = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < limit && matches < MAX_MATCHES_SCANNED) {
    const match = matchOf(m[0]);
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
      if (distinct === wanted.size) break; // cannot do better
    }
    index++;
  }
  // Read the chosen window: skip to its first word, then take WINDOW_WORDS words.
  re.lastIndex = 0;
  for (let i = 0; i < best.startWord && re.exec(text); i++);
  const shown: WordAt[] = [];
  while (shown.length < WINDOW_WORDS && (m = re.exec(text))) {
    shown.push({ start: m.index, end: m.index + m[0].length, match: matchOf(m[0]) });
  }
  if (shown.length === 0) return '';
  const first = shown[0].start;
  const last = shown[shown.length - 1].end;
  let out = '';
  let at = first;
  for (const w of shown) {
    if (w.match < 0) continue;
    out += text.slice(at, w.start) + marks[0] + text.slice(w.start, w.end) + marks[1];
    at = w.end;
  }
  out += text.slice(at, last);
  const before = first > 0 && /\S/.test(text.slice(0, first));
  const after = /\S/.test(text.slice(last));
  return (before ? '… ' : '') + out.replace(/\s+/g, ' ') + (after ? ' …' : '');
}
