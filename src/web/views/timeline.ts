// Timeline: events on a zoomable time axis (d3). A day is a dot; a month or a year is drawn as
// the range it covers; dates without a year are listed apart, since they cannot be placed.
import { axisBottom, scaleUtc, select, zoom, zoomIdentity, type ScaleTime, type ZoomBehavior, type ZoomTransform } from 'd3';
import type { ViewContext } from '../main.js';
import type { EventItem } from '../../server/api-types.js';
import { api } from '../lib/api.js';
import { append, h, svg, clear } from '../lib/dom.js';
import { docHref, eventHref, eventTypeLabel, formatDate } from '../lib/format.js';
import { computingNote, empty, pageHeader, section, sourcesBadge } from '../lib/ui.js';

const ROW = 30;
const MARGIN = { top: 12, right: 24, bottom: 34, left: 24 };
const DAY = 86_400_000;

interface Placed {
  e: EventItem;
  start: Date;
  end: Date;
  label: string;
}

function undatedList(events: EventItem[]): HTMLElement {
  return h('ul', { class: 'undated' }, events.map((e) => h('li', {},
    h('span', { class: `event-type et-${e.type}` }, eventTypeLabel(e.type)), ' ',
    h('a', { href: eventHref(e.key) }, e.title), ' ',
    e.date?.iso ? h('span', { class: 'undated-date' }, formatDate(e.date)) : null,
    sourcesBadge(e),
    h('span', { class: 'muted' }, ' · '),
    e.reports.slice(0, 2).map((r, i) => [i ? ', ' : '', h('a', { class: 'muted', href: docHref(r.docId, r.sentenceSpan) }, shorten(r.docTitle, 60))]),
    e.reports.length > 2 ? h('span', { class: 'muted' }, ` and ${e.reports.length - 2} more`) : null,
  )));
}

function shorten(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, s.lastIndexOf(' ', max - 1) > max / 2 ? s.lastIndexOf(' ', max - 1) : max - 1) + '…';
}

export async function timelineView({ root, query, onLeave }: ViewContext): Promise<void> {
  const type = query.get('type') ?? undefined;
  const at = query.get('at');
  const page = await api.events({ type, limit: 1000 });
  document.title = 'Timeline · Chronicle';
  const dated: Placed[] = page.items
    .filter((e) => e.interval)
    .map((e) => ({ e, start: new Date(e.interval!.start), end: new Date(e.interval!.end), label: shorten(e.title, 48) + (e.documentCount > 1 ? ` (${e.documentCount} sources)` : '') }));
  // Dates without a year ("21 October") in calendar order; then events with no date at all.
  const yearless = page.items.filter((e) => !e.interval && e.date?.iso).sort((a, b) => a.date!.iso!.localeCompare(b.date!.iso!));
  const noDate = page.items.filter((e) => !e.interval && !e.date?.iso);
  const types = [...new Set(page.items.map((e) => e.type))].sort();

  const chart = h('div', { class: 'timeline-chart', role: 'region', 'aria-label': 'Timeline of events. Scroll or pinch to zoom, drag to pan.' });
  const zoomBy = (k: number) => () => zoomer && select(svgEl).transition().duration(250).call(zoomer.scaleBy, k);
  const controls = h('div', { class: 'toolbar' },
    h('label', { for: 'tl-type' }, 'Event type '),
    h('select', { id: 'tl-type', onchange: (ev: Event) => {
      const v = (ev.target as HTMLSelectElement).value;
      location.hash = v ? `#/timeline?type=${v}` : '#/timeline';
    } }, h('option', { value: '' }, 'All types'), (type && !types.includes(type) ? [...types, type] : types).map((t) => h('option', { value: t, selected: t === type }, eventTypeLabel(t)))),
    h('span', { class: 'spacer' }),
    h('button', { type: 'button', class: 'button', onclick: zoomBy(1.6), 'aria-label': 'Zoom in' }, '+'),
    h('button', { type: 'button', class: 'button', onclick: zoomBy(1 / 1.6), 'aria-label': 'Zoom out' }, '−'),
    h('button', { type: 'button', class: 'button', onclick: () => zoomer && select(svgEl).transition().duration(250).call(zoomer.transform, zoomIdentity) }, 'Reset'),
  );
  append(root, [
    pageHeader('Timeline', `${dated.length} dated ${dated.length === 1 ? 'event' : 'events'}. A dot is a known day; a bar spans a month or a year when only that is known.`),
    page.computing ? computingNote() : null,
    controls,
    dated.length ? chart : empty('No dated events yet.'),
    yearless.length ? section(`Day known, year not (${yearless.length})`, h('p', { class: 'muted small' }, 'The articles give these dates without a year, so they cannot be placed on the timeline.'), undatedList(yearless)) : null,
    section(`No date given (${noDate.length})`, noDate.length ? undatedList(noDate) : empty('Every event has a date.')),
  ]);

  let svgEl: SVGSVGElement;
  let zoomer: ZoomBehavior<SVGSVGElement, unknown> | undefined;
  let transform: ZoomTransform = zoomIdentity;
  if (!dated.length) return;

  const draw = () => {
    const width = Math.max(320, chart.clientWidth);
    const innerW = width - MARGIN.left - MARGIN.right;
    const min = Math.min(...dated.map((d) => d.start.getTime()));
    const max = Math.max(...dated.map((d) => d.end.getTime()));
    const pad = Math.max(30 * DAY, (max - min) * 0.06);
    // Leave room on the right for the last events' labels.
    const labelRoom = Math.min(60, innerW * 0.1);
    const base = scaleUtc().domain([new Date(min - pad), new Date(max + pad)]).range([0, innerW - labelRoom]);
    if (!svgEl) {
      svgEl = svg('svg', { class: 'timeline-svg', role: 'img', 'aria-label': 'Events over time' });
      chart.append(svgEl);
      zoomer = zoom<SVGSVGElement, unknown>()
        .scaleExtent([0.3, 2000])
        .on('zoom', (ev: { transform: ZoomTransform }) => {
          transform = ev.transform;
          render(transform.rescaleX(base), innerW);
        });
      select(svgEl).call(zoomer);
      if (at && /^\d{4}/.test(at)) {
        // Open zoomed on the requested date: about four months around it.
        const t = new Date(at).getTime();
        const k = Math.max(1, (base.domain()[1].getTime() - base.domain()[0].getTime()) / (120 * DAY));
        transform = zoomIdentity.translate(innerW / 2, 0).scale(k).translate(-base(new Date(t)), 0);
        select(svgEl).call(zoomer.transform, transform);
        return;
      }
    }
    render(transform.rescaleX(base), innerW);
  };

  const render = (x: ScaleTime<number, number>, innerW: number) => {
    const charW = 7;
    const lanes: number[] = [];
    const rows = dated
      .slice()
      .sort((a, b) => a.start.getTime() - b.start.getTime())
      .map((d) => {
        const x0 = x(d.start);
        const x1 = Math.max(x(d.end), x0 + 1);
        const isRange = d.e.interval!.precision !== 'day';
        const labelW = (d.label.length + 2 + formatDate(d.e.date).length) * charW;
        const markEnd = isRange ? Math.max(x1, x0 + 6) : x0 + 8;
        // A label that would run off the right edge goes to the left of its mark.
        const flip = markEnd + 14 + labelW > innerW && x0 - 14 - labelW > 0;
        const left = flip ? x0 - 14 - labelW : x0 - 8;
        const extent = flip ? markEnd : markEnd + 14 + labelW;
        let lane = lanes.findIndex((endX) => endX < left - 10);
        if (lane < 0) lane = lanes.push(0) - 1;
        lanes[lane] = extent;
        return { d, x0, x1, isRange, lane, flip, markEnd };
      });
    const innerH = Math.max(lanes.length, 3) * ROW;
    const height = innerH + MARGIN.top + MARGIN.bottom;
    svgEl.setAttribute('viewBox', `0 0 ${innerW + MARGIN.left + MARGIN.right} ${height}`);
    svgEl.setAttribute('height', String(height));
    clear(svgEl);
    const g = svg('g', { transform: `translate(${MARGIN.left},${MARGIN.top})` });
    svgEl.append(svg('defs', {}, svg('clipPath', { id: 'tl-clip' }, svg('rect', { x: -4, y: -MARGIN.top, width: innerW + 8, height: height }))), g);
    const axis = svg('g', { class: 'axis', transform: `translate(0,${innerH})` });
    g.append(axis);
    select(axis).call(axisBottom(x).ticks(Math.max(2, Math.floor(innerW / 110))).tickSizeInner(-innerH).tickPadding(8));
    const marks = svg('g', { 'clip-path': 'url(#tl-clip)' });
    g.append(marks);
    for (const r of rows) {
      const y = r.lane * ROW + ROW / 2;
      const focused = at && r.d.e.interval!.start.startsWith(at);
      const a = svg('a', {
        href: eventHref(r.d.e.key),
        class: `tl-event et-${r.d.e.type}${focused ? ' tl-focus' : ''}`,
        'data-date': r.d.e.date?.iso ?? '',
        'aria-label': `${r.d.e.title}, ${formatDate(r.d.e.date)}, ${r.d.e.documentCount === 1 ? `in ${r.d.e.reports[0]?.docTitle}` : `in ${r.d.e.documentCount} articles`}`,
      });
      a.append(svg('title', {}, `${eventTypeLabel(r.d.e.type)}: ${r.d.e.title}\n${formatDate(r.d.e.date)}\n${r.d.e.reports[0]?.sentence ?? ''}`));
      if (r.isRange) a.append(svg('rect', { class: 'tl-range', x: r.x0, y: y - 7, width: Math.max(6, r.x1 - r.x0), height: 14, rx: 7 }));
      else a.append(svg('circle', { class: 'tl-dot', cx: r.x0, cy: y, r: 7 }));
      a.append(r.flip
        ? svg('text', { class: 'tl-label', x: r.x0 - 14, y: y + 4, 'text-anchor': 'end' }, r.d.label, svg('tspan', { class: 'tl-date' }, `  ${formatDate(r.d.e.date)}`))
        : svg('text', { class: 'tl-label', x: r.markEnd + 6, y: y + 4 }, r.d.label, svg('tspan', { class: 'tl-date' }, `  ${formatDate(r.d.e.date)}`)));
      marks.append(a);
    }
  };

  const observer = new ResizeObserver(() => draw());
  root.addEventListener('view:shown', () => {
    draw();
    observer.observe(chart);
  }, { once: true });
  onLeave(() => observer.disconnect());
}
