// A name the tagger read together with its possessor ("the Beatles' Apple Corps", "Orkney's
// Kirkwall Airport"): two names, the owner's and the owned one's. Split only where the article
// itself writes the owned name on its own, so the tail is known to be a name and not the rest of
// one name with a possessive inside it ("McDonald's Corp", "Moody's Investors Service"). The owner
// keeps a mention only when the article also names it alone, with that mention's type: a
// possessive says nothing of what kind of thing the owner is.
import type { Mention } from '../../types.js';
import { nameKey } from '../../corpus/entities/names.js';

/** Owner, possessive ("'s", or a bare apostrophe after a plural's s; wire copy may space it off), owned name. */
const POSSESSIVE = /^(.*?\S)\s?(['’]s|(?<=s\s?)['’])\s+(\p{Lu}.*)$/u;

export function splitPossessors(mentions: Mention[]): Mention[] {
  const alone = new Map<string, Mention>();
  for (const m of mentions) if (!POSSESSIVE.test(m.text)) alone.set(nameKey(m.text), alone.get(nameKey(m.text)) ?? m);
  let changed = false;
  const out = mentions.flatMap((m) => {
    const p = m.type === 'PER' ? null : POSSESSIVE.exec(m.text);
    if (!p) return [m];
    const owned = alone.get(nameKey(p[3]));
    if (!owned) return [m];
    changed = true;
    const ownedStart = m.end - p[3].length;
    const parts: Mention[] = [];
    const owner = alone.get(nameKey(p[1]));
    if (owner) parts.push({ start: m.start, end: m.start + p[1].length, type: owner.type, text: p[1] });
    parts.push({ start: ownedStart, end: m.end, type: owned.type, text: p[3] });
    return parts;
  });
  return changed ? out : mentions;
}
