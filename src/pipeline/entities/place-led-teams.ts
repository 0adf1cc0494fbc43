// "the Charlotte Bobcats", "the Indianapolis Colts": a town, state or region the gazetteer knows,
// then a capitalised plural whose most frequent sense is a creature, is a club named for its home,
// whatever the tagger read (a person for "Charlotte", a place for the town): nothing else is named
// for a herd of animals after a town. Plurals of people or things were measured and not kept: they
// are peoples ("the North Africans", "Tar Heels"), storms ("Hurricane Georges") and persons
// ("Scott Sanders", "Lorenzo Lamas"). A plural of people the tagger read as a thing (MISC) is a club
// too ("the Washington Nationals", "New England Patriots"): no person is a thing, and the peoples the
// tagger rightly calls MISC are named by their demonym ("New Yorkers", "North Africans"), which is
// no team here. A plural that names a people or faith, or of land or water ("Cayman Islands"), is
// no team. The type is settled, so the article's other mentions follow it.
import type { Mention } from '../../types.js';
import { installedWordNet, type WordNet } from '../lexicons/wordnet.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { nameKey as placeKey } from '../gazetteer/normalize.js';
import { namesAPeople } from './team-nicknames.js';

/** A capitalised plural word ("Bobcats", "Nationals"; not "Ross" or "Sox"). */
const PLURAL_WORD = /^\p{Lu}\p{Ll}*[^s\P{Ll}]s$/u;
/** WordNet's lexicographer files of animals (noun.animal) and people (noun.person). */
const NOUN_ANIMAL = 5;
const NOUN_PERSON = 18;

/** The lexicographer file of the plural's most frequent noun sense that is a kind, not one named
 *  being ("Millers": the trade, not Henry Miller; "Georges", as in "Hurricane Georges", only kings
 *  and a saint), where the word is only a plural form (not a lemma of its own, as "Nationals" is not
 *  but "Falls" is a waterfall); null if unknown. */
function pluralSense(word: string, wn: WordNet): number | null {
  const lower = word.toLowerCase();
  const ids = wn.synsets(lower, 'n');
  if (ids.length === 0 || ids.some((id) => wn.synset(id)?.words.includes(lower))) return null;
  const kind = ids.find((id) => !wn.synset(id)?.pointers.some((p) => p.symbol === '@i'));
  return kind === undefined ? null : wn.lexFile(kind);
}

/** Compass words, which the gazetteer knows as regions of some countries. */
const COMPASS = /^(?:north|south|east|west|central|northern|southern|eastern|western)(?:[- ]?(?:east|west)(?:ern)?)?$/iu;

/** Whether the name's words before its last one or two (capitalised) are a place the gazetteer knows. */
function ledByPlace(words: string[]): boolean {
  for (const tail of [1, 2]) {
    if (words.length <= tail || !words.slice(-tail).every((w) => /^\p{Lu}/u.test(w)) || COMPASS.test(words.slice(0, -tail).join(' '))) continue;
    if (gazetteer().byKey(placeKey(words.slice(0, -tail).join(' '))).length > 0) return true;
  }
  return false;
}

/** The mentions of place-led team names retyped ORG, and those mentions (settled). */
export function typePlaceLedTeams(mentions: Mention[], wn: WordNet | null = installedWordNet()): { mentions: Mention[]; settled: Set<Mention> } {
  const settled = new Set<Mention>();
  if (!wn) return { mentions, settled };
  const out = mentions.map((m) => {
    if (m.type === 'ORG' || m.title || m.typeSettled) return m;
    const words = m.text.split(/\s+/u);
    const last = words.at(-1) ?? '';
    if (!PLURAL_WORD.test(last) || namesAPeople(m.text) || !ledByPlace(words)) return m;
    const sense = pluralSense(last, wn);
    if (sense !== NOUN_ANIMAL && !(sense === NOUN_PERSON && m.type === 'MISC')) return m;
    const team: Mention = { ...m, type: 'ORG' };
    settled.add(team);
    return team;
  });
  return { mentions: settled.size ? out : mentions, settled };
}
