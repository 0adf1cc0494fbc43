// Places the articles name that the gazetteer gave no coordinates ("Ndosho", a lake, a district):
// they cannot be drawn on the map, and dropping them silently read as if the articles never named
// them. Listed beside the map, each linked to its entity page.
import type { EntityItem, PlaceItem } from '../../server/api-types.js';
import { api } from './api.js';
import { allPages } from './all-pages.js';
import { h } from './dom.js';
import { entityHref, plural } from './format.js';

/** Listed by name; the rest counted (a corpus of thousands of place names). */
const SHOWN = 100;

/** The place entities (type LOC) that no mapped place stands for, most mentioned first. */
export function unmappedPlaces(locations: readonly EntityItem[], mapped: readonly PlaceItem[]): EntityItem[] {
  const onMap = new Set(mapped.map((p) => p.entity).filter((k): k is string => !!k));
  return locations.filter((e) => !onMap.has(e.key)).sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

/** "3 places have no coordinates", with the list under it (closed, a keyboard's Enter opens it). */
export function unmappedList(places: readonly EntityItem[]): HTMLElement | null {
  if (!places.length) return null;
  const more = places.length - SHOWN;
  return h('details', { class: 'section map-unmapped' },
    h('summary', {}, `${plural(places.length, 'place')} ${places.length === 1 ? 'has' : 'have'} no coordinates, so ${places.length === 1 ? 'it is' : 'they are'} not on the map`),
    h('ul', { class: 'plain-list' }, places.slice(0, SHOWN).map((e) => h('li', {}, h('a', { href: entityHref(e.key) }, e.name), h('span', { class: 'muted small' }, ` · ${plural(e.documents, 'article')}`)))),
    more > 0 ? h('p', { class: 'muted' }, `And ${plural(more, 'more place')}: `, h('a', { href: '#/entities?type=LOC' }, 'every place'), '.') : null,
  );
}

/** Fills `into` with the list, once every place entity is read (after the map is drawn: it needs no map). */
export async function fillUnmapped(into: HTMLElement, mapped: readonly PlaceItem[]): Promise<void> {
  const locations = await allPages((offset) => api.entities({ type: 'LOC', limit: 500, offset }));
  const list = unmappedList(unmappedPlaces(locations, mapped));
  if (list) into.replaceChildren(list);
}
