// "The Hollis administration": a government called after the person who leads it. The ECB+ golds
// write the whole phrase as a body (ORG), while CoNLL-2003 and MEANTIME tag only the person inside
// it; so the person keeps a mention of their own and the body is a second mention around it. Only a
// name already typed a person leads one: "the Kabul administration" is a place's.
import type { Mention } from '../../types.js';

/** The word right after a person's name: a lower-case "administration" (a list's "administrations" names several, none alone). */
const ADMINISTRATION_AFTER = /^[ \t]+administration(?![\p{L}\p{N}])/u;

/** Each person's administration named after them ("the Hollis administration") added as a body around the person's mention. */
export function addAdministrations(text: string, mentions: Mention[]): Mention[] {
  const bodies: Mention[] = [];
  for (const m of mentions) {
    const a = m.type === 'PER' && !m.title ? ADMINISTRATION_AFTER.exec(text.slice(m.end, m.end + 24)) : null;
    if (a === null) continue;
    const end = m.end + a[0].length;
    bodies.push({ start: m.start, end, type: 'ORG', text: text.slice(m.start, end), typeSettled: true });
  }
  return bodies.length ? [...mentions, ...bodies].sort((x, y) => x.start - y.start || y.end - x.end) : mentions;
}
