// One real-world event: what, when, where, who, how many — merged from every article that reports
// it — then where the articles disagree (each value beside its sources), then each report with
// its evidence sentence and a link into the reader.
import type { ViewContext } from '../main.js';
import type { EventConflict, EventItem, EventReport, RoleRef } from '../../server/api-types.js';
import { api } from '../lib/api.js';
import { append, h, type Child } from '../lib/dom.js';
import { docHref, entityHref, eventTypeLabel, formatDate, formatPublished, formatQuantity, plural } from '../lib/format.js';
import { countsText, evidenceSentence, pageHeader, section } from '../lib/ui.js';

const FIELD_LABELS: Record<string, string> = { date: 'Date', place: 'Place', killed: 'Killed', injured: 'Injured', detained: 'Detained', arrested: 'Arrested', prosecuted: 'Prosecuted' };

export async function eventView({ root, params }: ViewContext): Promise<void> {
  const e = await api.event(params.key);
  // Opened from a report ("docId:eventId", e.g. from the reader): that report is picked out.
  const focus = e.reports.some((r) => r.key === params.key) ? params.key : null;
  document.title = `${e.title} · Chronicle`;
  const roleList = (list: RoleRef[]) =>
    list.length ? list.map((r, i) => [i ? ', ' : '', r.entity ? h('a', { href: entityHref(r.entity) }, r.text) : r.text]) : h('span', { class: 'muted' }, 'not stated');
  const counts = countsText(e);
  const place = e.place?.place;
  append(root, [
    pageHeader(
      h('span', {}, h('span', { class: `event-type big et-${e.type}` }, eventTypeLabel(e.type)), ' ', e.title),
      h('span', {}, formatDate(e.date), e.place ? ` · ${e.place.place?.name ?? e.place.text}` : '', ` · reported by ${plural(e.documentCount, 'article')}`),
    ),
    e.conflicts.length ? section('Where the articles disagree', h('div', { class: 'conflicts' }, e.conflicts.map((c) => conflictRow(c, e)))) : null,
    h('dl', { class: 'facts' },
      h('dt', {}, 'When'), h('dd', {}, formatDate(e.date), e.interval && e.interval.precision !== 'day' ? h('span', { class: 'muted' }, ` (somewhere in ${e.interval.start} to ${e.interval.end}, exclusive)`) : null),
      h('dt', {}, 'Where'), h('dd', {}, e.place ? [e.place.text, place ? h('span', { class: 'muted' }, ` — ${place.name}${place.country && place.country !== place.name ? `, ${place.country}` : ''}`) : null] : h('span', { class: 'muted' }, 'not stated')),
      h('dt', {}, 'By'), h('dd', {}, roleList(e.actors)),
      h('dt', {}, 'Against'), h('dd', {}, roleList(e.targets)),
      h('dt', {}, 'Counts'), h('dd', {}, counts || h('span', { class: 'muted' }, 'none given')),
      h('dt', {}, 'Status'), h('dd', {}, e.status),
    ),
    section(`Reports (${e.reports.length})`, h('div', { class: 'reports' }, e.reports.map((r) => reportCard(r, r.key === focus)))),
    h('p', { class: 'actions' },
      h('a', { class: 'button', href: e.interval ? `#/timeline?at=${e.interval.start}` : '#/timeline' }, 'See on the timeline'),
      place ? h('a', { class: 'button', href: `#/map?place=${encodeURIComponent(place.ref || place.name)}` }, 'Show on the map') : null,
    ),
  ]);
  if (focus) {
    root.addEventListener('view:shown', () => root.querySelector('.report-focus')?.scrollIntoView({ block: 'center' }), { once: true });
  }
}

function conflictValue(c: EventConflict['values'][number]): string {
  if (c.date) return formatDate(c.date);
  if (c.count) return formatQuantity(c.count.value, c.count.qualifier);
  return c.place ?? '?';
}

/** One disputed field: each value large, with the articles that give it underneath. */
function conflictRow(c: EventConflict, e: EventItem): HTMLElement {
  const byKey = new Map(e.reports.map((r) => [r.key, r]));
  return h('div', { class: 'conflict', 'data-field': c.field },
    h('h3', {}, FIELD_LABELS[c.field] ?? c.field),
    h('div', { class: 'conflict-values' }, c.values.map((v) =>
      h('div', { class: 'conflict-value' },
        h('div', { class: 'figure-value' }, conflictValue(v)),
        h('ul', { class: 'plain-list' }, v.reports.map((key) => {
          const r = byKey.get(key);
          return r ? h('li', {}, h('a', { href: docHref(r.docId, r.sentenceSpan) }, r.docTitle), r.attribution ? h('span', { class: 'muted' }, ` · according to ${r.attribution}`) : null) : null;
        })),
      ),
    )),
  );
}

function reportCard(r: EventReport, focused: boolean): HTMLElement {
  const facts: Child[] = [];
  if (r.date?.iso) facts.push(h('span', {}, formatDate(r.date)));
  if (r.place) facts.push(h('span', {}, `in ${r.place.text}`));
  for (const [k, c] of Object.entries(r.counts)) if (c) facts.push(h('span', {}, `${formatQuantity(c.value, c.qualifier)} ${k}`));
  return h('article', { class: `report${focused ? ' report-focus' : ''}`, 'data-report': r.key },
    h('header', { class: 'report-head' },
      h('a', { class: 'report-title', href: docHref(r.docId) }, r.docTitle),
      h('span', { class: 'muted' }, ` · ${formatPublished(r.published)}`),
      focused ? h('span', { class: 'role-tag' }, 'from the article you came from') : null,
    ),
    h('blockquote', { class: 'evidence' }, evidenceSentence(r)),
    h('div', { class: 'event-meta' },
      facts,
      r.attribution ? h('span', {}, `according to ${r.attribution}`) : null,
      r.status !== 'reported' ? h('span', {}, r.status) : null,
      h('a', { href: docHref(r.docId, r.sentenceSpan) }, 'Read it in the article →'),
    ),
  );
}
