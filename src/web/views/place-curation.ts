// "Correct this place" on the map: a place name resolved to the wrong place ("Georgia" the US state
// for the country) is pointed at the one meant, chosen from the gazetteer; undoable.
import type { PlaceItem } from '../../server/api-types.js';
import type { Place } from '../../types.js';
import { h } from '../lib/dom.js';
import { act, afterChange, curationApi, curationBox, decisionRow, type Curation } from '../lib/curation.js';

async function placeChoices(name: string): Promise<Place[]> {
  const res = await fetch(`api/gazetteer?q=${encodeURIComponent(name)}`, { headers: { Accept: 'application/json' } });
  const body = (await res.json()) as { items?: Place[]; error?: string };
  if (!res.ok) throw new Error(body.error ?? `${res.status} ${res.statusText}`);
  return body.items ?? [];
}

const describe = (p: Place) => [p.name, p.country && p.country !== p.name ? p.country : null, p.kind].filter(Boolean).join(', ');
const referentOf = (c: Curation): Place | null => {
  try {
    return JSON.parse(c.b) as Place;
  } catch {
    return null;
  }
};
const mapHref = (key: string) => `#/map?place=${encodeURIComponent(key)}`;

/** The decisions that made this place what it is, or moved mentions away from it. */
export function placeDecisions(all: Curation[], key: string): Curation[] {
  return all.filter((c) => c.kind === 'place' && c.relation === 'referent' && (c.a === key || referentOf(c)?.ref === key));
}

export function placeCuration(p: PlaceItem, decisions: Curation[]): HTMLElement {
  const status = h('p', { class: 'curation-status', role: 'status' });
  const choices = h('ul', { class: 'plain-list place-choices' });
  const name = h('input', { id: 'place-name', type: 'search', value: p.name, required: true });
  return curationBox('Correct this place', () => [
    h('form', { class: 'inline-form', onsubmit: (ev: SubmitEvent) => {
      ev.preventDefault();
      void act(status, async () => {
        const found = (await placeChoices(name.value.trim())).filter((x) => x.ref !== p.key);
        status.textContent = found.length ? '' : 'No other place of that name is known.';
        choices.replaceChildren(...found.map((x) => h('li', {}, h('button', { type: 'button', class: 'button small-button', 'data-ref': x.ref, onclick: act(status, async () => {
          await curationApi.add({ kind: 'place', relation: 'referent', a: p.key, b: JSON.stringify(x) });
          await afterChange(mapHref(x.ref), { corpus: false });
        }) }, `It means ${describe(x)}`))));
      })();
    } }, h('label', { for: 'place-name' }, `“${p.name}” means another place named`), name, h('button', { type: 'submit', class: 'button' }, 'Find')),
    choices,
    decisions.length
      ? h('div', {}, h('h3', {}, 'Corrections by people'), h('ul', { class: 'plain-list' }, decisions.map((c) => {
          const to = referentOf(c);
          if (c.a === p.key) return decisionRow(c, `Mentions moved to ${to ? describe(to) : c.b}`, status, mapHref(p.key));
          // The place extraction chose is no longer on the map: name it from the gazetteer.
          const from = h('span', {}, c.a);
          void placeChoices(p.name).then((found) => {
            const was = found.find((x) => x.ref === c.a);
            if (was) from.textContent = describe(was);
          }, () => undefined);
          return decisionRow(c, ['Moved here from ', from], status, mapHref(c.a));
        })))
      : null,
    status,
  ]);
}
