// Turns what a user types into a safe FTS5 query: words are ANDed, "quoted phrases" kept,
// OR kept; FTS5 syntax characters in plain words cannot break the query.

export function toFtsQuery(input: string): string {
  const parts: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(input))) {
    if (m[1] !== undefined) {
      const words = m[1].match(/[\p{L}\p{N}]+/gu);
      if (words) parts.push(`"${words.join(' ')}"`);
    } else if (m[2] === 'OR' && parts.length > 0) {
      parts.push('OR');
    } else {
      const words = m[2].match(/[\p{L}\p{N}]+/gu);
      if (words) parts.push(...words.map((w) => `"${w}"`));
    }
  }
  while (parts.at(-1) === 'OR') parts.pop();
  return parts.join(' ');
}

/** The same query language for PostgreSQL's to_tsquery: words ANDed, phrases with <->, OR as |. */
export function toTsQuery(input: string): string {
  const parts: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  const lexeme = (w: string) => `'${w.toLowerCase()}'`;
  while ((m = re.exec(input))) {
    if (m[1] !== undefined) {
      const words = m[1].match(/[\p{L}\p{N}]+/gu);
      if (words) parts.push(`(${words.map(lexeme).join(' <-> ')})`);
    } else if (m[2] === 'OR' && parts.length > 0 && parts.at(-1) !== '|') {
      parts.push('|');
    } else {
      const words = m[2].match(/[\p{L}\p{N}]+/gu);
      if (words) parts.push(words.length > 1 ? `(${words.map(lexeme).join(' <-> ')})` : lexeme(words[0]));
    }
  }
  while (parts.at(-1) === '|') parts.pop();
  // Join with & except around |.
  const out: string[] = [];
  for (const p of parts) {
    if (out.length && p !== '|' && out.at(-1) !== '|') out.push('&');
    out.push(p);
  }
  return out.join(' ');
}
