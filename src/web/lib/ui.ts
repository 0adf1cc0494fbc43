// Common building blocks for views: headers, sections, pagers, empty and error states.
import { h, type Child } from './dom.js';
import type { EventItem } from '../../server/api-types.js';
import { entityHref, eventHref, eventTypeLabel, formatDate, docHref, formatQuantity } from './format.js';

export function pageHeader(title: Child, subtitle?: Child, ...extra: Child[]): HTMLElement {
  return h('header', { class: 'page-header' }, h('h1', {}, title), subtitle ? h('p', { class: 'subtitle' }, subtitle) : null, ...extra);
}

export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'section', 'aria-label': title }, h('h2', {}, title), ...children);
}

export function empty(text: string): HTMLElement {
  return h('p', { class: 'empty' }, text);
}

export function loading(): HTMLElement {
  return h('div', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Loading…');
}

export function errorCard(err: unknown): HTMLElement {
  const message = err instanceof Error ? err.message : String(err);
  return h('div', { class: 'error-card', role: 'alert' }, h('h2', {}, 'Something went wrong'), h('p', {}, message), h('p', {}, h('a', { href: '#/' }, 'Back to the library')));
}

/** Previous/next links for a paginated listing; buildHref gets the new offset. */
export function pager(total: number, limit: number, offset: number, buildHref: (offset: number) => string): HTMLElement | null {
  if (total <= limit) return null;
  const from = offset + 1;
  const to = Math.min(total, offset + limit);
  return h(
    'nav',
    { class: 'pager', 'aria-label': 'Pages' },
    offset > 0 ? h('a', { class: 'button', href: buildHref(Math.max(0, offset - limit)), rel: 'prev' }, '← Previous') : h('span', { class: 'button disabled', 'aria-hidden': 'true' }, '← Previous'),
    h('span', { class: 'pager-status' }, `${from}–${to} of ${total}`),
    to < total ? h('a', { class: 'button', href: buildHref(offset + limit), rel: 'next' }, 'Next →') : h('span', { class: 'button disabled', 'aria-hidden': 'true' }, 'Next →'),
  );
}

/** A compact card for an event, used by the entity page, the map panel and lists. */
export function eventCard(e: EventItem & { role?: string }): HTMLElement {
  const roles = (label: string, list: EventItem['actors']) =>
    list.length ? h('span', { class: 'roles' }, `${label}: `, list.map((r, i) => [i ? ', ' : '', r.entity ? h('a', { href: entityHref(r.entity) }, r.text) : r.text])) : null;
  const counts = Object.entries(e.counts).map(([k, c]) => (c ? `${formatQuantity(c.value, c.qualifier)} ${k}` : ''));
  return h(
    'article',
    { class: `event-card event-${e.type}` },
    h('div', { class: 'event-card-head' },
      h('span', { class: `event-type et-${e.type}` }, eventTypeLabel(e.type)),
      h('a', { class: 'event-title', href: eventHref(e.key) }, e.trigger),
      h('span', { class: 'event-date' }, formatDate(e.date)),
      e.role ? h('span', { class: 'role-tag' }, e.role) : null,
    ),
    h('p', { class: 'event-sentence' }, e.sentence),
    h('div', { class: 'event-meta' },
      e.place ? h('span', {}, '📍 ', e.place.text) : null,
      roles('By', e.actors),
      roles('Against', e.targets),
      counts.filter(Boolean).length ? h('span', {}, counts.filter(Boolean).join(' · ')) : null,
      h('a', { href: docHref(e.docId, e.sentenceSpan) }, `In “${e.docTitle}”`),
    ),
  );
}
