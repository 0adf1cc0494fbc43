// "The Hollis administration": a government called after the person who leads it; so is a crime
// family after its boss ("the Tessaro crime family"). The ECB+ golds
// write the whole phrase as a body (ORG), while CoNLL-2003 and MEANTIME tag only the person inside
// it; so the person keeps a mention of their own and the body is a second mention around it. Only a
// name already typed a person leads one: "the Kabul administration" is a place's.
import type { Mention } from '../../types.js';

/** A government (a lower-case "administration": a list's "administrations" names several, none alone),
 *  or a crime family called after its founder or boss ("the Tessaro crime family", "the Vane Mafia family"). */
const CRIME_FAMILY = String.raw`(?:crime|[Mm]afia|mob)[ \t]+family`;
const BODY_AFTER = new RegExp(String.raw`^[ \t]+(?:administration|${CRIME_FAMILY})(?![\p{L}\p{N}])`, 'u');
/** The crime family alone: a word the tagger read as a body or a thing before it is the family's name, no place's. */
const CRIME_FAMILY_AFTER = new RegExp(String.raw`^[ \t]+${CRIME_FAMILY}(?![\p{L}\p{N}])`, 'u');

/**
 * Each person's administration or crime family named after them ("the Hollis administration")
 * added as a body around the person's mention; a crime family whose name the tagger read as a body
 * or a thing is that body, whole.
 */
export function addAdministrations(text: string, mentions: Mention[]): Mention[] {
  const bodies: Mention[] = [];
  const grown = new Map<Mention, Mention>();
  for (const m of mentions) {
    if (m.title || m.type === 'LOC') continue;
    const a = (m.type === 'PER' ? BODY_AFTER : CRIME_FAMILY_AFTER).exec(text.slice(m.end, m.end + 24));
    if (a === null) continue;
    const end = m.end + a[0].length;
    const body: Mention = { start: m.start, end, type: 'ORG', text: text.slice(m.start, end), typeSettled: true };
    if (m.type === 'PER') bodies.push(body);
    else grown.set(m, body);
  }
  if (bodies.length === 0 && grown.size === 0) return mentions;
  return [...mentions.map((m) => grown.get(m) ?? m), ...bodies].sort((x, y) => x.start - y.start || y.end - x.end);
}
