// Common building blocks for views: headers, sections, pagers, empty and error states.
import { h, type Child } from './dom.js';
import { ApiError } from './api.js';
import type { EventCountsBrief, EventItem, EventReport, SameText } from '../../server/api-types.js';
import { articlesAndTexts, eventHref, eventTypeLabel, formatDate, docHref, formatCount, formatNumber, disputedCountText, plural } from './format.js';
import { conflictValueText, type ConflictValue } from '../../conflict-value.js';

export function pageHeader(title: Child, subtitle?: Child, ...extra: Child[]): HTMLElement {
  return h('header', { class: 'page-header' }, h('h1', {}, title), subtitle ? h('p', { class: 'subtitle' }, subtitle) : null, ...extra);
}

/** A page header whose heading has a badge beside it (an entity's type): the badge sits outside the
 *  h1, so the heading's accessible name, and a copy of it, are the title alone ("European Union
 *  Organisation" was read as the entity's name). */
export function pageHeaderWithBadge(title: string, badge: HTMLElement, subtitle?: Child, ...extra: Child[]): HTMLElement {
  return h('header', { class: 'page-header' }, h('div', { class: 'entity-title' }, h('h1', {}, title), badge), subtitle ? h('p', { class: 'subtitle' }, subtitle) : null, ...extra);
}

/**
 * A file path or other source label that breaks only after a "/" (a phone broke
 * "demo/great-lakes-monitor-goma-attack.txt" at its hyphens and mid-word): each part stays on one
 * line, clipped with an ellipsis only where it is wider than the whole line; the whole label is its title.
 */
export function sourcePath(label: string, title = label, className = 'muted small', tag: 'div' | 'span' = 'div'): HTMLElement {
  const parts = label.split(/(?<=\/)/);
  return h(tag, { class: `${className} source-path`, title }, parts.map((part) => h('span', {}, part)));
}

export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'section', 'aria-label': title }, h('h2', {}, title), ...children);
}

/** "Near-duplicate: the same text as “…”": the same wire text on two sites is one source, not two, said where both are listed. */
export function sameTextNote(others: SameText[] | undefined): HTMLElement | null {
  return others?.length ? h('div', { class: 'doc-meta doc-copy' }, h('span', {}, 'Near-duplicate: the same text as ', others.map((o, k) => [k ? ', ' : '', h('a', { href: docHref(o.id) }, `“${o.title}”`)]))) : null;
}

export function empty(text: string): HTMLElement {
  return h('p', { class: 'empty' }, text);
}

/** A view over a corpus with no articles says so, instead of "nothing matches" or "every event
 *  has a date", which read as if something had been searched and checked. */
export function noArticles(): HTMLElement {
  return h('p', { class: 'empty no-articles' }, 'No articles yet. Ingest some with “chronicle ingest PATH”, then reload this page.');
}

/** Shown while the server is still merging events and grouping claims across articles. */
export function computingNote(): HTMLElement {
  return h('p', { class: 'notice computing', role: 'status' }, 'Events and claims are still being merged across articles; what is shown may be incomplete. Reload in a moment.');
}

export function loading(): HTMLElement {
  return h('div', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Loading…');
}

/** Why a page failed, in a reader's terms: a missing page or record is not a crash, and an
 *  unreachable server is something the reader can fix. `title` overrides the heading. */
const MISSING: Record<string, string> = { entity: 'No entity', document: 'No article', event: 'No event', place: 'No place' };

/** The server's 'no entity "ent_0c1d…"' in a reader's words ("No entity in this knowledge base has
 *  the address “ent_0c1d…”."): what is missing, its id kept (to compare with a saved link), and any
 *  further reason the server gives. */
export function notFoundInWords(message: string): string {
  const m = /^no (entity|document|event|place) "([^"]*)"(.*)$/s.exec(message);
  if (!m) return message;
  // '… "x" yet: events are still being merged, try again shortly' keeps its reason
  return `${MISSING[m[1]]} in this knowledge base has the address “${m[2]}”${m[3].trimEnd().replace(/\.$/, '')}.`;
}

export function errorCard(err: unknown, title?: string): HTMLElement {
  const message = err instanceof Error ? err.message : String(err);
  const status = err instanceof ApiError ? err.status : null;
  const heading = title ?? (status === 404 ? 'Not found' : status === 0 ? 'Cannot reach the server' : 'Something went wrong');
  // the card is the whole page, so its heading is the page's one h1 (an h2 under no h1 skipped a level)
  return h('div', { class: 'error-card', role: 'alert' },
    h('h1', {}, heading),
    h('p', {}, status === 404 ? notFoundInWords(message) : message),
    status === 404
      ? h('p', {}, 'A saved link may stop working when the knowledge base is rebuilt or names or events are merged; a search finds them again.')
      : null,
    h('p', { class: 'error-actions' },
      status === 0 ? h('button', { type: 'button', class: 'button', onclick: () => location.reload() }, 'Reload') : null,
      status === 404 ? h('a', { href: '#/search' }, 'Search the articles') : null,
      h('a', { href: '#/' }, 'Back to the library'),
    ),
  );
}

/** A column a table can be sorted by: its key in the address, its heading, and whether it sorts
 *  A to Z (names, titles) or most first (counts, dates). `num` right-aligns a number column. */
export interface SortColumn {
  key: string;
  label: string;
  ascending?: boolean;
  num?: boolean;
}

/** A table's head whose headings are links to the table sorted by that column; the current one is
 *  marked with aria-sort and an arrow, so the order is told by text as well as by position. */
export function sortableHead(columns: SortColumn[], current: string, href: (key: string) => string): HTMLElement {
  return h('thead', {}, h('tr', {}, columns.map((c) => {
    const on = c.key === current;
    return h('th', { scope: 'col', class: c.num ? 'num' : '', 'aria-sort': on ? (c.ascending ? 'ascending' : 'descending') : null },
      h('a', { href: href(c.key) }, c.label, on ? (c.ascending ? ' ▲' : ' ▼') : ''));
  })));
}

/** Previous/next links for a paginated listing; buildHref gets the new offset. */
export function pager(total: number, limit: number, offset: number, buildHref: (offset: number) => string): HTMLElement | null {
  // A page past the last (an old link, or a list that shrank after a merge) says so and leads
  // back: it had read "100,000–131 of 131" over "No articles yet", with 10 articles stored.
  if (total > 0 && offset >= total) {
    return h('nav', { class: 'pager pager-past-end', 'aria-label': 'Pages' },
      h('span', { class: 'pager-status' }, `This page is past the end of the list (${formatNumber(total)} in all).`),
      h('a', { class: 'button', href: buildHref(Math.floor((total - 1) / limit) * limit) }, '← Last page'));
  }
  if (total <= limit) return null;
  const from = offset + 1;
  const to = Math.min(total, offset + limit);
  return h(
    'nav',
    { class: 'pager', 'aria-label': 'Pages' },
    offset > 0 ? h('a', { class: 'button', href: buildHref(Math.max(0, offset - limit)), rel: 'prev' }, '← Previous') : h('span', { class: 'button disabled', 'aria-hidden': 'true' }, '← Previous'),
    h('span', { class: 'pager-status' }, `${formatNumber(from)}–${formatNumber(to)} of ${formatNumber(total)}`),
    to < total ? h('a', { class: 'button', href: buildHref(offset + limit), rel: 'next' }, 'Next →') : h('span', { class: 'button disabled', 'aria-hidden': 'true' }, 'Next →'),
  );
}

/** The evidence sentence with the trigger marked. */
export function evidenceSentence(r: EventReport): Child[] {
  const { start, end } = r.triggerSpan;
  return end > start ? [r.sentence.slice(0, start), h('mark', { class: 'ann ann-event' }, r.sentence.slice(start, end)), r.sentence.slice(end)] : [r.sentence];
}

const COUNT_LABELS: Record<string, string> = { killed: 'killed', injured: 'injured', detained: 'detained', arrested: 'arrested', prosecuted: 'prosecuted' };

/** "17 killed · about 40 injured", with disputed counts as "12 or 17 killed (reports differ)". */
export function countsText(e: EventItem): string {
  const agreed = Object.entries(e.counts).filter(([, c]) => c).map(([k, c]) => `${formatCount(c!)} ${COUNT_LABELS[k] ?? k}`);
  return [...agreed, ...disputedCounts(e).map((c) => c.text)].join(' · ');
}

/** The same words from an event's counts in brief (timeline items, a place's events): "about 40 injured · 12 or 17 killed (reports differ)". */
export function briefCountsText(b: EventCountsBrief): string {
  const agreed = Object.entries(b.counts ?? {}).filter(([, c]) => c).map(([k, c]) => `${formatCount(c!)} ${COUNT_LABELS[k] ?? k}`);
  const disputed = Object.entries(b.disputedCounts ?? {}).filter(([, v]) => v?.length).map(([k, v]) => disputedCountText(v!.map(formatCount), COUNT_LABELS[k] ?? k));
  return [...agreed, ...disputed].join(' · ');
}

/** An event's counts after its title or date in a list: the space before them keeps the text, and what a
 *  screen reader reads, from running together ("Attack in Gomaabout 40 injured"), which the margin alone did not. */
export function countsAfter(text: string): Child[] | null {
  return text ? [' ', h('span', { class: 'event-counts' }, text)] : null;
}

/** The counts an event's articles disagree on, each as "12 or 17 killed (reports differ)"; `note`
 *  false leaves off "(reports differ)", for a page that says so in its own words. */
export function disputedCounts(e: Pick<EventItem, 'conflicts'>, note = true): Array<{ field: string; text: string }> {
  return e.conflicts.filter((c) => c.field in COUNT_LABELS).map((c) => ({ field: c.field, text: disputedCountText(c.values.map((v) => (v.count ? formatCount(v.count) : '?')), COUNT_LABELS[c.field], note) }));
}

export function sourcesBadge(e: EventItem): HTMLElement | null {
  if (e.documentCount < 2) return null;
  return h('span', { class: `sources-badge${e.conflicts.length ? ' sources-disagree' : ''}`, title: e.conflicts.length ? `The articles disagree on ${e.conflicts.map((c) => c.field).join(', ')}` : 'Reported by several articles' },
    articlesAndTexts(e.documentCount, e.copies), e.conflicts.length ? ' · disagree' : '');
}

/** A disputed field's name in a sentence's head ("Killed", "Date"). */
export const FIELD_LABELS: Record<string, string> = { date: 'Date', place: 'Place', killed: 'Killed', injured: 'Injured', detained: 'Detained', arrested: 'Arrested', prosecuted: 'Prosecuted' };

export function conflictValue(c: ConflictValue): string {
  return conflictValueText(c, { date: formatDate, count: formatCount });
}

/** A figure's value set large (claims, an event's disagreements). A long unbroken number
 *  ("A$1,330,000,000") is set smaller, so that it fits its card on one line instead of breaking
 *  between two digits ("A$1,330,000,00" over "0"). */
export function figureValue(text: string, attrs: Record<string, string | number> = {}): HTMLElement {
  const longest = Math.max(0, ...text.split(/\s+/).map((w) => w.length));
  return h('div', { class: `figure-value${longest > 10 ? ' figure-value-long' : ''}`, ...attrs }, text);
}

const TITLES_PER_VALUE = 3;

/** Under a disputed event's card: each disputed field, each value with the articles that give it
 *  ("Killed: 12 in “A”, “B” · 17 in “C”"), as the event page sets them side by side. Reports not
 *  among the event's listed ones are counted. */
export function disagreementList(e: EventItem): HTMLElement | null {
  if (!e.conflicts.length) return null;
  const byKey = new Map(e.reports.map((r) => [r.key, r]));
  return h('ul', { class: 'event-disagreements plain-list small' }, e.conflicts.map((c) =>
    h('li', { 'data-field': c.field },
      h('strong', {}, `${FIELD_LABELS[c.field] ?? c.field}: `),
      c.values.map((v, i) => {
        const docs = [...new Map(v.reports.map((k) => byKey.get(k)).filter((r): r is EventReport => !!r).map((r) => [r.docId, r])).values()];
        const unnamed = v.reports.length - v.reports.filter((k) => byKey.has(k)).length;
        const more = Math.max(0, docs.length - TITLES_PER_VALUE) + unnamed;
        return h('span', { class: 'disagreement-value' },
          i ? ' · ' : '',
          h('span', { class: 'figure-value-inline' }, conflictValue(v)),
          ' in ',
          docs.slice(0, TITLES_PER_VALUE).map((r, j) => [j ? ', ' : '', h('a', { href: docHref(r.docId, r.sentenceSpan) }, `“${r.docTitle}”`)]),
          more > 0 ? `${docs.length ? ' and ' : ''}${plural(more, docs.length ? 'more report' : 'report')}` : '');
      }),
    )));
}

/** An event card's counts, on a line of their own: each count a part, a number kept with the words
 *  beside it ("at least 9 killed" never ends a phone's line on "9"), so that a line breaks between
 *  words of a count or between counts, not between a number and what it counts. */
function cardCounts(counts: string): HTMLElement {
  const parts = counts.split(' · ');
  return h('span', { class: 'card-counts' }, parts.map((part, i) => [i ? ' · ' : '', h('span', { class: 'count-part' }, part.replace(/(?<=\d) | (?=\d)/g, '\u00a0'))]));
}

/** A compact card for a real-world event, used by the entity page, lists and the map panel. */
export function eventCard(e: EventItem & { role?: string }): HTMLElement {
  const lead = e.reports[0];
  const counts = countsText(e);
  return h(
    'article',
    { class: `event-card event-${e.type}`, 'data-event': e.key },
    h('div', { class: 'event-card-head' },
      h('span', { class: `event-type et-${e.type}` }, eventTypeLabel(e.type)),
      h('a', { class: 'event-title', href: eventHref(e.key) }, e.title),
      e.role ? h('span', { class: 'role-tag' }, e.role) : null,
      // always on a line of its own under the title, so that a long title lays the card out as a short one does
      h('span', { class: 'event-card-when' }, h('span', { class: 'event-date' }, formatDate(e.date)), sourcesBadge(e)),
    ),
    lead ? h('p', { class: 'event-sentence' }, evidenceSentence(lead)) : null,
    h('div', { class: 'event-meta' },
      counts ? cardCounts(counts) : null,
      e.reports.slice(0, 3).map((r) => h('a', { href: docHref(r.docId, r.sentenceSpan) }, `In “${r.docTitle}”`)),
      (e.reportCount ?? e.reports.length) > 3 ? h('a', { href: eventHref(e.key) }, `and ${(e.reportCount ?? e.reports.length) - 3} more`) : null,
    ),
  );
}
