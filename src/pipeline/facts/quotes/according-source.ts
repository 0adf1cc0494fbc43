// "According to the report, the firm lost money": the source of "according to" is the phrase
// after it up to its comma, and the words after that comma begin what the report says. The role
// tagger sometimes runs the source on to the content's own subject ("the report, the firm"),
// which then names the speaker by two phrases and leaves the content without its subject.
import type { AttributionTokens } from './tokens.js';

type Range = { from: number; to: number };

/**
 * For an "according to" cue whose source runs past a comma right up to its content, the source
 * cut at its last comma and the words after it given back to the content; otherwise unchanged.
 */
export function accordingSource(v: AttributionTokens, cue: Range, source: Range | null, content: Range[]): { source: Range | null; content: Range[] } {
  const unchanged = { source, content };
  if (!source || v.low[cue.from] !== 'according' || source.from !== cue.to || !content.length) return unchanged;
  const first = content[0];
  if (first.from !== source.to) return unchanged;
  let comma = -1;
  for (let i = source.from + 1; i < source.to - 1; i++) if (v.low[i] === ',') comma = i;
  if (comma < 0 || v.tokens[comma].sentence !== v.tokens[first.from].sentence) return unchanged;
  return { source: { from: source.from, to: comma }, content: [{ from: comma + 1, to: first.to }, ...content.slice(1)] };
}
