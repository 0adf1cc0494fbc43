// Turns what a user types into a safe FTS5 query: words are ANDed, "quoted phrases" kept,
// OR kept, a trailing * makes a word a prefix (smuggl*), a leading - excludes a word or phrase
// (-attack); FTS5 syntax characters in plain words cannot break the query.

interface Parsed {
  /** Positive parts ("word", "a phrase", "prefix"*, OR) in order. */
  parts: string[];
  /** Excluded words and phrases. */
  excluded: string[][];
}

/** Splits the input into parts; `term` renders one word or phrase (words) as the engine wants it. */
function parse(input: string, term: (words: string[], prefix: boolean) => string, or: string): Parsed {
  const parts: string[] = [];
  const excluded: string[][] = [];
  const re = /(-?)"([^"]*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(input))) {
    if (m[2] !== undefined) {
      const words = m[2].match(/[\p{L}\p{N}]+/gu);
      if (!words) continue;
      if (m[1] === '-') excluded.push(words);
      else parts.push(term(words, false));
    } else if (m[3] === 'OR' && parts.length > 0 && parts.at(-1) !== or) {
      parts.push(or);
    } else {
      const raw = m[3];
      const words = raw.match(/[\p{L}\p{N}]+/gu);
      if (!words) continue;
      if (raw.startsWith('-') && raw.length > 1) excluded.push(words);
      else if (/[\p{L}\p{N}]\*$/u.test(raw)) parts.push(...words.slice(0, -1).map((w) => term([w], false)), term([words.at(-1)!], true));
      else parts.push(...words.map((w) => term([w], false)));
    }
  }
  while (parts.at(-1) === or) parts.pop();
  return { parts, excluded };
}

export function toFtsQuery(input: string): string {
  const { parts, excluded } = parse(input, (words, prefix) => `"${words.join(' ')}"${prefix ? '*' : ''}`, 'OR');
  // FTS5's NOT needs something to subtract from: exclusions alone match nothing.
  if (!parts.length) return '';
  const positive = parts.join(' ');
  return excluded.length ? `(${positive}) NOT (${excluded.map((w) => `"${w.join(' ')}"`).join(' OR ')})` : positive;
}

/** The same query language for PostgreSQL's to_tsquery: words ANDed, phrases with <->, OR as |,
 *  prefixes as :*, exclusions as !. */
export function toTsQuery(input: string): string {
  const lexeme = (w: string) => `'${w.toLowerCase()}'`;
  const phrase = (words: string[]) => (words.length > 1 ? `(${words.map(lexeme).join(' <-> ')})` : lexeme(words[0]));
  const { parts, excluded } = parse(input, (words, prefix) => (prefix ? `${lexeme(words[0])}:*` : phrase(words)), '|');
  if (!parts.length) return '';
  // Join with & except around |.
  const out: string[] = [];
  for (const p of parts) {
    if (out.length && p !== '|' && out.at(-1) !== '|') out.push('&');
    out.push(p);
  }
  const positive = out.join(' ');
  return excluded.length ? `(${positive}) & ${excluded.map((w) => `!${phrase(w)}`).join(' & ')}` : positive;
}
