// Titles of books and broadcasts are names the CoNLL-trained tagger splits into the people and
// places inside them ("Brown's Britain" → Brown + Britain). Two news wordings mark one whole:
// an apposition to a work noun ("a new book, Brown's Britain, says …"), a broadcaster's
// programme ("BBC One's Breakfast with Frost programme"), and a quoted title ("an "Action Plan for
// the Development of Italy""). The title becomes one MISC mention and the names inside it go,
// unless one name is the whole of it (a quoted "Islamic State" stays what the tagger said).
import type { Mention } from '../../types.js';

/** Capitalised words, joined by "'s" or short lower-case function words, ending capitalised. */
const TITLE = String.raw`\p{Lu}[\p{L}\p{N}-]*(?:(?:['’]s)?\p{Zs}+(?:(?:of|the|and|with|in|on|for|to|a)\p{Zs}+)*\p{Lu}[\p{L}\p{N}-]*)*`;
const TITLE_MULTI = String.raw`\p{Lu}[\p{L}\p{N}-]*(?:(?:['’]s)?\p{Zs}+(?:(?:of|the|and|with|in|on|for|to|a)\p{Zs}+)*\p{Lu}[\p{L}\p{N}-]*)+`;
const WORK = 'book|novel|memoir|biography|film|documentary|programme|series|album|play|opera';
/** "a new book, Brown's Britain," — at least two words (one could be the author: "his book, Peston said"). */
const APPOSED = new RegExp(String.raw`\b(?:${WORK}),\p{Zs}+(${TITLE_MULTI})(?=,|\.|:|\p{Zs}+by\b)`, 'gu');
/** "an "Action Plan for the Development of Italy"": the whole quotation in title case. */
const QUOTED = new RegExp(String.raw`(?<=["“])(${TITLE_MULTI})(?=["”])`, 'gu');
/** "BBC One's Breakfast with Frost programme", "Radio 4's Today programme". */
const BROADCAST = new RegExp(String.raw`['’]s\p{Zs}+(${TITLE})\p{Zs}+(?:programme|show)\b`, 'gu');

export function markWorkTitles(text: string, mentions: Mention[], titles: ReadonlySet<string> = new Set()): Mention[] {
  let out = mentions;
  for (const re of [APPOSED, BROADCAST, QUOTED]) {
    for (const r of text.matchAll(re)) {
      const start = r.index + r[0].indexOf(r[1]);
      const end = start + r[1].length;
      const inside = out.filter((m) => m.start < end && start < m.end);
      // one person's name is not a title ("his memoir, Ruth Abara, …"), nor is "Mr X"
      if (inside.some((m) => m.start < start || m.end > end)) continue;
      if (inside.length === 1 && (inside[0].type === 'PER' || re === QUOTED) && inside[0].start === start && inside[0].end === end) continue;
      if (titles.has(r[1].split(/\p{Zs}/u)[0])) continue;
      out = [...out.filter((m) => !inside.includes(m)), { start, end, type: 'MISC', text: r[1] }];
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
