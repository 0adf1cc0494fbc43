// "her Brooklyn apartment", "a Hawaiian Gardens gang member", "the Hillsborough coma victim": a town
// written before a noun it modifies stands where an adjective would, and the tagger, which learned
// that place from nationality adjectives ("French wine", MISC), types it MISC. A name the gazetteer
// knows as a town or region, that no people is called by, is the place: where WordNet knows the
// word at all, it knows it only as a place, neither as an adjective ("Arctic ice", "Mediterranean
// cables", which CoNLL-2003 types MISC) nor as anything else ("Christmas shopping": a town in Florida
// is also so called). The result settles the type, so the article's other mentions of the name
// follow it (one type per name per article).
import type { Mention, Syntax } from '../../types.js';
import { installedWordNet, type WordNet } from '../lexicons/wordnet.js';
import { headOfSpan } from '../syntax/query.js';
import { candidates } from '../gazetteer/resolve.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { nameKey } from '../gazetteer/normalize.js';

/** WordNet's lexicographer file of places (noun.location). */
const NOUN_LOCATION = 15;

/** Whether WordNet knows the name, if at all, only as a place: no other noun sense and no adjective. */
function onlyAPlace(name: string, wn: WordNet): boolean {
  const lemma = name.toLowerCase().replace(/\s+/gu, '_');
  return wn.synsets(lemma, 'a').length === 0 && wn.synsets(lemma, 'n').every((id) => wn.lexFile(id) === NOUN_LOCATION);
}

/** Whether the gazetteer knows the name as a town or a region, and as no people's name. */
function isTownOrRegion(name: string): boolean {
  const g = gazetteer();
  return g.demonym(nameKey(name)) === undefined && candidates(g, name).entries.some((e) => e.kind === 'P' || e.kind === 'R');
}

/** MISC mentions of towns and regions that modify a noun, retyped LOC, and those mentions (settled). */
export function typePlaceModifiers(mentions: Mention[], syn: Syntax | undefined, wn: WordNet | null = installedWordNet()): { mentions: Mention[]; settled: Set<Mention> } {
  const settled = new Set<Mention>();
  if (!syn || !wn || syn.words.length === 0) return { mentions, settled };
  const out = mentions.map((m) => {
    if (m.type !== 'MISC' || m.title || m.typeSettled) return m;
    const head = headOfSpan(syn, m);
    if (head === null || syn.words[head].deprel !== 'compound') return m;
    const noun = syn.words[syn.words[head].head];
    if (!noun || noun.start < m.end || noun.upos !== 'NOUN' || !/^\p{Ll}/u.test(noun.text)) return m;
    if (!isTownOrRegion(m.text) || !onlyAPlace(m.text, wn)) return m;
    const place: Mention = { ...m, type: 'LOC' };
    settled.add(place);
    return place;
  });
  return { mentions: settled.size ? out : mentions, settled };
}
