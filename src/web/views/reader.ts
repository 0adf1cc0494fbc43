// Reader: the clean text with entities, dates, figures, quotes and event triggers highlighted
// by type. Each highlight links to what it is about; removed boilerplate can be shown in place.
import type { ViewContext } from '../main.js';
import type { DocumentView, LinkedAnnotation } from '../../server/api-types.js';
import { api } from '../lib/api.js';
import { h, type Child } from '../lib/dom.js';
import { articleDay, articlesAndTexts, docHref, entityHref, eventHref, eventTypeLabel, formatDate, formatNumber, formatPublished, plural, TYPE_LABELS } from '../lib/format.js';
import { pageHeader, section } from '../lib/ui.js';
import { languageName } from '../../language-name.js';
// The library's count (the store's), so a page of Japanese is not "1 words" here and 400 there.
import { countWords } from '../../word-count.js';
import { quoteWords } from '../../quote-text.js';
import { act, afterChange, curationApi, curationBox, decisionRow, type Curation } from '../lib/curation.js';
import { findPassage, quotedQuery } from '../lib/search-help.js';
import { citationParts, citationText, copyText, outletOf, searchTerms, sentenceAround, termSpans, wrapRange } from '../lib/citation.js';
import { figureNote, figureValue, noteControl, quoteNote, speakerElement, withSpeakerEntities, type HighlightNote } from '../lib/highlight-notes.js';
import { dateField, dateInWords, readDateField } from '../lib/date-input.js';
import { addSkipLink } from '../lib/skip-links.js';

interface Mark {
  start: number;
  end: number;
  /** CSS class suffix and legend group: PER ORG LOC MISC time figure quote event. */
  group: string;
  href?: string;
  title: string;
  /** Sub-kind that changes the style (indirect quotes). */
  kind?: string;
  /** What the tooltip says, readable by keyboard and touch too (figures, quotes). */
  note?: HighlightNote;
}

const GROUPS: Array<[string, string]> = [
  ['PER', TYPE_LABELS.PER], ['ORG', TYPE_LABELS.ORG], ['LOC', TYPE_LABELS.LOC], ['MISC', TYPE_LABELS.MISC],
  ['time', 'Date'], ['figure', 'Figure'], ['quote', 'Quote'], ['event', 'Event'],
];

export async function readerView({ root, params, query, onLeave }: ViewContext): Promise<void> {
  const [doc, overview] = await Promise.all([api.document(params.id), api.overview()]);
  doc.annotations = withSpeakerEntities(doc.annotations);
  // past the header, the highlight keys and the side panel's links, straight to the text
  onLeave(addSkipLink('Skip to the article text', 'reader-text'));
  document.title = `${doc.title || 'Untitled'} · Chronicle`;
  const marks = marksOf(doc);
  const body = h('div', { class: 'reader-text', id: 'reader-text' });
  const renderBody = (showRemoved: boolean) => {
    body.replaceChildren(...paragraphs(doc, marks, showRemoved));
  };
  renderBody(false);

  const counts = new Map<string, number>();
  for (const m of marks) counts.set(m.group, (counts.get(m.group) ?? 0) + 1);
  // Each key says what its number counts (highlights in this text, not distinct names) and that
  // it shows or hides them: "Person 18" alone read as 18 people and gave no hint it was a switch.
  const legendHint = (g: string, label: string, n: number, on: boolean) => `${plural(n, `${g === 'MISC' ? 'other name' : label.toLowerCase()} highlight`)} in the text: select to ${on ? 'hide' : 'show'} them`;
  const legend = h('div', { class: 'legend', role: 'group', 'aria-label': 'Highlights in the text, by kind: select one to hide or show it' },
    GROUPS.filter(([g]) => counts.get(g)).map(([g, label]) =>
      h('button', { type: 'button', class: `legend-item lg-${g}`, 'aria-pressed': 'true', title: legendHint(g, label, counts.get(g)!, true), onclick: (ev: MouseEvent) => {
        const btn = ev.currentTarget as HTMLButtonElement;
        const on = btn.getAttribute('aria-pressed') !== 'true';
        btn.setAttribute('aria-pressed', String(on));
        btn.title = legendHint(g, label, counts.get(g)!, on);
        body.classList.toggle(`hide-${g}`, !on);
      } }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), label, h('span', { class: 'legend-count' }, String(counts.get(g)))),
    ),
  );
  const removedToggle = doc.removed.length
    ? h('label', { class: 'toggle' },
        h('input', { type: 'checkbox', id: 'show-removed', onchange: (ev: Event) => renderBody((ev.target as HTMLInputElement).checked) }),
        ` Show removed boilerplate (${doc.removed.length})`)
    : null;

  const meta = doc.meta;
  const source = doc.sources[0];
  root.append(
    h('div', { class: 'reader-layout' },
      h('article', { class: 'reader' },
        pageHeader(doc.title || 'Untitled', h('span', { class: 'doc-meta' },
          h('span', { class: 'published' }, formatPublished(meta.published?.value), doc.curations.some((c) => c.relation === 'date') ? h('span', { class: 'set-by-person' }, ' (date set by a person)') : null),
          outletOf(doc) ? h('span', { class: 'outlet' }, outletOf(doc)) : null,
          meta.authors?.length ? h('span', {}, `By ${meta.authors.join(', ')}`) : null,
          meta.language && meta.language !== 'en' && meta.language !== 'und' ? h('span', { class: 'language' }, `In ${languageName(meta.language)}`) : null,
          source ? h('span', { class: 'source', title: source.location }, source.url ? h('a', { href: source.url, rel: 'noreferrer noopener', target: '_blank' }, source.name) : source.name) : null,
        )),
        // a text in another language: stored and searchable, not analysed (the analysis reads English only)
        meta.notAnalysed ? h('p', { class: 'notice not-analysed', role: 'note' }, `Not analysed: ${meta.notAnalysed}.`) : null,
        // a page saved before it finished loading: the text is what there was
        meta.truncated ? h('p', { class: 'notice truncated', role: 'note' }, `Incomplete: ${meta.truncated}.`) : null,
        h('div', { class: 'reader-tools' }, legend, removedToggle),
        body,
      ),
      h('div', { class: 'side' }, sidePanel(doc), overview.curatable ? documentCuration(doc) : null),
    ),
  );

  const hl = /^(\d+)-(\d+)$/.exec(query.get('hl') ?? '');
  const q = query.get('q');
  // a search snippet followed: its sentence is cited, at the snippet's first match
  const passage = hl ? null : findPassage(doc.text, query.get('passage') ?? '');
  root.addEventListener('view:shown', (ev) => {
    const hits = q ? markSearchTerms(body, doc, q, (query.get('forms') ?? '').split(/\s+/).filter(Boolean)) : [];
    const cited = hl ? showCitation(root, body, doc, { start: Number(hl[1]), end: Number(hl[2]) })
      : passage ? showCitation(root, body, doc, hits.find((s) => s.start >= passage.start && s.end <= passage.end) ?? passage) : false;
    // the reader is at the cited passage: the router must not move them back to the top
    if (cited) ev.preventDefault();
  }, { once: true });
}

/** Marks the search words in the text, and the other forms of them the search found (`forms`:
 *  "arrested" for "arrest"), with a count and a way to step through them; returns their spans. */
function markSearchTerms(body: HTMLElement, doc: DocumentView, q: string, forms: string[]): Array<{ start: number; end: number }> {
  const spans = termSpans(doc.text, [...searchTerms(q), ...forms.map((text) => ({ text, prefix: false }))]);
  const hits: HTMLElement[] = [];
  for (const s of spans) {
    const marks = wrapRange(body, s, () => h('mark', { class: 'search-hit' }));
    if (marks.length) hits.push(marks[0]);
  }
  body.before(h('p', { class: 'search-hits', role: 'status' },
    hits.length ? `${plural(hits.length, 'match', 'matches')} for ${quotedQuery(q)} highlighted` : `${quotedQuery(q)} does not occur word for word in this text (the search also matches other word forms)`,
    hits.length ? matchSteps(hits) : null));
  return spans;
}

/** Buttons that take the reader from one search match to the next: in a long article the matches
 *  were highlighted but left to be hunted for by scrolling. */
function matchSteps(hits: HTMLElement[]): HTMLElement {
  let at = -1;
  const where = h('span', { class: 'match-at' });
  const step = (by: 1 | -1) => () => {
    hits[at]?.classList.remove('search-hit-current');
    at = at < 0 ? (by > 0 ? 0 : hits.length - 1) : (at + by + hits.length) % hits.length;
    const hit = hits[at];
    hit.classList.add('search-hit-current');
    hit.setAttribute('tabindex', '-1');
    hit.scrollIntoView({ block: 'center' });
    hit.focus({ preventScroll: true });
    where.textContent = `match ${at + 1} of ${hits.length}`;
  };
  return h('span', { class: 'match-steps' },
    h('button', { type: 'button', class: 'button small-button', onclick: step(-1) }, '↑ Previous match'),
    h('button', { type: 'button', class: 'button small-button', onclick: step(1) }, 'Next match ↓'),
    where);
}

/** Scrolls to the cited span, highlights it and its sentence until dismissed, and offers a citation; false where the span is not in the text. */
function showCitation(root: HTMLElement, body: HTMLElement, doc: DocumentView, span: { start: number; end: number }): boolean {
  if (span.end <= span.start || span.start >= doc.text.length) return false;
  const sentence = sentenceAround(doc, span);
  const sentenceMarks = wrapRange(body, sentence, () => h('span', { class: 'cite-sentence' }));
  const spanMarks = sentence.start === span.start && sentence.end === span.end ? [] : wrapRange(body, span, () => h('mark', { class: 'cite-span' }));
  const first = spanMarks[0] ?? sentenceMarks[0];
  if (!first) return false;
  first.id = 'cited';
  first.setAttribute('tabindex', '-1');
  const citation = citationText(citationParts(doc, span.end - span.start < 12 ? sentence : span, location.href));
  const output = h('output', { class: 'citation-text', for: 'copy-citation' });
  const bar = h('div', { class: 'citation-bar', role: 'region', 'aria-label': 'Cited passage' },
    h('span', {}, 'The cited passage is highlighted below.'),
    h('a', { href: '#cited', class: 'button', onclick: (ev: MouseEvent) => {
      ev.preventDefault();
      first.scrollIntoView({ block: 'center' });
      first.focus({ preventScroll: true });
    } }, 'Go to it'),
    h('button', { type: 'button', class: 'button', id: 'copy-citation', onclick: async () => {
      output.textContent = citation;
      output.dataset.copied = String(await copyText(citation));
      output.prepend(h('strong', {}, output.dataset.copied === 'true' ? 'Copied: ' : 'Copy this: '));
    } }, 'Copy citation'),
    h('button', { type: 'button', class: 'button', onclick: () => {
      for (const m of [...sentenceMarks, ...spanMarks]) m.replaceWith(...m.childNodes);
      bar.remove();
    } }, 'Dismiss highlight'),
    output,
  );
  root.querySelector('.reader-tools')?.after(bar);
  first.scrollIntoView({ block: 'center' });
  first.focus({ preventScroll: true });
  return true;
}

/** Highlights from annotations; a place on the same span as a mention adds to it rather than doubling it. */
function marksOf(doc: DocumentView): Mark[] {
  const marks: Mark[] = [];
  const mentionSpans = new Set<string>();
  for (const a of doc.annotations) if (a.kind === 'mention') mentionSpans.add(`${a.start}-${a.end}`);
  for (const a of doc.annotations) {
    switch (a.kind) {
      case 'mention':
        marks.push({ start: a.start, end: a.end, group: a.label, href: a.entity ? entityHref(a.entity) : undefined, title: `${TYPE_LABELS[a.label] ?? a.label}: ${a.text}` });
        break;
      case 'place':
        // to this place on the map, not to the whole map for a reader to find it on
        if (!mentionSpans.has(`${a.start}-${a.end}`)) marks.push({ start: a.start, end: a.end, group: 'LOC', href: a.placeKey ? `#/map?place=${encodeURIComponent(a.placeKey)}` : '#/map', title: `Place: ${a.text}` });
        break;
      case 'time': {
        const v = a.data.value as { iso: string | null; precision: string } | undefined;
        // the day, month or year it falls in (a time of day, week or season is more than the timeline opens on)
        const iso = v?.iso ? /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(v.iso)?.[0] ?? null : null;
        marks.push({ start: a.start, end: a.end, group: 'time', href: iso ? `#/timeline?at=${iso}` : '#/timeline', title: `Date: ${formatDate(v as never)}` });
        break;
      }
      case 'figure': {
        // Its note links to the figure's claim (the same quantity in other articles) when it has one:
        // the Claims page without one does not show this figure.
        const note = figureNote(a);
        marks.push({ start: a.start, end: a.end, group: 'figure', title: note.label, note });
        break;
      }
      case 'quote':
        // Indirect speech ("the agency said that …") is marked lightly; only direct quotes are set in italics.
        marks.push({ start: a.start, end: a.end, group: 'quote', kind: a.label === 'indirect' ? 'indirect' : undefined, title: quoteNote(a).label, note: quoteNote(a) });
        break;
      case 'event': {
        const t = a.data.trigger as { start: number; end: number } | undefined;
        const others = (a.eventDocuments ?? 1) - 1;
        if (t && a.eventId) marks.push({ start: t.start, end: t.end, group: 'event', href: eventHref(a.eventId), title: `Event: ${eventTypeLabel(a.label)}${others > 0 ? ` (reported by ${articlesAndTexts(others + 1, a.eventCopies)})` : ''}` });
        break;
      }
    }
  }
  // Outer marks first, so nesting is built top-down.
  return marks.sort((x, y) => x.start - y.start || y.end - x.end);
}

function paragraphs(doc: DocumentView, marks: Mark[], showRemoved: boolean): HTMLElement[] {
  const paras = doc.paragraphs.length ? doc.paragraphs : [{ start: 0, end: doc.text.length }];
  const removed = showRemoved ? groupRemoved(doc.removed) : [];
  const out: HTMLElement[] = [];
  let r = 0;
  const removedBlock = (part: DocumentView['removed'][number]) =>
    h('aside', { class: 'removed-part', 'aria-label': `Removed: ${part.reason}` }, h('span', { class: 'removed-reason' }, part.reason.replace(/-/g, ' ')), h('span', {}, part.text));
  paras.forEach((p, i) => {
    while (r < removed.length && removed[r].at <= p.start) out.push(removedBlock(removed[r++]));
    const inside = marks
      .filter((m) => m.end > p.start && m.start < p.end)
      .map((m) => ({ ...m, start: Math.max(m.start, p.start), end: Math.min(m.end, p.end) }));
    if (i === 0 && headlineParagraph(doc)) return; // the title is already the page heading
    out.push(h('p', { 'data-para-start': p.start }, renderSpan(doc.text, inside, p.start, p.end, false)));
  });
  while (r < removed.length) out.push(removedBlock(removed[r++]));
  return out;
}

/** The first paragraph when it only repeats the title: not drawn, so nothing in it can be cited. */
function headlineParagraph(doc: DocumentView): { start: number; end: number } | null {
  const p = doc.paragraphs[0];
  return p && doc.text.slice(p.start, p.end).trim() === doc.title.trim() ? p : null;
}

/** Removed parts in text order; a run with one reason at one place (nine menu links) is one block. */
function groupRemoved(parts: DocumentView['removed']): DocumentView['removed'] {
  const out: DocumentView['removed'] = [];
  for (const p of [...parts].sort((a, b) => a.at - b.at)) {
    const last = out[out.length - 1];
    if (last && last.at === p.at && last.reason === p.reason) last.text += ` · ${p.text}`;
    else out.push({ ...p });
  }
  return out;
}

/** Punctuation closing a phrase, and what is written against it ("’s", ".”"), right after a highlight. */
const GLUED_AFTER = /^[.,;:!?)\]}%”’'"»…][^\s]*/u;

/** Renders text[from, to) with marks nested inside each other; crossing marks are dropped. */
function renderSpan(text: string, marks: Mark[], from: number, to: number, inLink: boolean): Child[] {
  const out: Child[] = [];
  let pos = from;
  let i = 0;
  while (i < marks.length) {
    const m = marks[i];
    if (m.start < pos || m.end > to) {
      i++;
      continue;
    }
    if (m.start > pos) out.push(text.slice(pos, m.start));
    const children: Mark[] = [];
    let j = i + 1;
    while (j < marks.length && marks[j].start < m.end) {
      if (marks[j].end <= m.end && !(marks[j].start === m.start && marks[j].end === m.end && marks[j].group === m.group)) children.push(marks[j]);
      j++;
    }
    const link = !!m.href && !inLink;
    const attrs = { class: `ann ann-${m.group}${m.kind ? ` ann-${m.group}-${m.kind}` : ''}`, title: m.title, 'data-start': m.start, 'data-end': m.end, 'data-group': m.group };
    const inner = renderSpan(text, children, m.start, m.end, inLink || link);
    // A note's control cannot sit inside a link; there the tooltip stays the only way.
    const made = m.note && !link && !inLink ? noteControl(m.note, attrs, inner) : [link ? h('a', { ...attrs, href: m.href! }, inner) : h('span', attrs, inner)];
    pos = m.end;
    i = j;
    // The punctuation written against a highlight stays on its line: a highlight is a box of its own
    // (styles.css), and a narrow column broke the line between it and its comma or full stop.
    const next = marks.slice(j).find((x) => x.start >= pos && x.end <= to)?.start ?? to;
    const tail = GLUED_AFTER.exec(text.slice(pos, next))?.[0];
    if (tail) {
      out.push(h('span', { class: 'ann-glue' }, made, tail));
      pos += tail.length;
    } else out.push(...made);
  }
  if (pos < to) out.push(text.slice(pos, to));
  return out;
}

/** The first few words, with an ellipsis when cut. */
function clip(text: string, words: number): string {
  const w = text.split(/\s+/);
  return w.length <= words ? text : `${w.slice(0, words).join(' ')}…`;
}

/** The folder a document's file sits in: what a collection date applies to. */
function folderOf(location: string): string | null {
  if (/^[a-z]+:\/\//i.test(location) || location.startsWith('upload:')) return null;
  const path = location.replace(/#.*$/, '');
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut > 0 ? path.slice(0, cut + 1) : null;
}

/** Set this article's date or outlet, or the date of every undated article in its folder. */
function documentCuration(doc: DocumentView): HTMLElement {
  const status = h('p', { class: 'curation-status', role: 'status' });
  const here = `#/doc/${encodeURIComponent(doc.id)}`;
  const folder = folderOf(doc.sources[0]?.location ?? '');
  const date = dateField('doc-date', null, { id: 'doc-date', required: true });
  const outlet = h('input', { id: 'doc-outlet', type: 'text', required: true, placeholder: 'e.g. the newspaper' });
  const folderDate = dateField('folder-date', null, { id: 'folder-date', required: true });
  const submit = (make: () => Curation | null) => (ev: SubmitEvent) => {
    ev.preventDefault();
    const decision = make();
    if (!decision) return;
    void act(status, async () => {
      await curationApi.add(decision);
      await afterChange(here);
    })();
  };
  const label = (c: Curation) => (c.kind === 'collection' ? `Every undated article in ${c.a}: ${dateInWords(c.b)}` : c.relation === 'date' ? `Published ${dateInWords(c.b)}` : `Outlet: ${c.b}`);
  const say = (message: string) => void (status.textContent = message);
  const dated = (field: HTMLInputElement, make: (iso: string) => Curation) => () => {
    const iso = readDateField(field, say);
    return iso ? make(iso) : null;
  };
  return curationBox('Correct this article', () => [
    h('form', { class: 'inline-form', onsubmit: submit(dated(date, (iso) => ({ kind: 'document', relation: 'date', a: doc.id, b: iso }))) },
      h('label', { for: 'doc-date' }, 'Published on'), date, h('button', { type: 'submit', class: 'button' }, 'Set date')),
    h('form', { class: 'inline-form', onsubmit: submit(() => ({ kind: 'document', relation: 'outlet', a: doc.id, b: outlet.value.trim() })) },
      h('label', { for: 'doc-outlet' }, 'Outlet'), outlet, h('button', { type: 'submit', class: 'button' }, 'Set outlet')),
    folder
      ? h('form', { class: 'inline-form', onsubmit: submit(dated(folderDate, (iso) => ({ kind: 'collection', relation: 'date', a: folder, b: iso }))) },
          h('label', { for: 'folder-date' }, `Every undated article in ${folder}`), folderDate, h('button', { type: 'submit', class: 'button' }, 'Set for all'))
      : null,
    doc.curations.length ? h('div', {}, h('h3', {}, 'Set by people'), h('ul', { class: 'plain-list' }, doc.curations.map((c) => decisionRow(c, label(c), status, here)))) : null,
    status,
  ]);
}

function sidePanel(doc: DocumentView): HTMLElement {
  const entities = new Map<string, { key: string; name: string; type: string; n: number }>();
  for (const a of doc.annotations)
    if (a.kind === 'mention' && a.entity) {
      const e = entities.get(a.entity) ?? { key: a.entity, name: a.entityName ?? a.text, type: a.label, n: 0 };
      e.n++;
      entities.set(a.entity, e);
    }
  const events = doc.annotations.filter((a) => a.kind === 'event' && a.eventId);
  const figures = doc.annotations.filter((a) => a.kind === 'figure');
  const quotes = doc.annotations.filter((a) => a.kind === 'quote');
  const headline = headlineParagraph(doc);
  const byType = (type: string) => [...entities.values()].filter((e) => e.type === type).sort((a, b) => b.n - a.n);
  return h('aside', { class: 'reader-side', 'aria-label': 'In this article' },
    section('In this article',
      ...(['PER', 'ORG', 'LOC', 'MISC'] as const).map((t) => {
        const list = byType(t);
        return list.length
          ? h('div', { class: 'entity-group' }, h('h3', {}, TYPE_LABELS[t]), h('div', { class: 'chips' }, list.map((e) => h('a', { class: `chip chip-${e.type}`, href: entityHref(e.key) }, e.name, e.n > 1 ? h('span', { class: 'chip-count' }, String(e.n)) : null))))
          : null;
      }),
      events.length
        ? h('div', { class: 'entity-group' }, h('h3', {}, 'Events'), h('ul', { class: 'plain-list' }, events.map((e) => {
            // Named as the event page and the timeline name it ("Attack in Goma"), dated by this
            // report or else by the event (another article may give the date this one leaves out).
            const own = e.data.date as { iso: string | null; precision: string } | null;
            const date = own?.iso ? own : e.eventDate?.iso ? e.eventDate : null;
            // undated by every report, it stands at its article's date on the timeline: said so, as the
            // event page says it, where "date unknown" read as if the timeline had no place for it
            const when = date || !e.eventArticleInterval ? formatDate(date as never) : `dated by its article (${articleDay(e.eventArticleInterval)})`;
            const trig = (e.data.trigger as { text?: string } | undefined)?.text ?? e.label;
            const others = (e.eventDocuments ?? 1) - 1;
            return h('li', {}, h('span', { class: `event-type et-${e.label}` }, eventTypeLabel(e.label)), ' ', h('a', { href: eventHref(e.eventId!), title: e.eventTitle ? `“${trig}” in the text` : null }, e.eventTitle ?? `“${trig}”`), h('span', { class: 'muted' }, ` · ${when}`),
              others > 0 ? h('a', { class: 'sources-badge', href: eventHref(e.eventKey!), title: `The same event in other articles: reported by ${articlesAndTexts(others + 1, e.eventCopies)}` }, `+${plural(others, 'article')}`) : null);
          })))
        : null,
      figures.length
        ? h('div', { class: 'entity-group' }, h('h3', {}, 'Figures'), h('ul', { class: 'plain-list' }, figures.map((f) =>
            // The figure links to its own sentence in the text; the claim (other articles' figures) comes after, when there is one.
            h('li', { class: 'side-figure', title: String(f.data.what ?? '') },
              f.end <= (headline?.end ?? -1)
                ? h('span', { class: 'in-headline', title: 'In the headline' }, figureValue(f))
                : h('a', { href: docHref(doc.id, { start: f.start, end: f.end }), title: 'Show it in the text' }, figureValue(f)),
              f.end <= (headline?.end ?? -1) ? h('span', { class: 'muted' }, ' (headline)') : null,
              ` ${clip(String(f.data.what ?? ''), 6)}`,
              f.claim ? [' ', h('a', { class: 'muted small', href: `#/claims?claim=${encodeURIComponent(f.claim)}` }, 'compare')] : null),
          )))
        : null,
      quotes.length ? quoteList(doc.id, quotes) : null,
      h('p', { class: 'muted small' }, `${plural(countWords(doc.text), 'word')} · id ${doc.id.slice(0, 12)}`),
    ),
  );
}

/** Who is quoted, each quote leading to its place in the text: in the text itself the speaker was
 *  only a tooltip, which a phone never shows. */
function quoteList(docId: string, quotes: LinkedAnnotation[]): HTMLElement {
  return h('div', { class: 'entity-group' }, h('h3', {}, 'Who is quoted'), h('ul', { class: 'plain-list side-quotes' }, quotes.map((q) => {
    return h('li', { class: 'side-quote' },
      speakerElement(q.data, 'quote-speaker') ?? h('span', { class: 'muted' }, 'Unattributed'),
      q.label === 'indirect' ? h('span', { class: 'muted' }, ' (reported)') : null,
      ': ',
      h('a', { class: 'quote-link', href: docHref(docId, { start: q.start, end: q.end }), title: 'Show it in the text' }, `“${clip(quoteWords(q.text), 8)}”`));
  })));
}
