// Search: full-text results with highlighted snippets; facets (year, event type, entity) and
// filters (date range, source, order) narrow them; a list of names (one per line) is searched at
// once, each name with its count and best articles.
import type { ViewContext } from '../main.js';
import type { FacetValue, SearchResult } from '../../server/api-types.js';
import { api } from '../lib/api.js';
import { entityName } from '../lib/entity-name.js';
import { sourceLabel } from '../../outlet.js';
import { h } from '../lib/dom.js';
import { copiesNote, docHref, eventTypeLabel, formatNumber, formatPublished, plural } from '../lib/format.js';
import { empty, pageHeader, pager, sameTextNote, section, sourcePath } from '../lib/ui.js';
import { dateField, dateInWords, readDateFields } from '../lib/date-input.js';
import { LinkFilters } from '../lib/link-filters.js';
import { broaderSearches, namePhrase, quotedQuery, queryDate, snippetPassage } from '../lib/search-help.js';
import { EVENT_TYPES } from '../../types.js';

const PAGE = 10;
const MAX_NAMES = 50;
const FACETS = ['year', 'eventType', 'entity'] as const;
const OPTIONS = ['sort', 'from', 'to', 'source'] as const;
type Key = (typeof FACETS)[number] | (typeof OPTIONS)[number];

const SORTS = [['relevance', 'Best match'], ['newest', 'Newest first'], ['oldest', 'Oldest first']] as const;

const SYNTAX = 'Words are all required, in any of their forms (arrest also finds arrested). "a phrase" matches exactly; smuggl* matches any ending; -word leaves out articles with that word; OR between words takes either.';

export async function searchView({ root, query }: ViewContext): Promise<void> {
  const q = (query.get('q') ?? '').trim();
  const names = (query.get('names') ?? '').split('\n').map((n) => n.trim()).filter(Boolean).slice(0, MAX_NAMES);
  // an order, year, type or date the page cannot use is left out and named, not sent to fail the whole page
  const link = new LinkFilters(query);
  const state: Record<Key, string | undefined> = {
    year: link.year('year'),
    eventType: link.choice('eventType', EVENT_TYPES, 'an event type'),
    entity: query.get('entity') ?? undefined,
    sort: link.choice('sort', SORTS.map(([v]) => v), 'an order'),
    ...link.dateRange(),
    source: query.get('source') ?? undefined,
  };
  // a link to a name this knowledge base lacks (another database's, or one merged away) is left out
  // and named, not searched for: it matched nothing and the page read "0 articles naming" its key
  if (state.entity && (await entityName(state.entity)) === null) state.entity = link.leaveOut('entity', state.entity, 'not a name in this knowledge base');
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  document.title = q ? `${quotedQuery(q)} · Search · Chronicle` : 'Search · Chronicle';
  (document.getElementById('topsearch-q') as HTMLInputElement | null)?.setAttribute('value', q);

  const href = (change: Partial<Record<Key | 'offset', string | undefined>>) => {
    const qs = new URLSearchParams();
    if (q) qs.set('q', q);
    for (const f of [...FACETS, ...OPTIONS]) {
      const v = f in change ? change[f] : state[f];
      if (v) qs.set(f, v);
    }
    if (change.offset) qs.set('offset', change.offset);
    return `#/search?${qs}`;
  };
  const filtersOpen = OPTIONS.some((o) => state[o] && !(o === 'sort' && state[o] === 'relevance'));
  const dateStatus = h('p', { class: 'form-status', role: 'status' });
  const form = h('form', { class: 'search-form', role: 'search', 'aria-label': 'Search articles', onsubmit: (ev: SubmitEvent) => {
    ev.preventDefault();
    const data = new FormData(ev.target as HTMLFormElement);
    const read = readDateFields(ev.target as HTMLFormElement, ['from', 'to']);
    if ('error' in read) return void (dateStatus.textContent = read.error);
    const qs = new URLSearchParams();
    const words = String(data.get('q') ?? '').trim();
    if (words) qs.set('q', words);
    if (state.entity) qs.set('entity', state.entity);
    for (const o of OPTIONS) {
      const v = o === 'from' || o === 'to' ? read.dates[o] ?? '' : String(data.get(o) ?? '').trim();
      if (v && !(o === 'sort' && v === 'relevance')) qs.set(o, v);
    }
    location.hash = `#/search?${qs}`;
  } },
    h('div', { class: 'search-row' },
      h('label', { class: 'visually-hidden', for: 'search-q' }, 'Search words'),
      h('input', { id: 'search-q', name: 'q', type: 'search', value: q, placeholder: 'Words, "a phrase", smuggl*, -excluded…', autofocus: !q && !names.length, 'aria-describedby': 'search-syntax' }),
      h('button', { type: 'submit', class: 'button primary' }, 'Search'),
    ),
    h('p', { class: 'syntax-help', id: 'search-syntax' }, SYNTAX),
    h('details', { class: 'search-filters', open: filtersOpen },
      h('summary', {}, 'Filters and order'),
      h('div', { class: 'filter-grid' },
        h('label', {}, 'Order ', h('select', { name: 'sort' }, SORTS.map(([v, l]) => h('option', { value: v, selected: (state.sort ?? 'relevance') === v }, l)))),
        h('label', {}, 'Published from ', dateField('from', state.from)),
        h('label', {}, 'to ', dateField('to', state.to)),
        h('label', {}, 'Source contains ', h('input', { name: 'source', type: 'text', value: state.source ?? '', placeholder: 'site, URL or folder' })),
      ),
      dateStatus,
    ),
  );
  const namesForm = h('details', { class: 'names-search', open: names.length > 0 },
    h('summary', {}, 'Search a list of names at once'),
    h('form', { onsubmit: (ev: SubmitEvent) => {
      ev.preventDefault();
      const list = String(new FormData(ev.target as HTMLFormElement).get('names') ?? '').trim();
      location.hash = list ? `#/search?names=${encodeURIComponent(list)}` : '#/search';
    } },
      h('label', { for: 'names-list' }, `One name per line (up to ${MAX_NAMES}); each is searched as a phrase.`),
      h('textarea', { id: 'names-list', name: 'names', rows: 5 }, names.join('\n')),
      h('button', { type: 'submit', class: 'button' }, 'Search the names'),
    ),
  );
  root.append(pageHeader('Search', 'Full-text search over every article’s title and clean text.'), ...[link.notice()].filter((n) => n !== null), form, namesForm);
  if (names.length) {
    root.append(await namesTable(names));
    return;
  }
  if (!q && !state.entity) {
    root.append(empty('Type words to search for.'));
    return;
  }
  const res = await api.search({ q: q || undefined, ...state, limit: PAGE, offset });
  root.append(results(res, q, state, href, offset));
}

/** A facet's count of articles, a near-duplicate group once, as the server counts it: "2" for one wire
 *  story on two sites read as two reports. The copies it leaves out are in its tooltip, and a note
 *  above the facets says how they count (a "+1 copy" beside every count wrapped the names). */
function facetCount(v: FacetValue): HTMLElement {
  return h('span', { class: 'facet-count' }, formatNumber(v.count));
}

/** "1 article (plus 1 copy from another site)": the count in words, for the tooltip, as an entity page words it. */
function facetTitle(v: FacetValue): string | null {
  return v.copies ? `${plural(v.count, 'article')} (${copiesNote(v.copies, 'plus ')})` : null;
}

/** Said above the facets when a count leaves copies out: the results list shows every copy. */
function copiesCountOnce(res: SearchResult): HTMLElement | null {
  const { years, eventTypes, entities } = res.facets;
  return [...years, ...eventTypes, ...entities].some((v) => v.copies) ? h('p', { class: 'facet-note muted' }, 'A story other sites copy counts once.') : null;
}

function results(res: SearchResult, q: string, state: Record<Key, string | undefined>, href: (c: Partial<Record<Key | 'offset', string | undefined>>) => string, offset: number): HTMLElement {
  /** `rest`: results the values leave out, counted after them (not a filter: no link). */
  const facetList = (title: string, key: (typeof FACETS)[number], values: FacetValue[], label: (v: FacetValue) => string = (v) => v.label, rest?: { label: string; count: number }) =>
    values.length || rest
      ? h('div', { class: 'facet' }, h('h3', {}, title), h('ul', {}, values.map((v) => {
          const active = state[key] === v.value;
          return h('li', {}, h('a', { href: href({ [key]: active ? undefined : v.value, offset: undefined }), class: active ? 'facet-active' : '', 'aria-current': active ? 'true' : null, title: facetTitle(v) }, h('span', {}, label(v)), facetCount(v)));
        }), rest ? h('li', { class: 'facet-rest' }, h('span', {}, rest.label), h('span', { class: 'facet-count' }, formatNumber(rest.count))) : null))
      : null;
  // "2025 · 1" beside "2 results": the articles whose date has no year are counted too (by the
  // server: the year facet is cut to the top 20 years), not as a link
  const undatedYears = res.undated > 0 ? { label: 'Year unknown', count: res.undated } : undefined;
  const active = ([...FACETS, 'from', 'to', 'source'] as const).filter((f) => state[f]);
  const label = (f: Key) => (f === 'entity' ? res.facets.entities.find((x) => x.value === state.entity)?.label ?? state.entity!.replace(/^\w+:/, '') : f === 'from' ? `from ${dateInWords(state.from)}` : f === 'to' ? `to ${dateInWords(state.to)}` : f === 'source' ? `source: ${state.source}` : state[f]);
  const heading = q ? `${resultCount(res)} ${res.total === 1 && !res.window ? 'result' : 'results'} for ${quotedQuery(res.query)}` : `${resultCount(res)} articles naming ${label('entity')}`;
  // No facet to offer (no hits): no "Refine" box, which would sit open and empty beside "0 results".
  const refinable = res.facets.years.length + res.facets.eventTypes.length + res.facets.entities.length + res.undated > 0;
  return h('div', { class: `search-layout${refinable ? '' : ' no-facets'}` },
    // On a phone the facets would push the results below the fold: closed there, open beside them.
    refinable && h('details', { class: 'facets', open: !matchMedia('(max-width: 960px)').matches },
      h('summary', {}, 'Refine'),
      // the facets' headings (h3) come before the results' (h2) in the page: this one keeps the
      // outline from jumping from the page's h1 to them (the summary is no heading to a screen reader)
      h('h2', { class: 'visually-hidden' }, 'Refine the results'),
      copiesCountOnce(res),
      facetList('Year', 'year', res.facets.years, undefined, undatedYears),
      facetList('Event type', 'eventType', res.facets.eventTypes, (v) => eventTypeLabel(v.label)),
      facetList('Entities', 'entity', res.facets.entities),
    ),
    section(heading,
      // the other word forms the search took in ("said" for "say"): a reader checking a claim sees what counted as a match
      q && res.wordForms.length ? h('p', { class: 'muted small word-forms' }, 'Also finds: ', res.wordForms.join(', ')) : null,
      res.window ? h('p', { class: 'notice' }, `More than ${formatNumber(res.window)} articles match: filters, counts and date order apply to the ${formatNumber(res.window)} best matches. Add words to narrow the search.`) : null,
      active.length
        ? h('div', { class: 'active-filters' }, active.map((f) => h('a', { class: 'chip chip-filter', href: href({ [f]: undefined }), 'aria-label': `Remove filter ${label(f)}` }, label(f), ' ✕')))
        : null,
      // an empty page of results that exist is past their end: the pager says so
      res.items.length === 0
        ? (res.total ? null : nothingMatches(q, state))
        : h('ol', { class: 'results', start: offset + 1 }, res.items.map((r) =>
            h('li', {},
              h('a', { class: 'doc-title', href: docHref(r.id, null, q || undefined, undefined, res.wordForms) }, r.title || '(untitled)'),
              h('div', { class: 'doc-meta' }, h('span', {}, formatPublished(r.published)), sourcePath(sourceLabel(r.source), r.source, 'source', 'span')),
              sameTextNote(r.sameTextAs),
              r.snippet.length ? h('p', { class: 'snippet' }, r.snippet.map((p) => (p.match ? h('mark', {}, p.text) : p.text))) : null,
              // the passage in its article, its sentence highlighted: the title opened the article at its top
              r.snippet.some((p) => p.match) ? h('a', { class: 'snippet-link small', href: docHref(r.id, null, q || undefined, snippetPassage(r.snippet), res.wordForms), 'aria-label': `Go to the passage in “${r.title || 'the article'}”` }, 'Go to the passage →') : null,
            ),
          )),
      pager(res.total, PAGE, offset, (o) => href({ offset: String(o) })),
    ),
  );
}

/** No article matches: says so, and offers broader searches, filters to remove and, for a date, the timeline. */
function nothingMatches(q: string, state: Record<Key, string | undefined>): HTMLElement {
  const filtered = ([...FACETS, ...OPTIONS] as Key[]).filter((k) => k !== 'sort' && state[k]);
  const broader = q ? broaderSearches(q) : [];
  const date = q ? queryDate(q) : null;
  const tries: HTMLElement[] = [
    ...(filtered.length ? [h('li', {}, h('a', { href: `#/search?${new URLSearchParams(q ? { q } : {})}` }, 'the same words without the filters'))] : []),
    ...broader.map((b) => h('li', {}, h('a', { href: `#/search?${new URLSearchParams({ q: b.q, ...Object.fromEntries(filtered.map((k) => [k, state[k]!])) })}` }, b.q), h('span', { class: 'muted' }, ` (${b.says})`))),
    // a date is rarely written in an article the way it is typed into a search box
    ...(date ? [h('li', {}, h('a', { href: `#/timeline?${new URLSearchParams({ from: date, to: date })}` }, `events of ${dateInWords(date)} on the timeline`), h('span', { class: 'muted' }, ' (articles by publication date: Filters and order, From and To)'))] : []),
  ];
  return h('div', { class: 'nothing-matches' },
    empty(`No article matches ${quotedQuery(q)}.${tries.length ? ' Broader searches to try:' : ' Try fewer or different words.'}`),
    tries.length ? h('ul', { class: 'plain-list broader-searches' }, tries) : null);
}

/** How many articles a search found, as a reader may take it: the server counts only its best
 *  `window` matches, so "500 results" for a common word read as an exact total ("500 or more"),
 *  and a filtered count is a part of those best matches, not of every article. */
function resultCount(res: SearchResult): string {
  if (!res.window) return formatNumber(res.total);
  return res.total >= res.window ? `${formatNumber(res.window)} or more` : `${formatNumber(res.total)} of the best ${formatNumber(res.window)}`;
}

/** Each name of a list with how many articles name it and the best three. */
async function namesTable(names: string[]): Promise<HTMLElement> {
  const rows: Array<{ name: string; res: SearchResult | null; error?: string }> = [];
  // A few at a time: a long list should not flood the server.
  for (let i = 0; i < names.length; i += 4) {
    const batch = names.slice(i, i + 4);
    rows.push(...(await Promise.all(batch.map(async (name) => {
      try {
        return { name, res: await api.search({ q: namePhrase(name), limit: 3 }) };
      } catch (err) {
        return { name, res: null, error: err instanceof Error ? err.message : String(err) };
      }
    }))));
  }
  const found = rows.filter((r) => r.res?.total).length;
  return section(`${found} of ${names.length} names found`,
    h('table', { class: 'table names-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col', class: 'num' }, 'Articles'), h('th', { scope: 'col' }, 'Best matches'))),
      h('tbody', {}, rows.map((r) => h('tr', { 'data-found': r.res?.total ? 'true' : 'false' },
        h('th', { scope: 'row' }, r.res?.total ? h('a', { href: `#/search?q=${encodeURIComponent(namePhrase(r.name))}` }, r.name) : r.name),
        h('td', { class: 'num' }, r.res ? resultCount(r.res) : '—'),
        h('td', {}, r.error ? h('span', { class: 'muted' }, r.error) : r.res?.items.length
          ? h('ul', { class: 'plain-list' }, r.res.items.map((d) => h('li', {}, h('a', { href: docHref(d.id, null, namePhrase(r.name)) }, d.title || '(untitled)'), h('span', { class: 'muted' }, ` · ${formatPublished(d.published)}`))))
          : h('span', { class: 'muted' }, 'not found')),
      ))),
    ),
  );
}
