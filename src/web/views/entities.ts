// All entities, filterable by type and name, sortable by each column.
import type { ViewContext } from '../main.js';
import { api } from '../lib/api.js';
import { append, h } from '../lib/dom.js';
import { entityHref, ENTITY_TYPES, formatNumber, plural, TYPE_LABELS, typeBadge } from '../lib/format.js';
import { LinkFilters } from '../lib/link-filters.js';
import { empty, noArticles, pageHeader, pager, sortableHead, type SortColumn } from '../lib/ui.js';

const PAGE = 50;
/** The server's entity sorts (ENTITY_SORTS); 'articles' is its default and left out of links and requests. */
const COLUMNS: SortColumn[] = [
  { key: 'name', label: 'Name', ascending: true },
  { key: 'type', label: 'Type', ascending: true },
  { key: 'articles', label: 'Articles', num: true },
  { key: 'mentions', label: 'Mentions', num: true },
];

export async function entitiesView({ root, query }: ViewContext): Promise<void> {
  // a type or order the page cannot use is left out and named, not sent to fail the whole page
  const link = new LinkFilters(query);
  const type = link.choice('type', ENTITY_TYPES, 'a type of name');
  const q = query.get('q') ?? undefined;
  const sort = link.choice('sort', COLUMNS.map((c) => c.key), 'a column') ?? 'articles';
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const page = await api.entities({ type, q, sort: sort === 'articles' ? undefined : sort, limit: PAGE, offset });
  // an empty list over stored articles is not "once articles are ingested": ask only then
  const documents = page.total === 0 && !type && !q ? (await api.overview()).documents : 0;
  document.title = 'Entities · Chronicle';
  const href = (p: { type?: string | null; q?: string | null; sort?: string; offset?: number }) => {
    const qs = new URLSearchParams();
    const t = p.type === undefined ? type : p.type;
    const n = p.q === undefined ? q : p.q;
    if (t) qs.set('type', t);
    if (n) qs.set('q', n);
    const s = p.sort ?? sort;
    if (s !== 'articles') qs.set('sort', s);
    if (p.offset) qs.set('offset', String(p.offset));
    return `#/entities${qs.size ? '?' + qs : ''}`;
  };
  const filter = h('form', { class: 'filter-bar', role: 'search', 'aria-label': 'Filter entities', onsubmit: (ev: SubmitEvent) => {
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
    pageHeader('Entities', 'People, organisations, places and other names the articles mention; a column heading sorts by it.'),
    link.notice(),
    filter,
    // an empty page of a list that has entities is past its end: the pager says so
    page.items.length === 0 && page.total > 0
      ? null
      : page.items.length === 0
      ? (type || q ? empty('No entities match.') : documents ? empty(`The ${plural(documents, 'article')} name${documents === 1 ? 's' : ''} no people, organisations or places.`) : noArticles())
      : h('table', { class: 'table' },
          sortableHead(COLUMNS, sort, (key) => href({ sort: key, offset: 0 })),
          h('tbody', {}, page.items.map((e) =>
            h('tr', {}, h('td', {}, h('a', { href: entityHref(e.key) }, e.name)), h('td', {}, typeBadge(e.type)), h('td', { class: 'num' }, formatNumber(e.documents)), h('td', { class: 'num' }, formatNumber(e.mentions))),
          )),
        ),
    pager(page.total, PAGE, offset, (o) => href({ offset: o })),
  ]);
}
