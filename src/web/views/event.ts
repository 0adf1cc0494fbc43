// One real-world event: what, when, where, who, how many — merged from every article that reports
// it — then where the articles disagree (each value beside its sources), then each report with
// its evidence sentence and a link into the reader.
import type { ViewContext } from '../main.js';
import type { EventConflict, EventItem, EventReport, RoleRef } from '../../server/api-types.js';
import { api } from '../lib/api.js';
import { append, h, type Child } from '../lib/dom.js';
import { placeAsShown } from '../lib/place-as-shown.js';
import { articleDay, articlesAndTexts, docHref, entityHref, eventTypeLabel, formatDate, formatPublished, formatCount, plural, publishedLine, targetLabel } from '../lib/format.js';
import { eventStatusInArticles } from '../../event-status-words.js';
import { conflictValue, countsText, disputedCounts, evidenceSentence, FIELD_LABELS, figureValue, section } from '../lib/ui.js';
import { act, afterChange, curationApi, curationBox, decisionRow, type Curation } from '../lib/curation.js';
import { speakerElement } from '../lib/highlight-notes.js';
import { sourceLabel, valueStrip } from '../lib/claim-strip.js';

/** Reports drawn at first: a wire story merged from hundreds of articles stays quick to open. */
const REPORTS_SHOWN = 30;

/** Said of a place the article gives but the event's own sentence does not. */
const INFERRED_NOTE = '(inferred from the article)';

/** A publication date whose order among others is known: "--02-14" (no year) or "2025" is not. */
const fullDate = (p: string | null | undefined): p is string => !!p && /^\d{4}-\d{2}-\d{2}/.test(p);

/** Reports by publication date, those without a full date after them (in the server's order): a
 *  yearless "14 February" must not be put before "13 February 2025" as though it came first. */
function byPublication(reports: EventReport[]): EventReport[] {
  const dated = reports.filter((r) => fullDate(r.published)).sort((a, b) => a.published!.localeCompare(b.published!));
  return [...dated, ...reports.filter((r) => !fullDate(r.published))];
}

export async function eventView({ root, params }: ViewContext): Promise<void> {
  const [e, overview, decisions] = await Promise.all([api.event(params.key), api.overview(), curationApi.list()]);
  e.reports = byPublication(e.reports);
  const ordered = e.reports.every((r) => fullDate(r.published));
  const refs = new Set(e.reports.map(reportRef));
  const mine = decisions.curations.filter((c) => c.kind === 'event' && (refs.has(c.a) || refs.has(c.b)));
  // Opened from a report ("docId:eventId", e.g. from the reader): that report is picked out.
  const focus = e.reports.some((r) => r.key === params.key) ? params.key : null;
  document.title = `${e.title} · Chronicle`;
  const from = provenance(e);
  const roleList = (list: RoleRef[], field: 'actors' | 'targets') =>
    list.length
      ? list.map((r, i) => [i ? ', ' : '', roleLink(r), from(field, (x) => x[field].some((y) => sameRole(y, r)))])
      : h('span', { class: 'muted' }, 'not stated');
  const counts = countsText(e);
  const place = e.place?.place;
  append(root, [
    // The type's badge stands above the heading, not in it: inside, the heading's name (what a
    // screen reader announces, what a copy takes) read "Arrest ARREST of …".
    h('header', { class: 'page-header event-header' },
      h('p', { class: 'event-kicker' }, h('span', { class: `event-type big et-${e.type}` }, eventTypeLabel(e.type))),
      h('h1', {}, e.title),
      h('p', { class: 'subtitle' }, e.date || !e.articleInterval ? formatDate(e.date) : `dated by its article (${articleDay(e.articleInterval)})`, e.place ? ` · ${e.place.place?.name ?? e.place.text}` : '', ` · reported by ${articlesAndTexts(e.documentCount, e.copies)}`),
    ),
    e.conflicts.length ? section('Where the articles disagree', h('div', { class: 'conflicts' }, e.conflicts.map((c) => conflictRow(c, e)))) : null,
    h('dl', { class: 'facts' },
      // the date's interval is only its own year or month (date-interval.ts): the date says it
      h('dt', {}, 'When'), h('dd', { 'data-field': 'date' }, e.date || !e.articleInterval
        ? [formatDate(e.date), e.date ? from('date', (r) => r.date?.iso === e.date?.iso) : null]
        // the timeline places it at its article's date (a hollow marker): said here too, where "date unknown" read as if it had no place there
        : [h('span', { class: 'muted' }, 'not stated'), h('span', { class: 'field-source' }, `; its article is dated ${articleDay(e.articleInterval)}, where the timeline places it`)]),
      h('dt', {}, 'Where'), h('dd', { 'data-field': 'place' }, e.place ? [placeAsShown(e.place.text), place ? h('span', { class: 'muted' }, placeInWords(e.place.text, place)) : null, e.place.inferred ? h('span', { class: 'muted', 'data-inferred': '' }, ` ${INFERRED_NOTE}`) : null, from('place', (r) => r.place?.text === e.place?.text)] : h('span', { class: 'muted' }, 'not stated')),
      h('dt', {}, 'By'), h('dd', { 'data-field': 'actors' }, roleList(e.actors, 'actors')),
      h('dt', {}, targetLabel(e.type)), h('dd', { 'data-field': 'targets' }, roleList(e.targets, 'targets')),
      // A count the articles disagree on is named here too, beside those they agree on: "about 40
      // injured" alone read as the whole toll of an attack whose deaths are disputed above.
      h('dt', {}, 'Counts'), h('dd', { 'data-field': 'counts' }, counts
        ? [
          Object.entries(e.counts).filter(([, c]) => c).map(([k, c]) => h('span', { class: 'count-fact' }, `${formatCount(c!)} ${k}`, from(k, (r) => r.counts[k]?.value === c!.value))),
          disputedCounts(e, false).map((c) => h('span', { class: 'count-fact count-disputed' }, c.text, h('span', { class: 'field-source' }, ' (the articles differ: see above)'))),
          // several reports name their articles beside each count (provenance); a single report's
          // counts are whoever its sentence cites: "12 killed" alone read as the article's own finding
          e.reports.length === 1 && e.reports[0].attribution ? h('span', { class: 'field-source count-attribution' }, ', according to ', reportSource(e.reports[0])) : null,
        ]
        : h('span', { class: 'muted' }, 'none given')),
      h('dt', {}, 'Reported as'), h('dd', { 'data-field': 'status' }, eventStatusInArticles(e.status, e.documentCount)),
    ),
    // the order is worth a word only where there is one
    // The heading names the list; its order is said in a sentence under it ("Reports (2), first
    // published first; those without a full date last" read awkwardly as a heading).
    section(`Reports (${e.reports.length})`,
      e.reports.length > 1 ? h('p', { class: 'muted small report-order' }, ordered ? 'Listed in the order they were published, earliest first.' : 'Listed in the order they were published, earliest first; articles whose date lacks a day or a year come last.') : null,
      matchedNote(e), reportList(e, focus, mine)),
    overview.curatable ? eventCuration(e, mine, focus) : null,
    h('p', { class: 'actions' },
      // the timeline draws only what is reported as happened or alleged: a planned or denied event
      // is not on it, and a button there led to a timeline without it
      e.timelineFact ? h('a', { class: 'button', href: `#/timeline?event=${encodeURIComponent(e.key)}` }, 'See on the timeline') : null,
      place ? h('a', { class: 'button', href: `#/map?place=${encodeURIComponent(place.ref || place.name)}` }, 'Show on the map') : null,
    ),
  ]);
  if (focus) {
    root.addEventListener('view:shown', (ev) => {
      const report = root.querySelector('.report-focus');
      if (!report) return;
      report.scrollIntoView({ block: 'center' });
      // the router leaves the page at the chosen report
      ev.preventDefault();
    }, { once: true });
  }
}

/** A role as its article words it, linked to its entity; words that stand for a name ("a 34-year-old man") name it after them. */
function roleLink(r: RoleRef): Child {
  if (!r.entity) return r.text;
  // another form of the name ("EU") is shown as the name the title and the entity page use; the article's words stay in its title
  if (r.name) return h('a', { href: entityHref(r.entity), title: `“${r.text}” in the article` }, r.name);
  if (!r.referent) return h('a', { href: entityHref(r.entity) }, r.text);
  return h('span', { class: 'role-referent' }, `${r.text} (`, h('a', { href: entityHref(r.entity) }, r.referent), ')');
}

function sameRole(a: RoleRef, b: RoleRef): boolean {
  return a.entity && b.entity ? a.entity === b.entity : a.text.toLowerCase() === b.text.toLowerCase();
}

/** "(from “Title”)" after a merged field: the report(s) that give it, so a merged page never
 *  states a combination no article makes without saying who says what. Uses the server's
 *  per-field provenance (report keys by field) when it sends one. */
function provenance(e: EventItem): (field: string, gives: (r: EventReport) => boolean) => Child {
  const given = (e as EventItem & { provenance?: Record<string, string[]> }).provenance;
  const byKey = new Map(e.reports.map((r) => [r.key, r]));
  return (field, gives) => {
    if (e.reports.length < 2) return null;
    const sources = given?.[field]?.map((k) => byKey.get(k)).filter((r): r is EventReport => !!r) ?? e.reports.filter(gives);
    if (!sources.length) return null;
    return h('span', { class: 'field-source' }, ' (from ', sources.slice(0, 3).map((r, i) => [i ? ', ' : '', h('a', { href: docHref(r.docId, r.sentenceSpan) }, `“${r.docTitle}”`)]), sources.length > 3 ? ` and ${sources.length - 3} more` : '', ')');
  };
}

/** One disputed field: each value large, with the articles that give it underneath. */
/** On an event merged from hundreds of reports: the values and sources shown of each disagreement. */
const VALUES_SHOWN = 12;
const SOURCES_PER_VALUE = 5;

function conflictRow(c: EventConflict, e: EventItem): HTMLElement {
  const byKey = new Map(e.reports.map((r) => [r.key, r]));
  const position = new Map(e.reports.map((r, i) => [r.key, i]));
  // Reports come first-published first (byPublication): a value first given later is an update, shown as one.
  const order = (v: EventConflict['values'][number]) => Math.min(...v.reports.map((k) => position.get(k) ?? Infinity));
  const all = [...c.values].sort((a, b) => order(a) - order(b));
  const values = all.slice(0, VALUES_SHOWN);
  const published = (v: EventConflict['values'][number]) => byKey.get(v.reports[0])?.published ?? null;
  // "First reported … / Update" only when the order is known: every date with its year and day.
  const dated = values.every((v) => fullDate(published(v))) && new Set(values.map(published)).size === values.length;
  return h('div', { class: 'conflict', 'data-field': c.field },
    h('h3', {}, FIELD_LABELS[c.field] ?? c.field, dated ? h('span', { class: 'muted' }, ' · in order of publication') : null),
    countStrip(values, byKey),
    h('div', { class: 'conflict-values' }, values.map((v, i) =>
      h('div', { class: 'conflict-value' },
        h('div', { class: 'conflict-when' }, dated ? (i === 0 ? `First reported ${formatPublished(published(v))}` : `Update, ${formatPublished(published(v))}`) : publishedLine(published(v))),
        figureValue(conflictValue(v)),
        h('ul', { class: 'plain-list' }, v.reports.slice(0, SOURCES_PER_VALUE).map((key) => {
          const r = byKey.get(key);
          return r ? h('li', {}, h('a', { href: docHref(r.docId, r.sentenceSpan) }, r.docTitle), r.attribution ? h('span', { class: 'muted' }, ' · according to ', reportSource(r)) : null) : null;
        }),
        v.reports.length > SOURCES_PER_VALUE ? h('li', { class: 'muted small' }, `and ${plural(v.reports.length - SOURCES_PER_VALUE, 'more report')} (listed below)`) : null),
      ),
    )),
    all.length > values.length ? h('p', { class: 'muted small' }, `The ${values.length} first given of ${all.length} values; every report is listed below.`) : null,
  );
}

/** Disputed counts on one scale, as the claims page draws a claim's figures: each labelled by who gives it
 *  (its first report's source, else that article's title). Null for dates and places. */
function countStrip(values: EventConflict['values'], byKey: Map<string, EventReport>): HTMLElement | null {
  if (!values.every((v) => v.count)) return null;
  return valueStrip(values.map((v) => {
    const r = byKey.get(v.reports[0]);
    const label = r?.attribution ? sourceLabel({ speaker: r.attribution, speakerText: r.attributionText, speakerEntityId: r.attributionEntity }) : r ? `in “${r.docTitle}”` : '';
    return { value: v.count!.value, qualifier: v.count!.qualifier, valueText: conflictValue(v), label };
  }), true);
}

const reportRef = (r: EventReport) => `${r.docId}#${r.id}`;

/** Above the reports of an event several articles report: that they are taken to be one event, and on what grounds. */
function matchedNote(e: EventItem): Child {
  if (e.documentCount < 2) return null;
  const copies = e.copies ?? 0;
  return h('p', { class: 'muted matched-note' }, `${plural(e.documentCount, 'article')} report this one event. Chronicle matched their reports by the kind of event, its date, its place and who took part; each report below says what it shares with the others.`,
    copies ? ` They are ${plural(e.documentCount - copies, 'text')}: ${copies === 1 && e.documentCount === 2 ? 'the second is a copy of the first' : `${plural(copies, 'article')} ${copies === 1 ? 'is a copy' : 'are copies'} of an earlier one`} (the same text on another site), not an independent source.` : '');
}


/** Why a report belongs to this event, in a reader's words: a person's merge, or what the
 *  automatic matching found it shares with the other reports (the same date, place or people). */
function whyMerged(r: EventReport, index: number, e: EventItem, mine: Curation[]): Child {
  if (index === 0 || e.reports.length < 2) return null;
  const ref = reportRef(r);
  if (mine.some((c) => c.relation === 'merge' && (c.a === ref || c.b === ref))) return h('span', { class: 'merge-reason' }, 'Merged by a person');
  const given = (r as EventReport & { mergeReason?: string }).mergeReason;
  if (given) return h('span', { class: 'merge-reason' }, `Merged: ${given}`);
  // a copy's report in the same words as its original's: joined on that alone, whatever its fields say
  const original = r.copyOf ? e.reports.find((x) => x.docId === r.copyOf && x.type === r.type && x.sentence === r.sentence) : undefined;
  if (original) return h('span', { class: 'merge-reason' }, `Matched automatically: the same kind of event (${eventTypeLabel(r.type).toLowerCase()}) in the same sentence of “${original.docTitle}”, which this article copies`);
  return h('span', { class: 'merge-reason' }, `Matched automatically: ${sharedWithOthers(r, e).join('; ')}`);
}

/** What one report has in common with the event's other reports. Matching needs the same kind of
 *  event and nothing in date or place against it, so that much is always true. */
function sharedWithOthers(r: EventReport, e: EventItem): string[] {
  const others = e.reports.filter((x) => x !== r);
  const out = [`the same kind of event (${eventTypeLabel(r.type).toLowerCase()})`];
  if (r.date?.iso && others.some((x) => x.date?.iso === r.date?.iso)) out.push(`the same date, ${formatDate(r.date)}`);
  const where = (x: EventReport) => x.place?.place?.name ?? x.place?.text.toLowerCase();
  if (r.place && others.some((x) => x.place && where(x) === where(r))) out.push(`the same place, ${r.place.place?.name ?? r.place.text}`);
  const people = [...r.actors, ...r.targets].filter((p, i, all) => all.findIndex((q) => sameRole(p, q)) === i && others.some((x) => [...x.actors, ...x.targets].some((q) => sameRole(p, q))));
  if (people.length) out.push(`also names ${people.slice(0, 3).map((p) => p.text).join(', ')}`);
  if (out.length === 1) out.push('nothing in its date or place against it');
  return out;
}

/** Split, merge and undo for one event, for a person with the write token. */
function eventCuration(e: EventItem, mine: Curation[], focus: string | null): HTMLElement {
  const status = h('p', { class: 'curation-status', role: 'status' });
  const here = `#/event/${encodeURIComponent(e.reports[0].key)}`;
  const other = h('input', { id: 'merge-event', name: 'other', type: 'text', placeholder: 'Event link or key', required: true });
  return curationBox('Correct this event', () => [
    e.reports.length > 1
      ? h('div', {}, h('h3', {}, 'Not the same event?'), h('ul', { class: 'plain-list' }, e.reports.filter((r, i) => i < REPORTS_SHOWN || r.key === focus).map((r) =>
          h('li', {}, h('button', { type: 'button', class: 'button small-button', 'data-split': reportRef(r), onclick: act(status, async () => {
            await curationApi.add({ kind: 'event', relation: 'split', a: reportRef(r), b: '' });
            await afterChange(`#/event/${encodeURIComponent(e.reports.find((x) => x !== r)!.key)}`);
          }) }, 'Split off'), ` the report in “${r.docTitle}”`))),
          e.reports.length > REPORTS_SHOWN ? h('p', { class: 'muted small' }, `The first ${REPORTS_SHOWN}; to split off a later report, open the event from that report's article.`) : null)
      : null,
    h('form', { class: 'inline-form', onsubmit: (ev: SubmitEvent) => {
      ev.preventDefault();
      void act(status, async () => {
        const key = decodeURIComponent(other.value.trim().replace(/^.*#\/event\//, ''));
        const target = await api.event(key);
        if (target.key === e.key) throw new Error('That is this event.');
        await curationApi.add({ kind: 'event', relation: 'merge', a: reportRef(e.reports[0]), b: reportRef(target.reports[0]) });
        await afterChange(here);
      })();
    } }, h('label', { for: 'merge-event' }, 'The same event as'), other, h('button', { type: 'submit', class: 'button' }, 'Merge')),
    mine.length
      ? h('div', {}, h('h3', {}, 'Decisions made here'), h('ul', { class: 'plain-list' }, mine.map((c) =>
          decisionRow(c, c.relation === 'merge' ? `Merged ${c.a} with ${c.b}` : `Split ${c.a} off`, status, here))))
      : null,
    status,
  ]);
}

/** The first reports (and the one the reader came from), then a button for the rest. */
function reportList(e: EventItem, focus: string | null, mine: Curation[]): HTMLElement {
  const card = (r: EventReport) => reportCard(r, r.key === focus, e.reports.indexOf(r), e, mine);
  const first = e.reports.filter((r, i) => i < REPORTS_SHOWN || r.key === focus);
  const list = h('div', { class: 'reports' }, first.map(card));
  const rest = e.reports.filter((r) => !first.includes(r));
  if (!rest.length) return list;
  const more = h('button', { type: 'button', class: 'button', onclick: () => {
    more.remove();
    list.append(...rest.map(card));
  } }, `Show the other ${plural(rest.length, 'report')}`);
  return h('div', {}, list, h('p', {}, more));
}

function reportCard(r: EventReport, focused: boolean, index: number, e: EventItem, mine: Curation[]): HTMLElement {
  const facts: Child[] = [];
  if (r.date?.iso) facts.push(h('span', {}, formatDate(r.date)));
  if (r.place) facts.push(h('span', {}, `in ${r.place.inferred && r.place.place?.kind === 'country' ? r.place.place.name : placeAsShown(r.place.text)}${r.place.inferred ? ` ${INFERRED_NOTE}` : ''}`));
  for (const [k, c] of Object.entries(r.counts)) if (c) facts.push(h('span', {}, `${formatCount(c)} ${k}`));
  return h('article', { class: `report${focused ? ' report-focus' : ''}`, 'data-report': r.key },
    h('header', { class: 'report-head' },
      h('a', { class: 'report-title', href: docHref(r.docId) }, r.docTitle),
      // the dot before the date is drawn by styles.css, and left off on a phone, where the date takes a line of its own
      h('span', { class: 'muted report-date' }, formatPublished(r.published)),
      focused ? h('span', { class: 'role-tag' }, 'from the article you came from') : null,
      r.copyOf ? h('span', { class: 'role-tag copy-tag' }, `a copy of “${e.reports.find((x) => x.docId === r.copyOf)?.docTitle ?? 'an earlier article'}”, not an independent source`) : null,
      whyMerged(r, index, e, mine),
    ),
    h('blockquote', { class: 'evidence' }, evidenceSentence(r)),
    h('div', { class: 'event-meta' },
      facts,
      r.attribution ? h('span', { class: 'report-source' }, 'according to ', reportSource(r)) : null,
      r.status !== 'reported' && r.status !== 'asserted' ? h('span', { class: 'report-status' }, eventStatusInArticles(r.status)) : null,
      h('a', { href: docHref(r.docId, r.sentenceSpan) }, 'Read it in the article →'),
    ),
  );
}

/** The gazetteer's place after the place as written: " — Goma, Democratic Republic of the Congo"
 *  read "Goma — Goma, …"; a place written as the gazetteer names it gets its country only. */
function placeInWords(written: string, place: { name: string; country?: string | null }): string {
  const country = place.country && place.country !== place.name ? place.country : '';
  if (written.trim().toLowerCase() !== place.name.toLowerCase()) return ` — ${place.name}${country ? `, ${country}` : ''}`;
  return country ? `, ${country}` : '';
}

/** Who a report is attributed to, as a quote's speaker and a figure's source are shown: a linked
 *  name, or the description as written and marked ("according to statement" set a bare noun as a name). */
function reportSource(r: EventReport): Child {
  return speakerElement({ speaker: r.attribution, speakerText: r.attributionText, speakerEntityId: r.attributionEntity });
}
