// All entities, filterable by type and name.
import type { ViewContext } from '../main.js';
import { api } from '../lib/api.js';
import { append, h } from '../lib/dom.js';
import { entityHref, ENTITY_TYPES, formatNumber, TYPE_LABELS, typeBadge } from '../lib/format.js';
import { empty, pageHeader, pager } from '../lib/ui.js';

const PAGE = 50;

export async function entitiesView({ root, query }: ViewContext): Promise<void> {
  const type = query.get('type') ?? undefined;
  const q = query.get('q') ?? undefined;
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const page = await api.entities({ type, q, limit: PAGE, offset });
  document.title = 'Entities · Chronicle';
  const href = (p: { type?: string | null; q?: string | null; offset?: number }) => {
    const qs = new URLSearchParams();
    const t = p.type === undefined ? type : p.type;
    const n = p.q === undefined ? q : p.q;
    if (t) qs.set('type', t);
    if (n) qs.set('q', n);
    if (p.offset) qs.set('offset', String(p.offset));
    return `#/entities${qs.size ? '?' + qs : ''}`;
  };
  const filter = h('form', { class: 'filter-bar', role: 'search', onsubmit: (ev: SubmitEvent) => {
    ev.preventDefault();
    location.hash = href({ q: (new FormData(ev.target as HTMLFormElement).get('q') as string).trim() || null, offset: 0 });
  } },
    h('div', { class: 'segmented', role: 'group', 'aria-label': 'Entity type' },
      h('a', { href: href({ type: null, offset: 0 }), 'aria-current': !type ? 'true' : null }, 'All'),
      ENTITY_TYPES.map((t) => h('a', { href: href({ type: t, offset: 0 }), class: `seg-${t}`, 'aria-current': type === t ? 'true' : null }, TYPE_LABELS[t])),
    ),
    h('label', { class: 'visually-hidden', for: 'entity-filter' }, 'Filter by name'),
    h('input', { id: 'entity-filter', name: 'q', type: 'search', placeholder: 'Filter by name…', value: q ?? '' }),
  );
  append(root, [
    pageHeader('Entities', 'People, organisations, places and other names, by how many articles mention them.'),
    filter,
    page.items.length === 0
      ? (type || q ? empty('No entities match.') : empty('No entities yet: the people, organisations and places the articles name are listed here once articles are ingested.'))
      : h('table', { class: 'table' },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Type'), h('th', { scope: 'col', class: 'num' }, 'Articles'), h('th', { scope: 'col', class: 'num' }, 'Mentions'))),
          h('tbody', {}, page.items.map((e) =>
            h('tr', {}, h('td', {}, h('a', { href: entityHref(e.key) }, e.name)), h('td', {}, typeBadge(e.type)), h('td', { class: 'num' }, formatNumber(e.documents)), h('td', { class: 'num' }, formatNumber(e.mentions))),
          )),
        ),
    pager(page.total, PAGE, offset, (o) => href({ offset: o })),
  ]);
}
