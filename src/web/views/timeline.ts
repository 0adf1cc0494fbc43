// Timeline at corpus scale: a density overview of every matching event with a brush that sets the
// date range, filters (type, place, entity), and below it the events of the range in packed lanes
// under a sticky axis. A day is a dot; a month or a year is the range it covers; an event without a
// date of its own sits at its article's date, drawn hollow and said so. Nothing is cut silently:
// the API pages, and a notice says what is not drawn. The wheel zooms only with Ctrl/⌘/Alt held,
// so the page scrolls as usual (touch too); buttons zoom as well.
import { axisBottom, brushX, scaleLinear, scaleUtc, select, zoom, zoomIdentity, zoomTransform, type ScaleTime, type ZoomBehavior, type ZoomTransform } from 'd3';
import type { ViewContext } from '../main.js';
import type { EventItem, TimelineEvent, TimelineView } from '../../server/api-types.js';
import { EVENT_TYPES } from '../../types.js';
import { api } from '../lib/api.js';
import { append, h, svg, clear } from '../lib/dom.js';
import { articlesAndTexts, docHref, entityHref, EVENT_FAMILIES, eventFamily, eventHref, eventTypeLabel, formatDate, formatDateShort, formatNumber, plural } from '../lib/format.js';
import { dateField, dateInWords, readDateFields } from '../lib/date-input.js';
import { account } from '../lib/timeline-account.js';
import { eventTypeOptions } from '../lib/event-type-menu.js';
import { LinkFilters } from '../lib/link-filters.js';
import { entityName as nameOf } from '../lib/entity-name.js';
import { offTimelineWords } from '../../event-status-words.js';
import { fitLabel } from '../lib/chart-label.js';
import { briefCountsText, computingNote, countsAfter, countsText, empty, noArticles, pageHeader, pager, section, sourcesBadge } from '../lib/ui.js';

const ROW = 30;
const MAX_LANES = 40;
const MARGIN = { left: 24, right: 24 };
const DAY = 86_400_000;
/** The overview spans at least this many buckets: events all on one day would otherwise fill its width as one bar, its axis in hours. */
const MIN_OVERVIEW_BUCKETS = 12;
const UNDATED_PAGE = 25;
const FILTERS = ['type', 'place', 'entity', 'outlet', 'from', 'to'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;

function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  // (a separator left at the cut, "Attack in Goma (2 articles) ·…", is dropped with what it introduced)
  return s.slice(0, s.lastIndexOf(' ', max - 1) > max / 2 ? s.lastIndexOf(' ', max - 1) : max - 1).replace(/[\s·,;:–—-]+$/u, '') + '…';
}

/**
 * Widths of the chart's label text in its own fonts (read from the stylesheet through a probe), so a
 * label placed left of its mark is known to fit: a guess per character ran bold titles off the
 * chart's left edge on a phone, cut mid-word ("rrest of Dmytro…").
 */
function labelMeasure(host: SVGSVGElement): { title(s: string): number; date(s: string, below: boolean): number } {
  const probe = svg('text', { class: 'tl-label' }, svg('tspan', { class: 'tl-date' }), svg('tspan', { class: 'tl-date tl-date-below' }));
  host.append(probe);
  const fontOf = (el: Element) => {
    const cs = getComputedStyle(el);
    return cs.fontSize ? `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}` : '';
  };
  const [titleFont, dateFont, belowFont] = [probe, probe.children[0], probe.children[1]].map(fontOf);
  probe.remove();
  const ctx = document.createElement('canvas').getContext('2d');
  const width = (s: string, font: string) => {
    if (!ctx || !font) return s.length * 7.5; // (not laid out: the old guess, a little wider)
    ctx.font = font;
    return ctx.measureText(s).width;
  };
  return { title: (s) => width(s, titleFont), date: (s, below) => width(s, below ? belowFont : dateFont) };
}

function undatedList(events: EventItem[]): HTMLElement {
  return h('ul', { class: 'undated' }, events.map((e) => h('li', {},
    h('span', { class: `event-type et-${e.type}` }, eventTypeLabel(e.type)), ' ',
    h('a', { href: eventHref(e.key) }, e.title), ' ',
    e.date?.iso ? h('span', { class: 'undated-date' }, formatDate(e.date)) : null,
    // how many were killed, injured or detained is what a reader scans these lists for
    countsAfter(countsText(e)),
    sourcesBadge(e),
    h('span', { class: 'muted' }, ' · '),
    e.reports.slice(0, 2).map((r, i) => [i ? ', ' : '', h('a', { class: 'muted', href: docHref(r.docId, r.sentenceSpan) }, shorten(r.docTitle, 60))]),
    (e.reportCount ?? e.reports.length) > 2 ? h('span', { class: 'muted' }, ` and ${(e.reportCount ?? e.reports.length) - 2} more`) : null,
  )));
}

// "article of 8 November 2024" read as jargon: say that the article's date stands in for the event's.
const dateLabel = (e: TimelineEvent) => (e.articleDate ? `${e.date?.iso ? `${formatDate(e.date)}; ` : ''}dated by its article (${formatDate({ iso: e.interval.start, precision: 'day' })})` : formatDate(e.date));
/** Where the whole date leaves too little room for the title (a phone): the date the row is placed
 *  at, its month in three letters; an article's date is told by the hollow mark and the tooltip. */
const shortDateLabel = (e: TimelineEvent) => formatDateShort(e.articleDate ? { iso: e.interval.start, precision: 'day' } : e.date);

export async function timelineView({ root, query, onLeave }: ViewContext): Promise<void> {
  // a type or date the page cannot use is left out and named, not sent to fail the whole page
  const link = new LinkFilters(query);
  const read: Filters = { type: link.eventTypes('type'), place: query.get('place') ?? undefined, entity: query.get('entity') ?? undefined, outlet: query.get('outlet') ?? undefined, ...link.dateRange() };
  const filters: Filters = Object.fromEntries(FILTERS.map((f) => [f, read[f]]).filter(([, v]) => v));
  // the date opened on (an article's date links here): one the page cannot read is named, not ignored
  const at = link.date('at') ?? null;
  // ?event=KEY (the event page's "See on the timeline"): that event is picked out and scrolled to
  const eventKey = query.get('event');
  const undatedOffset = Math.max(0, Number(query.get('undated')) || 0);
  // a name this knowledge base lacks is left out and named, as the search page does: it had filtered
  // the timeline down to nothing, its key in the Entity field, with no word of why
  const entityKey = filters.entity;
  const named = entityKey ? await nameOf(entityKey) : '';
  if (entityKey && named === null) {
    link.leaveOut('entity', entityKey, 'not a name in this knowledge base');
    delete filters.entity;
  }
  const entityName = named ?? '';
  const { from, to, ...others } = filters;
  const [all, view, undated, corpus] = await Promise.all([
    api.timeline({ ...others, limit: 1 }),
    api.timeline({ ...filters, limit: 1000 }),
    api.events({ ...others, dated: false, fact: true, articleDates: true, limit: UNDATED_PAGE, offset: undatedOffset, reports: 2 }),
    api.overview(),
  ]);
  document.title = 'Timeline · Chronicle';
  const href = (change: Filters & { undated?: string }) => {
    const qs = new URLSearchParams();
    for (const f of FILTERS) {
      const v = f in change ? change[f] : filters[f];
      if (v) qs.set(f, v);
    }
    if (change.undated) qs.set('undated', change.undated);
    return `#/timeline${qs.size ? `?${qs}` : ''}`;
  };

  const formStatus = h('p', { class: 'form-status', role: 'status' });
  const form = h('form', { class: 'filter-bar timeline-filters', 'aria-label': 'Filter events', onsubmit: async (ev: SubmitEvent) => {
    ev.preventDefault();
    const data = new FormData(ev.target as HTMLFormElement);
    const read = readDateFields(ev.target as HTMLFormElement, ['from', 'to']);
    if ('error' in read) return void (formStatus.textContent = read.error);
    const change: Filters = { from: read.dates.from, to: read.dates.to };
    for (const f of ['type', 'place', 'outlet'] as const) change[f] = String(data.get(f) ?? '').trim() || undefined;
    // The entity is typed by name; the API filters by its key (the best match of that name).
    const name = String(data.get('entity') ?? '').trim();
    if (name && name !== entityName) {
      const found = (await api.entities({ q: name, limit: 1 })).items[0];
      if (!found) return void (formStatus.textContent = `No entity is named “${name}”.`);
      change.entity = found.key;
    } else change.entity = name ? filters.entity : undefined;
    location.hash = href(change);
  } },
    h('label', {}, 'Type ', h('select', { name: 'type' }, h('option', { value: '' }, 'All types'), eventTypeOptions(EVENT_TYPES, filters.type))),
    h('label', {}, 'Place ', h('input', { name: 'place', type: 'search', value: filters.place ?? '', placeholder: 'City or country', size: 12 })),
    h('label', {}, 'Entity ', h('input', { name: 'entity', type: 'search', value: entityName, placeholder: 'A name', size: 12 })),
    h('label', {}, 'Outlet ', h('input', { name: 'outlet', type: 'search', value: filters.outlet ?? '', placeholder: 'Site or folder', size: 10 })),
    // the range and Apply wrap together, not one field alone on a line
    h('span', { class: 'filter-group' },
      h('label', {}, 'From ', dateField('from', filters.from)),
      h('label', {}, 'To ', dateField('to', filters.to)),
      h('button', { type: 'submit', class: 'button primary' }, 'Apply')),
    Object.keys(filters).length ? h('a', { href: '#/timeline' }, 'Clear all') : null,
    formStatus,
  );

  const drawn = view.items.length;
  // "No dated events yet" and "Every event has a date" read as facts about the whole corpus. Both
  // lists they speak of (`all` and the unplaced events) ignore From and To: only the other filters narrow them.
  const filtered = Object.keys(others).length > 0;
  const noEvents = corpus.events === 0 && !corpus.computing;
  const articleDated = view.items.filter((e) => e.articleDate).length;
  const notices = [
    view.total > drawn ? `Showing the ${formatNumber(drawn)} most reported of ${formatNumber(view.total)} events in this range; narrow the range (drag across the overview) to see every one.` : null,
    // "of them": these are among the events the header counts, not beside them
    articleDated ? `${formatNumber(articleDated)} of them ${articleDated === 1 ? 'gives no date of its own and is' : 'give no date of their own and are'} placed at the article’s publication date (hollow markers).` : null,
    // Why some events cannot be placed is said once, where they are listed (the header counts them).
  ].filter((n): n is string => !!n);

  const overview = h('div', { class: 'timeline-overview', role: 'group', 'aria-label': 'How many events when. Drag across it to choose a date range.' });
  const axisBox = h('div', { class: 'timeline-axis', 'aria-hidden': 'true' });
  const lanesBox = h('div', { class: 'timeline-lanes' });
  const chart = h('div', { class: 'timeline-chart', role: 'region', 'aria-label': 'Events over time. Hold Ctrl and scroll, or use the buttons, to zoom; drag, or use the buttons, to move along.' }, axisBox, lanesBox);
  const laneNote = h('p', { class: 'notice lane-note', role: 'status' });
  let zoomer: ZoomBehavior<SVGSVGElement, unknown> | undefined;
  let lanesSvg: SVGSVGElement | undefined;
  const zoomBy = (k: number) => () => zoomer && lanesSvg && select(lanesSvg).transition().duration(250).call(zoomer.scaleBy, k);
  // Dragging moves along the chart only with a mouse (a finger scrolls the page): a keyboard or a
  // phone, once zoomed in, had no way to the events before or after the view but "Reset zoom".
  const moveBy = (share: number) => () => zoomer && lanesSvg && select(lanesSvg).transition().duration(250).call(zoomer.translateBy, (share * lanesSvg.clientWidth) / zoomTransform(lanesSvg).k, 0);
  // A touch screen has neither Ctrl nor a wheel: its hint names only the buttons.
  const hint = matchMedia('(pointer: coarse)').matches ? 'Zoom and move along:' : 'Zoom: hold Ctrl (or ⌘) and scroll, or';
  const controls = h('div', { class: 'toolbar' },
    h('span', { class: 'muted small' }, hint),
    h('button', { type: 'button', class: 'button', onclick: zoomBy(1.6), 'aria-label': 'Zoom in' }, '+'),
    h('button', { type: 'button', class: 'button', onclick: zoomBy(1 / 1.6), 'aria-label': 'Zoom out' }, '−'),
    h('button', { type: 'button', class: 'button', onclick: moveBy(1 / 3), 'aria-label': 'Earlier dates' }, '← Earlier'),
    h('button', { type: 'button', class: 'button', onclick: moveBy(-1 / 3), 'aria-label': 'Later dates' }, 'Later →'),
    h('button', { type: 'button', class: 'button', onclick: () => zoomer && lanesSvg && select(lanesSvg).transition().duration(250).call(zoomer.transform, zoomIdentity) }, 'Reset zoom'),
  );

  // the header says once what is left off (a phone showed the status words twice in seven lines)
  const tally = account(corpus.events, all.total, all.unplaced ?? 0, Object.keys(others).length > 0);
  append(root, [
    pageHeader('Timeline', `${plural(all.total, 'event')} on the timeline${from || to ? `; ${formatNumber(view.total)} from ${from ? dateInWords(from) : 'the start'} to ${to ? dateInWords(to) : 'the end'}` : ''}${tally}. ${tally.includes(offTimelineWords()) ? '' : 'Only what articles state as fact or allege is drawn. '}A dot is a known day, a bar a month or year.`),
    link.notice(),
    view.computing ? computingNote() : null,
    form,
    all.total ? overview : null,
    notices.length ? h('div', { class: 'notice timeline-notice', role: 'status' }, notices.map((n) => h('p', {}, n))) : null,
    drawn ? [controls, chart, laneNote, legend(view.items)] : !corpus.documents ? noArticles() : empty(all.total ? 'No events in this range.' : filtered ? 'No event on the timeline matches these filters.' : noEvents ? 'The articles report no events that Chronicle recognises (attacks, arrests, agreements …).' : 'No dated events yet.'),
    drawn ? h('details', { class: 'section timeline-list' }, h('summary', {}, `The ${plural(drawn, 'event')} above as a list`), listOf(view.items)) : null,
    // with no events at all, "Every event has a date or a dated article" spoke of events that are not there
    corpus.documents && !noEvents ? section(`Events that cannot be placed (${formatNumber(undated.total)})`,
      // an article dated "29 January" with no year is dated, just not placeable: say which case it is
      undated.total ? h('p', { class: 'muted small undated-why' }, `${undated.total === 1 ? 'It gives' : 'They give'} no date of ${undated.total === 1 ? 'its' : 'their'} own, and the article’s date is missing or has no year.`) : null,
      undated.items.length ? undatedList(undated.items) : empty(filtered ? 'None that match these filters.' : 'Every event has a date or a dated article.'),
      pager(undated.total, UNDATED_PAGE, undatedOffset, (o) => href({ undated: String(o) }))) : null,
  ]);

  root.addEventListener('view:shown', (ev) => {
    if (all.total) drawOverview(overview, all, { from, to }, (range) => (location.hash = href({ ...range, undated: undefined })));
    if (!drawn) return;
    const lanes = drawLanes(axisBox, lanesBox, view.items, at, laneNote, eventKey);
    zoomer = lanes.zoomer;
    lanesSvg = lanes.svg;
    const observer = new ResizeObserver(() => lanes.redraw());
    observer.observe(chart);
    onLeave(() => observer.disconnect());
    const picked = lanesBox.querySelector('.tl-picked');
    if (!picked) return;
    picked.scrollIntoView({ block: 'center', inline: 'nearest' });
    // the router leaves the page at the event asked for
    ev.preventDefault();
  }, { once: true });
}

/** What the marks' colours and shapes mean, for the kinds drawn: red, brown, blue and grey dots
 *  were told apart only by opening them. Each colour names the event types it stands for. */
function legend(items: TimelineEvent[]): HTMLElement {
  const drawn = new Set(items.map((e) => e.type));
  const families = [
    ...EVENT_FAMILIES.map((f) => ({ family: f.family as string, label: f.label as string, types: (f.types as readonly string[]).filter((t) => drawn.has(t)) })),
    { family: 'other', label: 'Other', types: [...drawn].filter((t) => eventFamily(t) === 'other') },
  ].filter((f) => f.types.length);
  return h('ul', { class: 'map-legend timeline-legend', 'aria-label': 'Legend' },
    families.map((f) => {
      const named = f.types.filter((t) => t !== 'other').map((t) => eventTypeLabel(t).toLowerCase());
      return h('li', { 'data-family': f.family }, h('span', { class: `lg-dot ef-${f.family}`, 'aria-hidden': 'true' }), named.length ? `${f.label}: ${named.join(', ')}` : f.label);
    }),
    items.some((e) => e.interval.precision !== 'day' && !e.articleDate) ? h('li', {}, h('span', { class: 'lg-range', 'aria-hidden': 'true' }), 'Known only to the month or year') : null,
    items.some((e) => e.articleDate) ? h('li', {}, h('span', { class: 'lg-dot lg-article-date', 'aria-hidden': 'true' }), 'No date of its own: placed at its article’s date') : null,
  );
}


function listOf(items: TimelineEvent[]): HTMLElement {
  return h('ol', { class: 'undated' }, items.map((e) => h('li', {},
    h('span', { class: 'tl-when' }, dateLabel(e)), ' ',
    h('span', { class: `event-type et-${e.type}` }, eventTypeLabel(e.type)), ' ',
    h('a', { href: eventHref(e.key) }, e.title),
    countsAfter(briefCountsText(e)),
    e.documentCount > 1 ? h('span', { class: 'muted' }, ` · ${articlesAndTexts(e.documentCount, e.copies)}`) : null,
    // The sentence that reports it, one click away (the title only names kind, who and where).
    e.sentence ? [h('span', { class: 'muted' }, ' · '), h('a', { class: 'tl-sentence muted', href: docHref(e.sentence.docId, e.sentence), title: `In “${e.firstTitle}”` }, 'the sentence')] : null,
  )));
}

/** The density histogram over every matching event, with a brush that picks the date range. */
function drawOverview(box: HTMLElement, all: TimelineView, range: { from?: string; to?: string }, choose: (r: { from?: string; to?: string }) => void): void {
  const buckets = all.density.buckets;
  if (!buckets.length) return;
  const width = Math.max(300, box.clientWidth);
  const height = 76;
  const innerW = width - MARGIN.left - MARGIN.right;
  const startOf = (s: string) => new Date(s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s);
  const step = all.density.unit === 'day' ? DAY : all.density.unit === 'month' ? 31 * DAY : 366 * DAY;
  const first = startOf(buckets[0].start).getTime();
  const last = startOf(buckets[buckets.length - 1].start).getTime() + step;
  const pad = Math.max(0, MIN_OVERVIEW_BUCKETS * step - (last - first)) / 2;
  const x = scaleUtc().domain([new Date(first - pad), new Date(last + pad)]).range([0, innerW]);
  const y = scaleLinear().domain([0, Math.max(...buckets.map((b) => b.count))]).range([0, height - 26]);
  const barW = Math.max(1, innerW / Math.max(1, (last - first + 2 * pad) / step) - 1);
  const el = svg('svg', { class: 'overview-svg', width, height, viewBox: `0 0 ${width} ${height}`, 'aria-hidden': 'true' });
  const g = svg('g', { transform: `translate(${MARGIN.left},4)` });
  el.append(g);
  for (const b of buckets) g.append(svg('rect', { class: 'density-bar', x: x(startOf(b.start)), y: height - 26 - y(b.count), width: barW, height: Math.max(1, y(b.count)) }, svg('title', {}, `${b.start}: ${plural(b.count, 'event')}`)));
  const axis = svg('g', { class: 'axis', transform: `translate(0,${height - 24})` });
  g.append(axis);
  select(axis).call(axisBottom(x).ticks(Math.max(2, Math.floor(innerW / 100))).tickSizeOuter(0));
  const brushG = svg('g', { class: 'brush' });
  g.append(brushG);
  const brush = brushX().extent([[0, 0], [innerW, height - 26]]).on('end', (ev: { selection: [number, number] | null; sourceEvent?: Event }) => {
    if (!ev.sourceEvent) return;
    if (!ev.selection) return choose({});
    const day = (d: Date) => d.toISOString().slice(0, 10);
    choose({ from: day(x.invert(ev.selection[0])), to: day(x.invert(ev.selection[1])) });
  });
  select(brushG).call(brush);
  if (range.from || range.to) {
    const a = range.from ? x(startOf(range.from)) : 0;
    const b = range.to ? x(new Date(startOf(range.to).getTime() + DAY)) : innerW;
    // a range wholly before or after the events has no part of the overview to mark (a negative
    // width was drawn, an error in the console, over "No events in this range")
    const [lo, hi] = [a, b].map((v) => Math.min(innerW, Math.max(0, v)));
    if (hi > lo) select(brushG).call(brush.move, [lo, hi]);
  }
  clear(box);
  box.append(el);
  box.dataset.buckets = String(buckets.length);
}

/** Events in packed lanes under a sticky axis; returns the zoom behaviour for the buttons. */
function drawLanes(axisBox: HTMLElement, box: HTMLElement, items: TimelineEvent[], at: string | null, note: HTMLElement, eventKey: string | null) {
  // How many were killed, injured or detained is said beside the title, as the event page says it.
  const placed = items.map((e) => {
    const parts = { title: e.title, after: (e.documentCount > 1 ? ` (${articlesAndTexts(e.documentCount, e.copies)})` : '') + (briefCountsText(e) ? ` · ${briefCountsText(e)}` : '') };
    return { e, start: new Date(e.interval.start), end: new Date(e.interval.end), parts, label: parts.title + parts.after };
  });
  const min = Math.min(...placed.map((d) => d.start.getTime()));
  const max = Math.max(...placed.map((d) => d.end.getTime()));
  const lanesSvg = svg('svg', { class: 'timeline-svg', role: 'group', 'aria-label': 'Events over time' });
  const axisSvg = svg('svg', { class: 'timeline-axis-svg' });
  box.append(lanesSvg);
  axisBox.append(axisSvg);
  let transform: ZoomTransform = zoomIdentity;
  let innerW = 0;
  let base: ScaleTime<number, number> = scaleUtc();

  const measure = labelMeasure(lanesSvg);
  const render = (x: ScaleTime<number, number>) => {
    const charW = 7;
    const lanes: number[] = [];
    let hidden = 0;
    const rows: Array<{ d: (typeof placed)[number]; x0: number; x1: number; isRange: boolean; lane: number; flip: boolean; markEnd: number; title: string; date: string; below: boolean }> = [];
    // One date style for the whole chart: where any row in view has no room for its whole date (a
    // phone), every row gives the short one, so an article's date never reads "8 Nov 2024" in one row
    // and "dated by its article (8 November 2024)" in the next.
    const inView = placed.flatMap((d) => {
      const x0 = x(d.start);
      const x1 = Math.max(x(d.end), x0 + 1);
      if (x1 < -20 || x0 > innerW + 20) return []; // off screen at this zoom
      const isRange = d.e.interval.precision !== 'day';
      const markEnd = isRange ? Math.max(x1, x0 + 6) : x0 + 8;
      // A label fitting neither side with its date on one line (a phone) puts the date on a line of
      // its own under the title (in three-letter months if it must); only a title longer than the
      // wider side's room is shortened. The full title and date stay in the marker's tooltip and accessible name.
      const room = Math.max(innerW - markEnd - 14, x0 - 14) / charW;
      return [{ d, x0, x1, isRange, markEnd, room, full: dateLabel(d.e) }];
    });
    const short = inView.some((v) => v.full.length > v.room && v.d.label.length + v.full.length + 2 > v.room);
    for (const { d, x0, x1, isRange, markEnd, room, full } of inView) {
      const date = short ? shortDateLabel(d.e) : full;
      const below = d.label.length + date.length + 2 > room;
      const dateW = measure.date(below ? ` ${date}` : `  ${date}`, below);
      const widthOf = (t: string) => (below ? Math.max(measure.title(t), dateW) : measure.title(t) + dateW);
      // The wider side's room in pixels: a title too wide there is cut at a word until it fits.
      const roomPx = Math.max(innerW - markEnd - 14, x0 - 14);
      const title = fitLabel(d.parts, (t) => widthOf(t) <= roomPx);
      const labelW = widthOf(title);
      // A label that would run off the right edge goes to the left of its mark.
      const flip = markEnd + 14 + labelW > innerW && x0 - 14 - labelW >= -4;
      const left = flip ? x0 - 14 - labelW : x0 - 8;
      const extent = flip ? markEnd : markEnd + 14 + labelW;
      let lane = lanes.findIndex((endX) => endX < left - 10);
      if (lane < 0 && lanes.length < MAX_LANES) lane = lanes.push(0) - 1;
      if (lane < 0) {
        hidden++;
        continue;
      }
      lanes[lane] = extent;
      rows.push({ d, x0, x1, isRange, lane, flip, markEnd, title, date, below });
    }
    note.textContent = hidden ? `${plural(hidden, 'event')} in view do not fit in ${MAX_LANES} rows at this zoom: zoom in or narrow the range to see them.` : '';
    const innerH = Math.max(lanes.length, 2) * ROW;
    const width = innerW + MARGIN.left + MARGIN.right;
    lanesSvg.setAttribute('viewBox', `0 0 ${width} ${innerH + 8}`);
    lanesSvg.setAttribute('height', String(innerH + 8));
    axisSvg.setAttribute('viewBox', `0 0 ${width} 28`);
    axisSvg.setAttribute('height', '28');
    clear(lanesSvg);
    clear(axisSvg);
    const axis = svg('g', { class: 'axis', transform: `translate(${MARGIN.left},2)` });
    axisSvg.append(axis);
    select(axis).call(axisBottom(x).ticks(Math.max(2, Math.floor(innerW / 110))).tickPadding(6));
    const g = svg('g', { transform: `translate(${MARGIN.left},4)` });
    lanesSvg.append(svg('defs', {}, svg('clipPath', { id: 'tl-clip' }, svg('rect', { x: -4, y: -4, width: innerW + 8, height: innerH + 8 }))), g);
    const grid = svg('g', { class: 'grid' });
    for (const t of x.ticks(Math.max(2, Math.floor(innerW / 110)))) grid.append(svg('line', { x1: x(t), x2: x(t), y1: 0, y2: innerH }));
    g.append(grid);
    const marks = svg('g', { 'clip-path': 'url(#tl-clip)' });
    g.append(marks);
    for (const r of rows) {
      const y = r.lane * ROW + ROW / 2;
      const e = r.d.e;
      const picked = e.key === eventKey;
      const focused = picked || (at && e.interval.start.startsWith(at));
      const a = svg('a', {
        href: eventHref(e.key),
        class: `tl-event et-${e.type} ef-${eventFamily(e.type)}${focused ? ' tl-focus' : ''}${picked ? ' tl-picked' : ''}${e.articleDate ? ' tl-article-date' : ''}`,
        'aria-current': picked ? 'true' : undefined,
        'data-key': e.key,
        'data-date': e.articleDate ? '' : e.date?.iso ?? '',
        'data-article-date': e.articleDate ? e.interval.start : undefined,
        // Starts with the visible text (label and date), so speech input can name it.
        // (a shortened label is followed by the full title and date)
        'aria-label': `${r.title} ${r.date}${r.title !== r.d.label || r.date !== dateLabel(e) ? `; ${r.d.label}, ${dateLabel(e)}` : ''}: ${eventTypeLabel(e.type)}, ${e.documentCount === 1 ? `in ${e.firstTitle}` : `in ${articlesAndTexts(e.documentCount, e.copies)}`}`,
      });
      a.append(svg('title', {}, `${eventTypeLabel(e.type)}: ${e.title}${briefCountsText(e) ? `\n${briefCountsText(e)}` : ''}\n${dateLabel(e)}`));
      if (r.isRange) a.append(svg('rect', { class: 'tl-range', x: r.x0, y: y - 7, width: Math.max(6, r.x1 - r.x0), height: 14, rx: 7 }));
      else a.append(svg('circle', { class: 'tl-dot', cx: r.x0, cy: y, r: 7 }));
      const tx = r.flip ? r.x0 - 14 : r.markEnd + 6;
      const text = r.below
        // (the space keeps title and date two words in the link's text, as in its accessible name)
        ? [r.title, svg('tspan', { class: 'tl-date tl-date-below', x: tx, dy: 12 }, ` ${r.date}`)]
        : [r.title, svg('tspan', { class: 'tl-date' }, `  ${r.date}`)];
      a.append(svg('text', { class: 'tl-label', x: tx, y: y + (r.below ? -1 : 4), 'text-anchor': r.flip ? 'end' : undefined }, text));
      marks.append(a);
    }
  };

  const zoomer = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.3, 5000])
    // The wheel zooms only with a modifier key; touch is left to the page (it scrolls); a mouse drags.
    .filter((ev: Event) => (ev.type === 'wheel' ? (ev as WheelEvent).ctrlKey || (ev as WheelEvent).metaKey || (ev as WheelEvent).altKey : ev.type.startsWith('mouse') && !(ev as MouseEvent).button))
    .on('zoom', (ev: { transform: ZoomTransform }) => {
      transform = ev.transform;
      render(transform.rescaleX(base));
    });
  select(lanesSvg).call(zoomer);

  const redraw = () => {
    const width = Math.max(320, box.clientWidth);
    innerW = width - MARGIN.left - MARGIN.right;
    const pad = Math.max(15 * DAY, (max - min) * 0.04);
    const labelRoom = Math.min(60, innerW * 0.1);
    base = scaleUtc().domain([new Date(min - pad), new Date(max + pad)]).range([0, innerW - labelRoom]);
    render(transform.rescaleX(base));
  };
  redraw();
  // Open on where most events are (2nd to 98th percentile of dates): a few events dated
  // centuries away (a history recalled in one article) would otherwise squeeze the rest together.
  const starts = placed.map((d) => d.start.getTime()).sort((a, b) => a - b);
  const lo = starts[Math.floor(starts.length * 0.02)];
  const hi = starts[Math.ceil(starts.length * 0.98) - 1] + DAY;
  const [d0, d1] = base.domain().map((x) => x.getTime());
  // the event asked for is opened on as a date is, unless a date is asked for too
  const picked = items.find((e) => e.key === eventKey);
  const centre = at ?? picked?.interval.start ?? null;
  if (!centre && starts.length >= 50 && hi - lo < (d1 - d0) / 3) {
    const k = (innerW - 60) / (base(new Date(hi)) - base(new Date(lo)));
    select(lanesSvg).call(zoomer.transform, zoomIdentity.scale(k).translate(-base(new Date(lo)) + 20 / k, 0));
  }
  if (centre && /^\d{4}/.test(centre)) {
    // Open zoomed on the requested date: about four months around it.
    const k = Math.max(1, (base.domain()[1].getTime() - base.domain()[0].getTime()) / (120 * DAY));
    select(lanesSvg).call(zoomer.transform, zoomIdentity.translate(innerW / 2, 0).scale(k).translate(-base(new Date(centre)), 0));
  }
  return { zoomer, svg: lanesSvg, redraw };
}
