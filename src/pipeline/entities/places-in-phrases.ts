// "ships passing through the Mediterranean", "born in the Bronx", "ice in the Arctic": the tagger,
// trained where such words are mostly adjectives ("Mediterranean diet", "Arctic air"), reads them
// as things (MISC) even as the object of a preposition of place. A MISC name with "the" that the
// parse hangs on such a preposition, and that the gazetteer knows as a place (with or without its
// "the": "The Bronx"), and not as a people, is that place. "The" must stand right before the name:
// CoNLL-2003 calls "the eastern Mediterranean" a thing, a sea's part named by an adjective. Settled,
// so the article's other mentions follow it.
import type { Mention, Syntax } from '../../types.js';
import { caseMarker, dependents, headOfSpan } from '../syntax/query.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { nameKey as placeKey } from '../gazetteer/normalize.js';

/** "the" and the space right before a name. */
const THE_BEFORE = /(?:^|[^\p{L}])the[ \t]+$/iu;

/** Prepositions that say where something is or moves. */
const OF_PLACE = new Set(['in', 'into', 'across', 'through', 'throughout', 'off', 'near', 'around', 'inside', 'within']);

/** Whether the gazetteer knows the name, alone or with "The", as a place and not as a people. */
function gazetteerPlace(name: string): boolean {
  const g = gazetteer();
  const key = placeKey(name);
  if (g.demonym(key) !== undefined) return false;
  return g.byKey(key).length > 0 || g.byKey(placeKey(`The ${name}`)).length > 0;
}

/** The mentions of such places retyped LOC, and those mentions (settled). */
export function typePlacesInPhrases(text: string, mentions: Mention[], syn: Syntax | undefined): { mentions: Mention[]; settled: Set<Mention> } {
  const settled = new Set<Mention>();
  if (!syn || syn.words.length === 0) return { mentions, settled };
  const out = mentions.map((m) => {
    if (m.type !== 'MISC' || m.title || m.typeSettled || !THE_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))) return m;
    const head = headOfSpan(syn, m);
    if (head === null) return m;
    const marker = caseMarker(syn, head);
    const withThe = dependents(syn, head, 'det').some((d) => syn.words[d].lemma.toLowerCase() === 'the');
    if (!marker || !OF_PLACE.has(marker) || !withThe || !gazetteerPlace(m.text)) return m;
    const place: Mention = { ...m, type: 'LOC' };
    settled.add(place);
    return place;
  });
  return { mentions: settled.size ? out : mentions, settled };
}
