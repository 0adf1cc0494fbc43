// A storm is named by its kind and a given name ("Hurricane Georges", "Typhoon Haiyan"): the tagger
// often sees only the given name and types it a person. The name with its kind before it is the
// storm, a thing (MISC, as the gold sets write "Hurricane Hugo" and CoNLL-2003 "Hurricane Edouard"'s
// name); "Hurricanes Katrina and Rita" names two storms, each by its given name alone.
import type { Mention } from '../../types.js';

/** The storm's kind right before a name, singular or plural, as news capitalises it in a storm's name. */
const KIND_BEFORE = /(?:^|[^\p{L}])((?:Hurricane|Typhoon|Cyclone|Tropical\s+Storm)(s?))\s+$/u;
/** A plural kind the tagger took into the first storm's span ("Hurricanes Katrina"). */
const PLURAL_KIND_OPENING = /^(?:Hurricane|Typhoon|Cyclone|Tropical\s+Storm)s\s+(?=\p{Lu})/u;
/** A word naming a storm's kind inside its name ("Hurricane" of "Hurricane Georges", "Storm" of "Tropical Storm Ana"). */
const KIND_WORD = /^(?:Hurricane|Typhoon|Cyclone|Storm)$/u;

/** Is the token a storm's kind written inside the storm's name? The name is a thing, the storm a happening all the same. */
export function isStormKindWord(token: string): boolean {
  return KIND_WORD.test(token);
}
/** What parts two storms a plural kind names: a comma, "and" or both. */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/u;

/** Storm names typed MISC: the kind joins a singular storm's span; a plural kind's listed names are each a storm. */
export function typeStormNames(text: string, mentions: readonly Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const storms = new Map<Mention, Mention>();
  let listedAfter: Mention | null = null;
  for (const m of sorted) {
    if (m.title) {
      listedAfter = null;
      continue;
    }
    if (listedAfter && LIST_GAP.test(text.slice(listedAfter.end, m.start))) {
      storms.set(m, { ...m, type: 'MISC' });
      listedAfter = m;
      continue;
    }
    listedAfter = null;
    const opening = PLURAL_KIND_OPENING.exec(m.text);
    if (opening) {
      const start = m.start + opening[0].length;
      const storm: Mention = { ...m, start, type: 'MISC', text: text.slice(start, m.end) };
      storms.set(m, storm);
      listedAfter = storm;
      continue;
    }
    const from = Math.max(0, m.start - 20);
    const window = text.slice(from, m.start);
    const kind = KIND_BEFORE.exec(window);
    if (!kind) continue;
    if (kind[2]) {
      storms.set(m, { ...m, type: 'MISC' });
      listedAfter = m;
      continue;
    }
    const start = from + window.lastIndexOf(kind[1]);
    storms.set(m, { ...m, start, type: 'MISC', text: text.slice(start, m.end) });
  }
  return mentions.map((m) => storms.get(m) ?? m);
}
