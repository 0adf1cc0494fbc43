// Search: full-text results with highlighted snippets; facets (year, event type, entity) filter them.
import type { ViewContext } from '../main.js';
import type { FacetValue } from '../../server/api-types.js';
import { api } from '../lib/api.js';
import { h } from '../lib/dom.js';
import { docHref, eventTypeLabel, formatPublished } from '../lib/format.js';
import { empty, pageHeader, pager, section } from '../lib/ui.js';

const PAGE = 10;
const FILTERS = ['year', 'eventType', 'entity'] as const;

export async function searchView({ root, query }: ViewContext): Promise<void> {
  const q = (query.get('q') ?? '').trim();
  const filters = Object.fromEntries(FILTERS.map((f) => [f, query.get(f) ?? undefined])) as Record<(typeof FILTERS)[number], string | undefined>;
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  document.title = q ? `“${q}” · Search · Chronicle` : 'Search · Chronicle';
  (document.getElementById('topsearch-q') as HTMLInputElement | null)?.setAttribute('value', q);

  const href = (change: Partial<Record<(typeof FILTERS)[number] | 'offset', string | undefined>>) => {
    const qs = new URLSearchParams({ q });
    for (const f of FILTERS) {
      const v = f in change ? change[f] : filters[f];
      if (v) qs.set(f, v);
    }
    if (change.offset) qs.set('offset', change.offset);
    return `#/search?${qs}`;
  };
  const form = h('form', { class: 'search-form', role: 'search', onsubmit: (ev: SubmitEvent) => {
    ev.preventDefault();
    const value = (new FormData(ev.target as HTMLFormElement).get('q') as string).trim();
    location.hash = `#/search?q=${encodeURIComponent(value)}`;
  } },
    h('label', { class: 'visually-hidden', for: 'search-q' }, 'Search words'),
    h('input', { id: 'search-q', name: 'q', type: 'search', value: q, placeholder: 'Words or "a phrase"…', autofocus: !q }),
    h('button', { type: 'submit', class: 'button primary' }, 'Search'),
  );
  root.append(pageHeader('Search', 'Full-text search over every article’s title and clean text.'), form);
  if (!q) {
    root.append(empty('Type words to search for. Quote a phrase to match it exactly.'));
    return;
  }
  const res = await api.search({ q, ...filters, limit: PAGE, offset });
  const facetList = (title: string, key: (typeof FILTERS)[number], values: FacetValue[], label: (v: FacetValue) => string = (v) => v.label) =>
    values.length
      ? h('div', { class: 'facet' }, h('h3', {}, title), h('ul', {}, values.map((v) => {
          const active = filters[key] === v.value;
          return h('li', {}, h('a', { href: href({ [key]: active ? undefined : v.value, offset: undefined }), class: active ? 'facet-active' : '', 'aria-current': active ? 'true' : null }, h('span', {}, label(v)), h('span', { class: 'facet-count' }, String(v.count))));
        })))
      : null;
  const active = FILTERS.filter((f) => filters[f]);
  root.append(
    h('div', { class: 'search-layout' },
      h('aside', { class: 'facets', 'aria-label': 'Refine' },
        facetList('Year', 'year', res.facets.years),
        facetList('Event type', 'eventType', res.facets.eventTypes, (v) => eventTypeLabel(v.label)),
        facetList('Entities', 'entity', res.facets.entities),
      ),
      section(`${res.total} ${res.total === 1 ? 'result' : 'results'} for “${res.query}”`,
        active.length
          ? h('div', { class: 'active-filters' }, active.map((f) => h('a', { class: 'chip chip-filter', href: href({ [f]: undefined }), 'aria-label': `Remove filter ${filters[f]}` }, f === 'entity' ? res.facets.entities.find((x) => x.value === filters.entity)?.label ?? filters.entity : filters[f], ' ✕')))
          : null,
        res.items.length === 0
          ? empty('Nothing matches. Try fewer or different words.')
          : h('ol', { class: 'results' }, res.items.map((r) =>
              h('li', {},
                h('a', { class: 'doc-title', href: docHref(r.id, null, q) }, r.title || '(untitled)'),
                h('div', { class: 'doc-meta' }, h('span', {}, formatPublished(r.published)), h('span', { class: 'source' }, r.source)),
                h('p', { class: 'snippet' }, r.snippet.map((p) => (p.match ? h('mark', {}, p.text) : p.text))),
              ),
            )),
        pager(res.total, PAGE, offset, (o) => href({ offset: String(o) })),
      ),
    ),
  );
}
