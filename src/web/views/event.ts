// One event: what, when, where, who, how many, and the sentence it was read from.
import type { ViewContext } from '../main.js';
import { api } from '../lib/api.js';
import { h } from '../lib/dom.js';
import { docHref, entityHref, eventTypeLabel, formatDate, formatQuantity } from '../lib/format.js';
import { pageHeader, section } from '../lib/ui.js';

export async function eventView({ root, params }: ViewContext): Promise<void> {
  const e = await api.event(params.key);
  document.title = `${eventTypeLabel(e.type)}: ${e.trigger} · Chronicle`;
  const roleList = (list: typeof e.actors) =>
    list.length ? list.map((r, i) => [i ? ', ' : '', r.entity ? h('a', { href: entityHref(r.entity) }, r.text) : r.text]) : h('span', { class: 'muted' }, 'not stated');
  const at = e.sentence.indexOf(e.trigger);
  const counts = Object.entries(e.counts).filter(([, c]) => c);
  root.append(
    pageHeader(
      h('span', {}, h('span', { class: `event-type big et-${e.type}` }, eventTypeLabel(e.type)), ' ', e.trigger),
      h('span', {}, formatDate(e.date), e.place ? ` · ${e.place.text}` : '', ` · ${e.status}`),
    ),
    section('Evidence',
      h('blockquote', { class: 'evidence' },
        at >= 0 ? [e.sentence.slice(0, at), h('mark', { class: 'ann ann-event' }, e.trigger), e.sentence.slice(at + e.trigger.length)] : e.sentence,
      ),
      h('p', {}, 'From ', h('a', { href: docHref(e.docId, e.sentenceSpan) }, e.docTitle), e.attribution ? `, according to ${e.attribution}` : ''),
    ),
    h('dl', { class: 'facts' },
      h('dt', {}, 'When'), h('dd', {}, formatDate(e.date), e.interval && e.interval.precision !== 'day' ? h('span', { class: 'muted' }, ` (${e.interval.start} to ${e.interval.end}, exclusive)`) : null),
      h('dt', {}, 'Where'), h('dd', {}, e.place ? [e.place.text, e.place.place ? h('span', { class: 'muted' }, ` — ${e.place.place.name}${e.place.place.country ? `, ${e.place.place.country}` : ''}`) : null] : h('span', { class: 'muted' }, 'not stated')),
      h('dt', {}, 'By'), h('dd', {}, roleList(e.actors)),
      h('dt', {}, 'Against'), h('dd', {}, roleList(e.targets)),
      h('dt', {}, 'Counts'), h('dd', {}, counts.length ? counts.map(([k, c]) => `${formatQuantity(c!.value, c!.qualifier)} ${k}`).join(' · ') : h('span', { class: 'muted' }, 'none given')),
    ),
    h('p', {}, h('a', { class: 'button', href: e.interval ? `#/timeline?at=${e.interval.start}` : '#/timeline' }, 'See on the timeline')),
  );
}
