// "Indiana State", "Wayne State", "Wichita State": an American state or town before "State" names
// a university (and its teams), not a place: the state itself is written without the word, and
// the gazetteer reads "Indiana State" as the state. The tagger calls these places. Only a name
// the gazetteer knows as a US state or a sizeable US town, and as no region elsewhere ("Lagos
// State", "Delta State" and "Kachin State" are states of Nigeria and Myanmar); not a state that
// shares its name with a large American city (New York, Washington), where "State" tells the
// state from the city ("northern New York State"); and not after "in", where the state itself is
// meant ("snow in Ohio State").
import type { Mention } from '../../types.js';
import { candidates } from '../gazetteer/resolve.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { isKnownPlace } from '../gazetteer/known-places.js';
import { isSizeableTown } from './company-units.js';

/** The place's name before a closing "State": one or two capitalised words, hyphens allowed ("Winston-Salem"). */
const STATE_SCHOOL = /^(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?) State$/u;
const IN_BEFORE = /(?<![\p{L}\p{N}])in[ \t]+$/u;

function isAmericanPlaceOnly(name: string): boolean {
  const g = gazetteer();
  const entries = candidates(g, name).entries;
  const american = entries.some((e) => e.cc === 'US' && (e.kind === 'R' || (e.kind === 'P' && (/^PPLA/u.test(e.tag) || isKnownPlace(g, e) || isSizeableTown(e)))));
  const cityNamedState = entries.some((e) => e.cc === 'US' && e.kind === 'R') && entries.some((e) => e.cc === 'US' && isSizeableTown(e));
  return american && !cityNamedState && !entries.some((e) => e.kind !== 'P' && e.cc !== 'US');
}

/** "X State" universities typed ORG and settled; every other mention as it was. */
export function typeStateSchools(text: string, mentions: Mention[]): { mentions: Mention[]; settled: Set<Mention> } {
  const settled = new Set<Mention>();
  const out = mentions.map((m) => {
    if (m.type === 'ORG' || m.typeSettled || m.title) return m;
    const school = STATE_SCHOOL.exec(m.text);
    if (!school || IN_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) || !isAmericanPlaceOnly(school[1])) return m;
    const typed: Mention = { ...m, type: 'ORG' };
    settled.add(typed);
    return typed;
  });
  return { mentions: out, settled };
}
