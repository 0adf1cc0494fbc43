// "AMHERST, N.Y. (AP) --", "LONDON (AFP) _": the agency a wire dateline credits in brackets
// between the town and the dash is an organisation. The tagger sees the bracketed initials with
// no context and may pass over them ("AP" is also a common abbreviation, which later passes drop),
// so the shape adds them.
import type { Mention } from '../../types.js';

/** At a line's start: the town in capitals, an optional ", State", the credit's initials in brackets, a dash. */
const DATELINE_CREDIT = /^[ \t]*\p{Lu}[\p{Lu}.'’ -]*(?:,[ \t]*\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*)?)?[ \t]+\([ \t]?(\p{Lu}{2,6})[ \t]?\)[ \t]*(?:--|[-_–—])/gmu;

/** How far into the text a dateline may start. */
const OPENING = 400;

/** The mentions with each dateline's bracketed agency initials added as an organisation where untagged. */
export function addDatelineCredits(text: string, mentions: Mention[]): Mention[] {
  const added: Mention[] = [];
  for (const r of text.matchAll(DATELINE_CREDIT)) {
    // a dateline opens the story, after its headline at most
    if (r.index > OPENING) break;
    const start = r.index + r[0].lastIndexOf(r[1]);
    const end = start + r[1].length;
    if (mentions.some((m) => m.start < end && start < m.end)) continue;
    added.push({ start, end, type: 'ORG', text: r[1], typeSettled: true });
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
}
