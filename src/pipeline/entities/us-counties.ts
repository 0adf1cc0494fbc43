// "Essex County", "Cook County": in US news a name ending in "County" is the county, a place.
// CoNLL's British sport tags "Notts County" and "Derby County" as clubs, so the tagger often reads
// the shape as an organisation; the article itself says which reading holds: one that names a US
// state (a state's name, news-style abbreviation or postal code the tagger typed as a place) is
// US news. So is a county named for a town the gazetteer, with no other context, takes for a US one
// ("Los Angeles County", "Albany County" in an article that names no state): a British club's town
// is a British town ("Derby County"), and a name it does not know ("Notts County") says nothing.
// Titled, curated and settled names stay as they are.
import type { Mention } from '../../types.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { candidates, choose, NO_CONTEXT } from '../gazetteer/resolve.js';
import { stateTable } from '../gazetteer/state-table.js';
import { nameKey } from '../gazetteer/normalize.js';

/** One to three capitalised words, then "County": never "County Durham" (Irish and British style). */
const COUNTY = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}County$/u;

/** Whether a place mention names a US state or DC. */
function isUsState(name: string): boolean {
  const table = stateTable(gazetteer());
  const e = table.byAbbreviation.get(name) ?? table.byCode.get(name) ?? table.byName.get(nameKey(name));
  return e?.cc === 'US';
}

/** Whether the gazetteer's best reading of the county's town, without context, lies in the US. */
function namedForUsTown(county: string): boolean {
  const town = county.replace(/\s+County$/u, '');
  return choose(candidates(gazetteer(), town).entries, NO_CONTEXT, nameKey(town))?.entry.cc === 'US';
}

/** "X County" mentions not typed LOC, retyped LOC (and settled) when the article names a US state
 *  or the county is named for a US town. */
export function typeUsCounties(mentions: Mention[], curated: ReadonlySet<string> = new Set()): Mention[] {
  const county = (m: Mention) => m.type !== 'LOC' && !m.title && !m.typeSettled && !curated.has(m.text) && COUNTY.test(m.text);
  if (!mentions.some(county)) return mentions;
  const usArticle = mentions.some((m) => m.type === 'LOC' && isUsState(m.text));
  return mentions.map((m) => (county(m) && (usArticle || namedForUsTown(m.text)) ? { ...m, type: 'LOC' as const, typeSettled: true } : m));
}
