// A place's entity takes the place's spelling where resolution left a form no reader writes: a
// dateline's capitals ("BRUSSELS") or a name without the article it carries ("The Hague" kept as
// "Hague"). The entity id is unchanged (place ids ignore case and a leading "the"); only the name shown is.
// A state's abbreviation ("Calif.") the tagger made an organisation is a place; one tokenised text
// writes apart from its stop ("Calif .", which the entity stage cuts to "Calif") is shown as news
// writes it, "Calif.", as every gold set names it (their listed forms differ on the stop).
import type { Mention, PlaceMention } from '../../types.js';
import { isAllCaps, readerCase, writesName } from '../gazetteer/display-name.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { stateTable } from '../gazetteer/state-table.js';
import { stateAbbreviated } from '../gazetteer/states.js';
import { entityIdFor } from '../entities/resolve.js';

export function withPlaceNames(text: string, mentions: Mention[], places: readonly PlaceMention[]): Mention[] {
  if (!places.length) return mentions;
  const byStart = new Map(places.map((p) => [p.start, p]));
  const asStates = statesForAbbreviations(text, mentions, byStart);
  return mentions.map((m, i) => {
    const state = asStates.get(i);
    if (state) return { ...m, ...state };
    const dotted = spacedStateAbbreviation(text, m);
    if (dotted) return { ...m, canonical: dotted };
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

/** "Calif" or "N . Y" before its stop written apart (" ."), or "N . Y .": the abbreviation as news writes it, if the state table lists it. */
function spacedStateAbbreviation(text: string, m: Mention): string | undefined {
  if (m.type !== 'LOC' || !/^\p{Lu}[\p{L} \t.]{0,8}$/u.test(m.text)) return undefined;
  if (!/^[ \t]\./u.test(text.slice(m.end, m.end + 2)) && !/[ \t]\./u.test(m.text)) return undefined;
  const joined = m.text.replace(/[ \t]/gu, '');
  const dotted = joined.endsWith('.') ? joined : `${joined}.`;
  return stateTable(gazetteer()).byAbbreviation.has(dotted) ? dotted : undefined;
}

type StateEntity = Required<Pick<Mention, 'type' | 'entityId'>>;

/**
 * Each mention placed as a state by its abbreviation that the tagger made something else ("a
 * Calif. company" as an organisation), by index: a place, LOC. It keeps its own name and so its
 * own entity: the written form is an entity of its own, as the golds list it ("Calif." beside
 * "California"; joining the two lowered same-entity precision on eight tuning sets).
 */
function statesForAbbreviations(text: string, mentions: readonly Mention[], byStart: ReadonlyMap<number, PlaceMention>): Map<number, StateEntity> {
  const out = new Map<number, StateEntity>();
  mentions.forEach((m, i) => {
    if (m.type === 'LOC') return;
    const p = byStart.get(m.start);
    if (!p || p.end !== m.end || p.place.kind !== 'region' || stateAbbreviated(gazetteer(), text, m.start, m.text)?.ref !== p.place.ref) return;
    out.set(i, { type: 'LOC', entityId: entityIdFor('LOC', m.canonical ?? m.text) });
  });
  return out;
}
