// A place's entity takes the place's spelling where resolution left a form no reader writes: a
// dateline's capitals ("BRUSSELS") or a name without the article it carries ("The Hague" kept as
// "Hague"). The entity id is unchanged (place ids ignore case and a leading "the"); only the name shown is.
import type { Mention, PlaceMention } from '../../types.js';
import { isAllCaps, readerCase, writesName } from '../gazetteer/display-name.js';

export function withPlaceNames(mentions: Mention[], places: readonly PlaceMention[]): Mention[] {
  if (!places.length) return mentions;
  const byStart = new Map(places.map((p) => [p.start, p]));
  return mentions.map((m) => {
    const p = byStart.get(m.start);
    if (m.type !== 'LOC' || !p || p.end !== m.end || p.place.kind === 'site') return m;
    const name = p.place.name;
    if (name === m.canonical) return m;
    if (writesName(name, m.text)) {
      const lostArticle = /^the\s/i.test(name) && !/^the\s/i.test(m.canonical ?? m.text);
      return isAllCaps(m.text) || lostArticle ? { ...m, canonical: name } : m;
    }
    // shown by a longer name ("WASHINGTON" as Washington, D.C.): the written words, in a reader's case
    return isAllCaps(m.text) && !/[.\d]/.test(m.text) && m.text.replace(/\W/g, '').length > 3 ? { ...m, canonical: readerCase(m.canonical ?? m.text) } : m;
  });
}
