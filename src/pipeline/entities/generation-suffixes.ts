// A generation numeral written after a person's name ("James A. Baker III") is part of the name;
// the tagger often stops before it or types "III" apart as a name of its own. "Jr." and "Sr." are
// left as the tagger has them: it mostly spans them already, CoNLL-2003 leaves them out now and
// then (extending over them cost a name on its dev set), and entity resolution joins one tagged
// apart to the name before it.
import type { Mention } from '../../types.js';

/** The numerals II–IV after a space. */
const SUFFIX = /^\s(?:II|III|IV)(?![\p{L}\p{N}])/u;

/** Person mentions extended over the suffix after them; a mention of the suffix alone is dropped. */
export function joinGenerationSuffixes(text: string, mentions: Mention[]): Mention[] {
  const drop = new Set<Mention>();
  const out = mentions.map((m) => {
    if (m.type !== 'PER') return m;
    const suffix = SUFFIX.exec(text.slice(m.end, m.end + 6));
    if (!suffix) return m;
    const end = m.end + suffix[0].length;
    const inside = mentions.filter((o) => o !== m && o.start >= m.end && o.start < end);
    // the suffix is a name only when nothing longer starts there ("III Corps")
    if (inside.some((o) => o.end > end)) return m;
    for (const o of inside) drop.add(o);
    return { ...m, end, text: text.slice(m.start, end) };
  });
  return drop.size ? out.filter((m) => !drop.has(m)) : out;
}
