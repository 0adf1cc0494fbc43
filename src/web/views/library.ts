// Home: what is in the knowledge base, the documents, and the most mentioned entities.
import type { ViewContext } from '../main.js';
import type { EntityItem } from '../../server/api-types.js';
import { api } from '../lib/api.js';
import { sourceLabel } from '../../outlet.js';
import { h } from '../lib/dom.js';
import { ARTICLE_COUNT_NOTE, docHref, entityChip, ENTITY_TYPES, formatNumber, formatPublished, plural, TYPE_LABELS } from '../lib/format.js';
import { downloadList } from '../lib/downloads.js';
import { LinkFilters } from '../lib/link-filters.js';
import { computingNote, empty, noArticles, pageHeader, pager, sameTextNote, section, sourcePath } from '../lib/ui.js';

const PAGE = 20;
/** Names read per type, of which mostMentioned shows the first repeated ones. */
const TOP_PER_TYPE = 30;
/** The server's document orders (DOCUMENT_ORDERS), the library's default first: a reader of news
 *  expects the newest article on top (undated last), not the order a folder happened to be read in. */
const ORDERS = [
  { key: 'date', label: 'Newest first' },
  { key: 'added', label: 'As added' },
  { key: 'title', label: 'Title A–Z' },
  { key: 'publisher', label: 'Publisher A–Z' },
];

const DEFAULT_ORDER = ORDERS[0].key;
/** The server's own default, which requests leave out. */
const SERVER_DEFAULT_ORDER = 'added';

/** The library's address for an order and a page: the order stays in the URL, so a link or a reload
 *  keeps it; the default order is left out of it. */
function libraryHref(sort: string, offset: number): string {
  const qs = new URLSearchParams();
  if (sort !== DEFAULT_ORDER) qs.set('sort', sort);
  if (offset > 0) qs.set('offset', String(offset));
  const rest = qs.toString();
  return rest ? `#/?${rest}` : '#/';
}

/** Links choosing the list's order, the current one marked (as the claims page marks its filter). */
function orderChoice(current: string): HTMLElement {
  return h('nav', { class: 'segmented list-order', 'aria-label': 'Order of the articles' },
    ORDERS.map((o) => h('a', { href: libraryHref(o.key, 0), 'aria-current': o.key === current ? 'true' : null }, o.label)));
}

/** The top names, leaving out those named only once when there are enough others (single
 *  mentions are often extraction noise and tell a reader little). */
function mostMentioned(items: EntityItem[]): EntityItem[] {
  const repeated = items.filter((e) => e.mentions > 1 || e.documents > 1);
  return (repeated.length >= 3 ? repeated : items).slice(0, 8);
}

export async function libraryView({ root, query }: ViewContext): Promise<void> {
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  // an order the list does not have (a mistyped or old link) is left out and named
  const link = new LinkFilters(query);
  const sort = link.choice('sort', ORDERS.map((o) => o.key), 'an order of the list') ?? DEFAULT_ORDER;
  // Two requests: the overview carries the most mentioned names per type and the count of events
  // whose reports disagree (the Claims page lists those first, so "0 disputed" beside them would
  // tell a reader there is nothing to check).
  const [overview, docs] = await Promise.all([api.overviewWithTop(TOP_PER_TYPE), api.documents(PAGE, offset, sort === SERVER_DEFAULT_ORDER ? undefined : sort)]);
  const byType = ENTITY_TYPES.map((type) => overview.topEntities?.[type] ?? []);
  document.title = 'Library · Chronicle';
  const stat = (n: number, label: string, href: string, title?: string) =>
    h('a', { class: 'stat', href, title }, h('span', { class: 'stat-value' }, formatNumber(n)), h('span', { class: 'stat-label' }, label));
  // Both counts cover the same things, figures and events that several articles report, so that
  // "disputed" is always a part of "compared" (events alone once read as "0 compared, 1 disputed").
  // A claim comparing one event's counts is that event's disagreement: counted once, as the event.
  const figureClaims = overview.claims - overview.eventClaims;
  const disputedFigures = overview.disputedClaims - overview.disputedEventClaims;
  const compared = figureClaims + overview.eventsCompared;
  const disputed = disputedFigures + overview.disputedEvents;
  root.append(
    pageHeader('Library', 'Every article in the knowledge base, with what was found in it. Click a title to read it with its entities, dates, figures and quotes highlighted.'),
    ...[link.notice()].filter((n) => n !== null),
    h('div', { class: 'stats' },
      stat(overview.documents, 'articles', '#/'),
      stat(overview.entities, 'entities', '#/entities'),
      stat(overview.events, 'events', '#/timeline'),
      stat(overview.places, 'places', '#/map'),
      // the label names what is counted: a bare "2 reported by several articles" said not of what
      stat(compared, 'figures and events reported by several articles', '#/claims',
        `${plural(figureClaims, 'figure')} and ${plural(overview.eventsCompared, 'event')} that more than one article reports, compared between them`),
      stat(disputed, 'of them disputed', '#/claims?filter=disputed',
        `${plural(disputedFigures, 'figure')} and ${plural(overview.disputedEvents, 'event')} on which the articles disagree`),
    ),
    ...(overview.computing ? [computingNote()] : []),
    h('div', { class: 'two-col' },
      section('Articles',
        docs.total > 1 ? orderChoice(sort) : null,
        // an empty page of a list that has articles is past its end: the pager says so
        docs.items.length === 0
          ? (docs.total ? null : noArticles())
          : h('ol', { class: 'doc-list', start: offset + 1 },
              docs.items.map((d) =>
                h('li', {},
                  h('a', { class: 'doc-title', href: docHref(d.id) }, d.title || '(untitled)'),
                  h('div', { class: 'doc-meta' }, d.publisher ? h('span', { class: 'publisher' }, d.publisher) : null, h('span', {}, formatPublished(d.published)), h('span', {}, plural(d.words, 'word')), sourcePath(sourceLabel(d.source), d.source, 'source', 'span')),
                  sameTextNote(d.sameTextAs),
                ),
              ),
            ),
        pager(docs.total, PAGE, offset, (o) => libraryHref(sort, o)),
      ),
      h('aside', { class: 'side' },
        section('Most mentioned',
          // what the numbers count is said before them, not after the last group (off the first
          // screen, so "Elian Gonzalez 1" under "Most mentioned" read as one mention, not one article)
          byType.some((items) => items.length) ? h('p', { class: 'muted small most-mentioned-unit' }, ARTICLE_COUNT_NOTE) : null,
          ...byType.map((items, i) => {
            const top = mostMentioned(items);
            return top.length
              ? h('div', { class: 'entity-group' }, h('h3', {}, TYPE_LABELS[ENTITY_TYPES[i]]), h('div', { class: 'chips' }, top.map((e) => {
                  const chip = entityChip(e, e.documents, false);
                  chip.title = `${TYPE_LABELS[e.type] ?? e.type}: ${plural(e.documents, 'article')}, ${plural(e.mentions, 'mention')}`;
                  return chip;
                })))
              : null;
          }),
          byType.some((items) => items.length)
            ? h('p', { class: 'muted small' }, h('a', { href: '#/entities' }, 'All entities →'))
            : empty('The people, organisations and places the articles name appear here.'),
        ),
        // Researchers take the tables into their own tools; without this only the command line could.
        overview.documents ? section('Download', downloadList()) : null,
      ),
    ),
  );
}
