// Entity page: aliases, mentions in context with links into the reader, co-mentioned entities,
// events it takes part in, and quotes (for people).
import type { ViewContext } from '../main.js';
import { api } from '../lib/api.js';
import { h } from '../lib/dom.js';
import { docHref, entityChip, formatNumber, plural, typeBadge } from '../lib/format.js';
import { empty, eventCard, pageHeader, pager, section } from '../lib/ui.js';

const PAGE = 20;

export async function entityView({ root, params, query }: ViewContext): Promise<void> {
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const e = await api.entity(params.key, PAGE, offset);
  document.title = `${e.name} · Chronicle`;
  const base = `#/entity/${encodeURIComponent(e.key)}`;
  root.append(
    pageHeader(
      h('span', { class: 'entity-title' }, e.name, ' ', typeBadge(e.type)),
      `${plural(e.mentions, 'mention')} in ${plural(e.documents, 'article')}`,
      e.aliases.length > 1
        ? h('p', { class: 'aliases' }, h('span', { class: 'muted' }, 'Also written as: '), e.aliases.filter((a) => a.text !== e.name).map((a, i) => [i ? ', ' : '', h('span', { class: 'alias' }, a.text)]))
        : null,
      e.place
        ? h('p', { class: 'muted' }, `${e.place.name}${e.place.country && e.place.country !== e.place.name ? `, ${e.place.country}` : ''} · ${e.place.lat.toFixed(2)}, ${e.place.lon.toFixed(2)} · `, h('a', { href: `#/map?place=${encodeURIComponent(e.place.key)}` }, 'Show on map'))
        : null,
    ),
    h('div', { class: 'two-col' },
      h('div', {},
        section(`Mentions in context (${formatNumber(e.mentionsInContext.total)})`,
          h('ul', { class: 'kwic' }, e.mentionsInContext.items.map((m) =>
            h('li', {},
              h('p', { class: 'kwic-line' }, m.before, h('a', { class: `ann ann-${e.type}`, href: docHref(m.docId, m) }, m.text), m.after),
              h('a', { class: 'kwic-source', href: docHref(m.docId) }, m.docTitle),
            ),
          )),
          pager(e.mentionsInContext.total, PAGE, offset, (o) => `${base}?offset=${o}`),
        ),
        section(e.eventCount > e.events.length ? `Events (newest ${e.events.length} of ${e.eventCount})` : `Events (${e.eventCount})`, e.events.length ? h('div', { class: 'cards' }, e.events.map(eventCard)) : empty('No events involve this entity yet.')),
        e.type === 'PER' || e.quotes.length
          ? section(`Quotes (${e.quoteCount})`,
              e.quotes.length
                ? e.quotes.map((q) => h('blockquote', { class: 'quote' }, h('p', {}, q.kind === 'direct' ? `“${q.text.replace(/[,.]$/, '')}”` : q.text), h('footer', {}, '— ', q.speaker ?? e.name, ', in ', h('a', { href: docHref(q.docId, q) }, q.docTitle))))
                : empty('No quotes attributed to this person.'))
          : null,
      ),
      h('aside', { class: 'side' },
        section('Mentioned together with',
          e.coMentioned.length
            ? h('div', { class: 'chips' }, e.coMentioned.map((c) => entityChip(c, c.shared)))
            : empty('Not mentioned alongside other entities.'),
          e.coMentioned.length ? h('p', { class: 'muted small' }, 'Numbers: articles mentioning both.') : null,
        ),
      ),
    ),
  );
}
