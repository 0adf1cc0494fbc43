// The words around a mention on an entity page. They stay in the mention's paragraph: read across
// a line break, a headline ran into the dateline below it ("… hospital sources say KINSHASA,
// February 14.") and one paragraph's last sentence into the next's first, with no break shown.

/** Characters of context taken on each side at most. */
export const CONTEXT_CHARS = 90;

/** The text before and after [start, end), within its paragraph, cut at a word with "…" where cut. */
export function mentionContext(text: string, start: number, end: number): { before: string; after: string } {
  return { before: clipStart(text.slice(Math.max(0, start - CONTEXT_CHARS), start)), after: clipEnd(text.slice(end, end + CONTEXT_CHARS)) };
}

function clipStart(s: string): string {
  const nl = s.lastIndexOf('\n');
  if (nl >= 0) return s.slice(nl + 1).trimStart();
  const i = s.search(/\s/);
  return s.length >= CONTEXT_CHARS && i >= 0 ? '…' + s.slice(i + 1) : s;
}

function clipEnd(s: string): string {
  const nl = s.indexOf('\n');
  if (nl >= 0) return s.slice(0, nl).trimEnd();
  const i = s.lastIndexOf(' ');
  return s.length >= CONTEXT_CHARS && i > 0 ? s.slice(0, i) + '…' : s;
}
