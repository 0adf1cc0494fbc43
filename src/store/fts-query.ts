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
