// "the Philadelphia 76ers", "the 49ers": a club named for a year its people are of (a numeral made a
// plural of people with "-ers") has the one kind of name that opens with digits. The tagger, which
// learned names from words that open with capitals, never reads it as one, so it tags "Philadelphia"
// a place (or the team, by the town's name) and leaves the club out. A two-digit numeral with "-ers"
// is no quantity, date or common noun in news text; after its town's name (one space apart) the two are the club's full name, and
// alone ("the 76ers' coach") it is the club. The full name's type is settled, so votes over the
// corpus leave it; the nickname alone is left to resolution, which ties it to the article's full name.
import type { Mention } from '../../types.js';

/** A two-digit numeral with "-ers", a word of its own ("76ers", "49ers'"; not "1760ers" or "A76ers"). */
const YEAR_NAMED = /(?<![\p{L}\p{N}.,'-])\d{2}ers(?![\p{L}\p{N}-])/gu;
/** The word alone: a club's nickname as resolution reads it ("76ers" of "Philadelphia 76ers"). */
export const YEAR_NAMED_NICKNAME = /^\d{2}ers$/u;

/** The mentions with each year-named club added, or joined to its town's name right before it; and those clubs (settled). */
export function addYearNamedClubs(text: string, mentions: Mention[]): { mentions: Mention[]; settled: Set<Mention> } {
  const settled = new Set<Mention>();
  let out = mentions;
  for (const match of text.matchAll(YEAR_NAMED)) {
    const start = match.index;
    const end = start + match[0].length;
    if (out.some((m) => m.start < end && m.end > start)) continue;
    const town = out.find((m) => m.type !== 'PER' && m.end + 1 === start && text[m.end] === ' ');
    const club: Mention = town ? { start: town.start, end, type: 'ORG', text: text.slice(town.start, end), typeSettled: true } : { start, end, type: 'ORG', text: match[0] };
    if (town) settled.add(club);
    out = [...out.filter((m) => m !== town), club].sort((a, b) => a.start - b.start);
  }
  return { mentions: out, settled };
}
