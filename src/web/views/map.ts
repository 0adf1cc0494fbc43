// Map: places and events on an offline world map (world-atlas + d3-geo + topojson-client).
// Nearby markers are clustered by screen distance and re-clustered as you zoom; clicking a
// place lists its articles and events, clicking a cluster zooms into it.
import { geoGraticule10, geoNaturalEarth1, geoPath, select, zoom, zoomIdentity, type ZoomTransform } from 'd3';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import world from 'world-atlas/countries-110m.json';
import type { ViewContext } from '../main.js';
import type { PlaceItem } from '../../server/api-types.js';
import { api } from '../lib/api.js';
import { append, h, svg, clear } from '../lib/dom.js';
import { articlesAndTexts, copiesNote, docHref, entityHref, EVENT_FAMILIES, eventFamily, eventHref, eventTypeLabel, formatCoordinates, formatDate, formatNumber, placeKindLabel, plural, kindAfterName } from '../lib/format.js';
import { briefCountsText, countsAfter, empty, noArticles, pageHeader } from '../lib/ui.js';
import { curationApi } from '../lib/curation.js';
import { placeCuration, placeDecisions } from './place-curation.js';
import { mapHeading } from '../lib/map-heading.js';
import { dateField, readDateFields } from '../lib/date-input.js';
import { eventTypeOptions } from '../lib/event-type-menu.js';
import { LinkFilters } from '../lib/link-filters.js';
import { fillUnmapped } from '../lib/unmapped-places.js';
import { countryCountsLine, INFERRED_EVENT_MARK, inferredLine } from '../lib/place-counts.js';

/** The most the map zooms in (the buttons, a cluster, a place chosen from a list). */
const MAX_ZOOM = 64;
const CLUSTER_PX = 22;
/** The least room between a marker's label and any other marker, in screen pixels. */
const MARKER_GAP = 10;
/** Room kept between a pin and the frame's edge when the least zoom is set to show every pin: a marker's largest radius and a little. */
const PIN_ROOM = 26;

/** A country's outline on the world map: `id` is its ISO 3166-1 numeric code, `name` Natural Earth's short form. */
type CountryFeature = Feature<Geometry, { name: string }>;

interface Cluster {
  x: number;
  y: number;
  places: PlaceItem[];
  weight: number;
}

/** A marker drawn without a label, named under the map; `key` is its heaviest place, as the markers are keyed. */
interface Unlabelled {
  key: string;
  marker: SVGGElement;
  name: string;
  cluster: Cluster;
}

/**
 * Names the markers left without a label under the map, each a button that selects its marker.
 * Joined by the marker's key, as the markers are: a button whose marker stays unlabelled is the
 * same element from one zoom frame to the next, so the keyboard's focus stays on it (every frame
 * had built new buttons, and a focused one was gone before Enter reached it).
 */
function listUnlabelled(note: HTMLElement, unlabelled: Unlabelled[], activate: (c: Cluster) => void): void {
  if (!unlabelled.length) return clear(note);
  const intro = note.querySelector<HTMLElement>('.map-label-intro') ?? note.insertBefore(h('span', { class: 'map-label-intro' }), note.firstChild);
  intro.textContent = `${plural(unlabelled.length, 'marker')} without room for a label (the number on each is in brackets; select one to list its places): `;
  const mark = (button: HTMLButtonElement, on: boolean) => select<HTMLButtonElement, Unlabelled>(button).datum().marker.classList.toggle('marker-picked', on);
  select(note)
    .selectAll<HTMLButtonElement, Unlabelled>('button.map-label-button')
    .data(unlabelled, (u) => u.key)
    .join((enter) => enter.append((u) => {
      const button = h('button', { type: 'button', class: 'linklike map-label-button', 'data-key': u.key });
      // the cluster bound now, not the one the button was made for: its places change as the view zooms
      button.addEventListener('click', () => activate(select<HTMLButtonElement, Unlabelled>(button).datum().cluster));
      for (const [ev, on] of [['pointerenter', true], ['pointerleave', false], ['focus', true], ['blur', false]] as const) button.addEventListener(ev, () => mark(button, on));
      return button;
    }))
    .text((u) => (u.cluster.places.length > 1 ? `${u.name} (${u.cluster.places.length})` : u.name))
    .order();
}

export async function mapView({ root, query, onLeave }: ViewContext): Promise<void> {
  // a type or date the page cannot use is left out and named, not sent to fail the whole page
  const link = new LinkFilters(query);
  const type = link.eventTypes('type') ?? null;
  const range = link.dateRange();
  const from = range.from ?? null;
  const to = range.to ?? null;
  // The server filters: it tests every event of a place, where the listing carries only a few.
  const [page, overview, decisions] = await Promise.all([api.places({ type, from, to }), api.overview(), curationApi.list()]);
  document.title = 'Map · Chronicle';
  const filtered = page.items;
  // Country-level places are shown by shading the country, not as a pin in its middle.
  const pins = filtered.filter((p) => p.kind !== 'country');
  // Outlines are matched by ISO numeric code (world-atlas names "Dem. Rep. Congo", the gazetteer
  // "Democratic Republic of the Congo"), by name only for a place whose country has no code.
  const shaded = new Set(filtered.map((p) => p.countryId ?? p.country).filter((c): c is string => !!c));
  const inCountry = (p: PlaceItem, f: CountryFeature) => (p.countryId ? p.countryId === String(f.id) : p.country === f.properties.name);
  const isShaded = (f: CountryFeature) => shaded.has(String(f.id)) || shaded.has(f.properties.name);
  // the type filtered by is offered even where no place has such an event (a link from elsewhere):
  // the select said "any" above a map emptied by that type
  // (a family's list, "attack,killing,…", is offered as its family's choice)
  const types = [...new Set([...page.eventTypes, ...(type && !type.includes(',') ? [type] : [])])].sort();
  const countries = feature(world as unknown as Topology, (world as unknown as Topology).objects.countries as GeometryCollection) as unknown as FeatureCollection<Geometry, { name: string }>;

  const panel = h('aside', { class: 'map-panel', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Select a marker or a country to see the articles and events there.'));
  const chart = h('div', { class: 'map-chart' });
  // Markers left without a label (no room beside them that is clear of the others) are named under
  // the map, each a button that selects its marker: on a phone several clusters were bare numbers.
  const labelNote = h('div', { class: 'map-label-note muted small' });
  let zoomTo: ((k: number | null) => void) | undefined;
  /** The place whose details the panel shows: its marker is marked on every redraw. */
  let chosen: string | null = null;
  /** Zooms the map until a place is a marker of its own, centred (set once the map is drawn). */
  let zoomToPlace: ((p: PlaceItem) => void) | undefined;
  /** Marks the chosen place's marker among those drawn (set once the map is drawn). */
  let markChosen: (() => void) | undefined;
  const filterStatus = h('p', { class: 'form-status', role: 'status' });
  const filters = h('form', { class: 'filter-bar map-filters', 'aria-label': 'Filter places by their events', onsubmit: (ev: SubmitEvent) => {
    ev.preventDefault();
    const data = new FormData(ev.target as HTMLFormElement);
    const read = readDateFields(ev.target as HTMLFormElement, ['from', 'to']);
    if ('error' in read) return void (filterStatus.textContent = read.error);
    const qs = new URLSearchParams();
    const type = String(data.get('type') ?? '');
    if (type) qs.set('type', type);
    for (const f of ['from', 'to']) if (read.dates[f]) qs.set(f, read.dates[f]!);
    location.hash = `#/map${qs.size ? `?${qs}` : ''}`;
  } },
    h('label', {}, 'Events of type ', h('select', { name: 'type' }, h('option', { value: '' }, 'any'), eventTypeOptions(types, type))),
    h('label', {}, 'from ', dateField('from', from)),
    h('label', {}, 'to ', dateField('to', to)),
    h('button', { type: 'submit', class: 'button' }, 'Filter'),
    type || from || to ? h('a', { href: '#/map' }, 'Show all places') : null,
    filterStatus,
  );
  const tools = h('div', { class: 'map-tools', role: 'group', 'aria-label': 'Zoom the map' },
    h('button', { type: 'button', class: 'button', 'aria-label': 'Zoom in', onclick: () => zoomTo?.(2) }, '+'),
    h('button', { type: 'button', class: 'button', 'aria-label': 'Zoom out', onclick: () => zoomTo?.(0.5) }, '−'),
    h('button', { type: 'button', class: 'button', onclick: () => zoomTo?.(null) }, 'Reset'),
  );
  const violence = EVENT_FAMILIES.find((f) => f.family === 'violence')!;
  const legend = h('ul', { class: 'map-legend', 'aria-label': 'Legend' },
    h('li', {}, h('span', { class: 'lg-marker', 'aria-hidden': 'true' }), 'A place named in the articles (bigger: more mentions and events)'),
    pins.some(violentPlace) ? h('li', {}, h('span', { class: 'lg-marker lg-violence', 'aria-hidden': 'true' }), `Ringed in red: violence reported there (${violence.types.map((t) => eventTypeLabel(t).toLowerCase()).join(', ')})`) : null,
    h('li', {}, h('span', { class: 'lg-cluster', 'aria-hidden': 'true' }, '3'), 'Several places close together: select to list them'),
    h('li', {}, h('span', { class: 'lg-country', 'aria-hidden': 'true' }), 'A country named in the articles: select it'),
  );
  const listView = h('details', { class: 'section map-list' }, h('summary', {}, `The ${plural(filtered.length, 'place')} as a list`),
    h('table', { class: 'table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Place'), h('th', { scope: 'col' }, 'Country'), h('th', { scope: 'col', class: 'num' }, 'Articles'), h('th', { scope: 'col', class: 'num' }, 'Events'))),
      h('tbody', {}, filtered.map((p) => h('tr', {},
        h('td', {}, h('a', { href: `#/map?place=${encodeURIComponent(p.key)}` }, p.name), kindAfterName(p.name, p.kind) ? h('span', { class: 'muted small' }, ` ${kindAfterName(p.name, p.kind)}`) : null),
        h('td', {}, p.country ?? ''), h('td', { class: 'num' }, String(p.documentCount)), h('td', { class: 'num' }, String(p.eventCount)))))),
  );
  // Places with no coordinates, named beside the map rather than dropped: only over every place
  // (a filter or a capped listing would count mapped places among them).
  const unmapped = h('div', { class: 'map-unmapped-slot' });
  if (!type && !from && !to && page.total === page.items.length && overview.documents) void fillUnmapped(unmapped, page.items);
  append(root, [
    // how to pan and zoom only above a map: over an empty result it read as if one were drawn
    pageHeader('Map', `${mapHeading(filtered, !!(type || from || to))}${pins.length || shaded.size ? ' Drag to pan; zoom with the buttons or Ctrl + scroll.' : ''}`),
    link.notice(),
    filters,
    page.total > page.items.length ? h('p', { class: 'notice', role: 'status' }, `Showing the ${formatNumber(page.items.length)} most mentioned of ${formatNumber(page.total)} places.`) : null,
        pins.length || shaded.size
      ? [tools, h('div', { class: 'map-layout' }, chart, panel, labelNote), legend, listView, unmapped]
      : !overview.documents ? noArticles()
      // events without a known place are not lost: the timeline lists them, with the same filters
      : type || from || to ? [empty('No places with coordinates match these filters.'), h('p', { class: 'map-elsewhere' }, 'Events without a known place are not on the map; ', h('a', { href: `#/timeline?${new URLSearchParams(Object.entries({ type, from, to }).filter((kv): kv is [string, string] => !!kv[1]))}` }, 'the timeline'), ' lists those the articles report as happened, with these filters.')]
      : [empty('No place the articles name was found in the gazetteer, so there is nothing to map yet.'), unmapped],
  ]);
  if (!pins.length && !shaded.size) return;

  const showCountry = (f: CountryFeature) => {
    chosen = null;
    markChosen?.();
    const inside = filtered.filter((p) => inCountry(p, f) && p.kind !== 'country');
    const self = page.items.find((p) => p.kind === 'country' && inCountry(p, f));
    // the gazetteer's name, as the place's own panel and entity page write it
    const name = self?.name ?? inside[0]?.country ?? f.properties.name;
    panel.dataset.place = '';
    clear(panel);
    // the country's other names in the articles, from its own record (the listing does not carry them)
    const names = h('div', {});
    if (self)
      void api.place(self.key).then((full) => {
        if (names.isConnected) append(names, [placeNames(full)]);
      });
    append(panel, [
      h('h2', {}, self?.entity ? h('a', { href: entityHref(self.entity) }, name) : name),
      h('p', { class: 'muted' }, 'Country'),
      names,
      self ? h('p', { class: 'place-counts' }, countryCountsLine(name, self)) : null,
      self?.events.length ? h('ul', { class: 'plain-list' }, self.events.slice(0, 10).map((e) => h('li', {}, h('span', { class: `event-type et-${e.type}` }, eventTypeLabel(e.type)), ' ', h('a', { href: eventHref(e.key) }, e.title), countsAfter(briefCountsText(e)), e.placeInferred ? h('span', { class: 'muted' }, ` · ${INFERRED_EVENT_MARK}`) : null))) : null,
      inside.length ? [h('h3', {}, `Places in ${name} (${inside.length})`), placeList(inside)] : h('p', { class: 'muted' }, 'No town or site in this country is named.'),
      self ? h('p', {}, h('button', { type: 'button', class: 'linklike', onclick: () => showPlace(self) }, `The ${plural(self.documentCount, 'article')} naming ${name}`)) : null,
    ]);
  };
  // a place chosen from a cluster's or a country's list is shown on the map too, not only in the
  // panel: its marker had stayed inside the cluster's number, nowhere to be seen
  const choosePlace = (p: PlaceItem) => {
    showPlace(p);
    zoomToPlace?.(p);
  };
  const placeList = (places: PlaceItem[]) => h('ul', { class: 'plain-list cluster-list' }, places.map((p) => h('li', {},
    h('button', { type: 'button', class: 'linklike', onclick: () => choosePlace(p) }, p.name), h('span', { class: 'muted' }, ` · ${plural(p.documentCount, 'article')}${p.eventCount ? `, ${plural(p.eventCount, 'event')}` : ''}`))));
  const showCluster = (places: PlaceItem[]) => {
    chosen = null;
    markChosen?.();
    panel.dataset.place = '';
    clear(panel);
    append(panel, [h('h2', {}, `${places.length} places here`), h('p', { class: 'muted' }, 'Close together at this zoom. Select one, or zoom in.'), placeList(places)]);
  };

  // The overview holds brief places (no article list, a few events): the panel asks for the rest.
  const showPlace = (brief: PlaceItem) => {
    const fill = (p: PlaceItem) => {
      clear(panel);
      append(panel, placeDetails(p));
    };
    fill(brief);
    chosen = brief.key;
    markChosen?.();
    void api.place(brief.key).then((full) => {
      if (panel.dataset.place === brief.key) fill(full);
    });
    panel.dataset.place = brief.key;
  };
  // the heading links the name at the place's first mention; a place the articles name two ways is two entities, each linked here
  const placeNames = (p: PlaceItem) => (p.namedAs?.length ? h('p', { class: 'small place-names' }, 'Named in the articles as: ', p.namedAs.map((e, i) => [i ? ', ' : '', h('a', { href: entityHref(e.key) }, e.name)])) : null);
  const placeDetails = (p: PlaceItem) => {
    return [
      h('h2', {}, p.entity ? h('a', { href: entityHref(p.entity) }, p.name) : p.name),
      h('p', { class: 'muted' }, [p.country && p.country !== p.name ? p.country : null, placeKindLabel(p.kind), formatCoordinates(p.lat, p.lon)].filter(Boolean).join(' · ')),
      placeNames(p),
      p.events.length ? h('h3', {}, `Events (${p.eventCount})`) : null,
      inferredLine(p, 'here') ? h('p', { class: 'muted small place-counts' }, inferredLine(p, 'here')) : null,
      p.events.length ? h('ul', { class: 'plain-list' }, p.events.map((e) => h('li', {}, h('span', { class: `event-type et-${e.type}` }, eventTypeLabel(e.type)), ' ', h('a', { href: eventHref(e.key) }, e.title), countsAfter(briefCountsText(e)), h('span', { class: 'muted' }, ` · ${formatDate(e.date)}${e.documentCount > 1 ? ` · ${articlesAndTexts(e.documentCount, e.copies)}` : ''}${e.placeInferred ? ` · ${INFERRED_EVENT_MARK}` : ''}`)))) : null,
      // a place with more events than the panel lists (50) said "Events (200)" over 50 and no way to the rest
      p.events.length ? h('p', { class: 'muted small place-events-more' }, p.eventCount > p.events.length ? `The first ${p.events.length} of ${formatNumber(p.eventCount)}. ` : '', h('a', { href: `#/timeline?place=${encodeURIComponent(p.name)}` }, 'See them on the timeline →')) : null,
      // an article several sites carry counts once (as on an entity page); its copies are listed and said so
      h('h3', {}, `Articles (${formatNumber(listedArticles(p))}${copiesNote(p.copies, 'including ')})`),
      // each article opens with the place's name marked in its text, as from an entity page: a bare
      // link left a reader to find where (and whether) the article names it
      p.documents.length ? h('ul', { class: 'plain-list' }, p.documents.map((d) => h('li', {}, h('a', { href: docHref(d.id, null, p.name) }, d.title)))) : h('p', { class: 'muted' }, 'Loading…'),
      listedArticles(p) > p.documents.length && p.documents.length ? h('p', { class: 'muted small' }, `The first ${p.documents.length}.`) : null,
      overview.curatable ? placeCuration(p, placeDecisions(decisions.curations, p.key)) : null,
    ];
  };

  let svgEl: SVGSVGElement | undefined;
  const draw = () => {
    const width = Math.max(300, chart.clientWidth);
    // A phone-wide frame at the world's 0.52 aspect is a strip under 200 px tall, with the names
    // of the places cut off at its edges: a narrow frame is taller, and the places fill it when zoomed.
    const height = Math.round(width * (width < 560 ? 0.85 : 0.52));
    const projection = geoNaturalEarth1().fitExtent([[8, 8], [width - 8, height - 8]], { type: 'Sphere' });
    const path = geoPath(projection);
    // In a frame taller than the world (a phone) the whole world left a white band above and below
    // it: there the least zoom fills the frame's height with the world, which then pans sideways.
    const [[sx0, sy0], [sx1, sy1]] = path.bounds({ type: 'Sphere' });
    const fillK = Math.max(1, height / Math.max(1, sy1 - sy0));
    const projected = pins.map((p) => ({ p, xy: projection([p.lon, p.lat]) ?? [0, 0] }));
    const opening = projected.filter((x) => x.p.kind !== 'region' && x.p.kind !== 'other').map((x) => x.xy);
    // Places far apart (Los Angeles, Tokyo and Sydney) do not all fit a phone's frame at the zoom
    // that fills its height with the world: there the least zoom is the one that just shows every
    // pin, with bands above and below the world. Places that fit keep the world filling the frame.
    const minK = Math.min(fillK, Math.max(1, fitK(opening, width, height, PIN_ROOM)));
    const bounds: [[number, number], [number, number]] = minK > 1 ? [[sx0, sy0], [sx1, sy1]] : [[0, 0], [width, height]];
    svgEl?.remove();
    svgEl = svg('svg', { class: 'map-svg', viewBox: `0 0 ${width} ${height}`, width, height, role: 'group', 'aria-label': 'World map of places' });
    const layer = svg('g', {});
    const pinsLayer = svg('g', { class: 'pins' });
    layer.append(
      svg('path', { class: 'sphere', d: path({ type: 'Sphere' }) ?? '' }),
      svg('path', { class: 'graticule', d: path(geoGraticule10()) ?? '' }),
      ...countries.features.map((f) => {
        const el = svg('path', { class: `country${isShaded(f) ? ' country-mentioned' : ''}`, d: path(f) ?? '', 'data-country': f.properties.name }, svg('title', {}, f.properties.name));
        el.addEventListener('click', () => showCountry(f));
        return el;
      }),
    );
    const labelsLayer = svg('g', { class: 'labels' });
    svgEl.append(layer, pinsLayer, labelsLayer);
    chart.append(svgEl);

    const radius = (c: Cluster) => Math.min(22, 6 + Math.sqrt(c.weight) * 2.2);
    /** The view the markers were last drawn at: a cluster's zoom starts from it. */
    let drawnAt = zoomIdentity;
    const activate = (c: Cluster) => {
      if (c.places.length === 1) return showPlace(c.places[0]);
      // Zoom so the cluster's members spread apart, centred on it.
      const k = Math.min(MAX_ZOOM, drawnAt.k * 4);
      const [ux, uy] = drawnAt.invert([c.x, c.y]);
      select(svgEl!).transition().duration(350).call(zoomer.transform, zoomIdentity.translate(width / 2, height / 2).scale(k).translate(-ux, -uy));
      showCluster(c.places);
    };
    /** Shows the places of `c` on `marker`: its name, size, ring and count (a marker whose places change as the view zooms is redrawn in place). */
    const showOn = (marker: SVGGElement, c: Cluster) => {
      const single = c.places.length === 1;
      const r = radius(c);
      const name = markerName(c.places);
      marker.dataset.keys = markerKey(c);
      marker.dataset.places = c.places.map((p) => p.name).join('|');
      marker.classList.toggle('marker-cluster', !single);
      // A place where violence is reported is ringed in its colour: told by shape, not only by hue.
      marker.classList.toggle('marker-violence', violent(c));
      const label = single ? `${name}: ${plural(c.places[0].documentCount, 'article')}, ${plural(c.places[0].eventCount, 'event')}` : `${c.places.length} places: ${name}; list them and zoom in`;
      marker.setAttribute('aria-label', violent(c) ? `${label}; violence reported there` : label);
      clear(marker);
      marker.append(svg('title', {}, name), svg('circle', { r }));
      if (violent(c)) marker.append(svg('circle', { class: 'violence-ring', r: r + 4 }));
      if (!single) marker.append(svg('text', { class: 'marker-count', dy: '0.35em' }, String(c.places.length)));
    };
    /** A marker that activates the cluster bound to it at the time (its places and position at the last redraw). */
    const newMarker = (): SVGGElement => {
      // Markers take focus from code (the list view is the keyboard way in), not from Tab:
      // hundreds of tab stops make the page unusable by keyboard.
      const marker = svg('g', { class: 'marker', tabindex: -1, role: 'button' });
      const bound = () => select<SVGGElement, Cluster>(marker).datum();
      marker.addEventListener('click', () => activate(bound()));
      marker.addEventListener('keydown', (ev) => {
        if (ev.key === 'Enter' || ev.key === ' ') {
          ev.preventDefault();
          activate(bound());
        }
      });
      return marker;
    };

    const renderPins = (t: ZoomTransform) => {
      layer.setAttribute('transform', t.toString());
      drawnAt = t;
      clear(labelsLayer);
      const clusters = cluster(projected, t);
      // Joined by their heaviest place: a marker still on screen after a zoom frame is the same
      // element, moved (and redrawn where its cluster gained or lost places), so the keyboard's
      // focus stays on it while a zoom eases out. Every frame had drawn new markers, and the
      // focused one was gone before Enter reached it.
      const markers = select(pinsLayer)
        .selectAll<SVGGElement, Cluster>('g.marker')
        .data(clusters, (c) => c.places[0].key)
        .join((enter) => enter.append(newMarker))
        .each(function (c) {
          if (this.dataset.keys !== markerKey(c)) showOn(this, c);
        })
        .attr('transform', (c) => `translate(${c.x},${c.y})`)
        .classed('marker-chosen', (c) => c.places.some((p) => p.key === chosen))
        .classed('marker-picked', false)
        .order()
        .nodes();
      // Labels are placed heaviest first and skipped where they would cover a marker or a label
      // already placed (the marker keeps its tooltip and aria-label). They sit above all markers.
      const circles = clusters.map((c) => [c.x - radius(c), c.y - radius(c), c.x + radius(c), c.y + radius(c)] as const);
      const labels: Array<readonly [number, number, number, number]> = [];
      const unlabelled: Unlabelled[] = [];
      const hits = (a: readonly number[], b: readonly number[]) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
      for (const [ci, c] of clusters.entries()) {
        const r = radius(c);
        const name = markerName(c.places);
        // Right of the marker, else left of it, else above or below it.
        const spotsFor = (text: string) => {
          const w = text.length * 7 + 4;
          return [
            { box: [c.x + r + 2, c.y - 8, c.x + r + 2 + w, c.y + 8] as const, x: c.x + r + 4, y: c.y, anchor: 'start', text },
            { box: [c.x - r - 2 - w, c.y - 8, c.x - r - 2, c.y + 8] as const, x: c.x - r - 4, y: c.y, anchor: 'end', text },
            { box: [c.x - w / 2, c.y - r - 18, c.x + w / 2, c.y - r - 2] as const, x: c.x, y: c.y - r - 10, anchor: 'middle', text },
            { box: [c.x - w / 2, c.y + r + 2, c.x + w / 2, c.y + r + 18] as const, x: c.x, y: c.y + r + 10, anchor: 'middle', text },
          ];
        };
        // A label must fit inside the frame: "Ankara +2" cut to "Ankara +" at the right edge
        // of a phone names the wrong thing, so the marker there takes its label on the left instead.
        const inFrame = (box: readonly number[]) => box[0] >= 0 && box[1] >= 0 && box[2] <= width && box[3] <= height;
        // Nor may it come near another marker: "Barcelona +1" ending just right of the US
        // cluster, on a phone, read as that cluster's label. A label keeps MARKER_GAP from every other marker.
        const near = (box: readonly number[]) => [box[0] - MARKER_GAP, box[1] - MARKER_GAP, box[2] + MARKER_GAP, box[3] + MARKER_GAP] as const;
        const spot = spotsFor(name).find((sp) => inFrame(sp.box) && !labels.some((b) => hits(sp.box, b)) && !circles.some((b, i) => i !== ci && hits(near(sp.box), b)));
        if (spot) {
          labels.push(spot.box);
          labelsLayer.append(svg('text', { class: 'marker-label', x: spot.x, y: spot.y, dy: '0.35em', 'text-anchor': spot.anchor, 'data-title': name }, spot.text));
        }
        if (!spot && inFrame([c.x, c.y, c.x, c.y])) unlabelled.push({ key: c.places[0].key, marker: markers[ci], name, cluster: c });
      }
      listUnlabelled(labelNote, unlabelled, activate);
    };
    const zoomer = zoom<SVGSVGElement, unknown>()
      .scaleExtent([minK, MAX_ZOOM])
      // The wheel zooms only with a modifier key, so the page scrolls past the map.
      .filter((ev: Event) => (ev.type === 'wheel' ? (ev as WheelEvent).ctrlKey || (ev as WheelEvent).metaKey || (ev as WheelEvent).altKey : !(ev as MouseEvent).button))
      .translateExtent(bounds)
      .on('zoom', (ev: { transform: ZoomTransform }) => renderPins(ev.transform));
    select(svgEl).call(zoomer);
    // zoom.transform does not hold a transform to the translate extent as a drag does: a view set
    // from code is held to it here, where the world must fill the frame.
    const held = (t: ZoomTransform) => (minK > 1 ? zoomer.constrain()(t, [[0, 0], [width, height]], bounds) : t);
    let home = zoomIdentity;
    zoomTo = (k) => select(svgEl!).transition().duration(300).call(zoomer.transform, k === null ? home : held(zoomIdentity.translate(width / 2, height / 2).scale(Math.min(MAX_ZOOM, Math.max(minK, currentK * k))).translate(...centre())));
    let currentK = minK;
    let current = zoomIdentity;
    zoomer.on('zoom.track', (ev: { transform: ZoomTransform }) => {
      current = ev.transform;
      currentK = ev.transform.k;
    });
    const centre = (): [number, number] => {
      const [x, y] = current.invert([width / 2, height / 2]);
      return [-x, -y];
    };
    // the least zoom, from `from` up, at which a place is a marker of its own (the most zoom where
    // it never is: places at one spot)
    const ownMarkerK = (x: (typeof projected)[number], from: number): number => {
      const at = (k: number) => zoomIdentity.translate(width / 2, height / 2).scale(k).translate(-x.xy[0], -x.xy[1]);
      let k = Math.max(minK, from);
      while (k < MAX_ZOOM && (cluster(projected, at(k)).find((c) => c.places.includes(x.p))?.places.length ?? 1) > 1) k = Math.min(MAX_ZOOM, k * 2);
      return k;
    };
    const placeView = (x: (typeof projected)[number], from: number) => held(zoomIdentity.translate(width / 2, height / 2).scale(ownMarkerK(x, from)).translate(-x.xy[0], -x.xy[1]));
    zoomToPlace = (p) => {
      const x = projected.find((q) => q.p.key === p.key);
      if (x) select(svgEl!).transition().duration(350).call(zoomer.transform, placeView(x, currentK));
    };
    markChosen = () => {
      for (const m of pinsLayer.querySelectorAll<SVGElement>('.marker')) m.classList.toggle('marker-chosen', !!chosen && (m.dataset.keys ?? '').split('|').includes(chosen));
    };
    const wanted = query.get('place');
    const target = wanted ? projected.find((x) => x.p.key === wanted) : undefined;
    const wantedCountry = wanted ? page.items.find((p) => p.key === wanted && p.kind === 'country') : undefined;
    const countryFeature = wantedCountry ? countries.features.find((f) => inCountry(wantedCountry, f)) : undefined;
    if (countryFeature) {
      const [[x0, y0], [x1, y1]] = path.bounds(countryFeature);
      const k = Math.max(minK, Math.min(12, 0.8 / Math.max((x1 - x0) / width, (y1 - y0) / height)));
      home = held(zoomIdentity.translate(width / 2, height / 2).scale(k).translate(-(x0 + x1) / 2, -(y0 + y1) / 2));
      select(svgEl).call(zoomer.transform, home);
      showCountry(countryFeature);
    } else if (target) {
      // a place linked to (the list under the map, a search) opens as its own marker, marked
      home = placeView(target, 8);
      showPlace(target.p);
      select(svgEl).call(zoomer.transform, home);
    } else {
      const fit = held(extentTransform(opening, width, height, minK));
      home = fit;
      select(svgEl).call(zoomer.transform, fit);
      if (fit.k === 1) renderPins(fit);
    }
  };

  const observer = new ResizeObserver(() => {
    if (svgEl && Math.abs(Number(svgEl.getAttribute('width')) - chart.clientWidth) < 2) return;
    draw();
  });
  root.addEventListener('view:shown', () => {
    draw();
    observer.observe(chart);
  }, { once: true });
  onLeave(() => observer.disconnect());
}

/** The zoom at which the points' bounding box fills the frame, less `margin` px on every side
 *  (none given: 15% of the frame); at most 12×, and Infinity for no points. */
function fitK(points: Array<[number, number]>, width: number, height: number, margin?: number): number {
  if (!points.length) return Infinity;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [w, h] = margin === undefined ? [0.7 * width, 0.7 * height] : [width - 2 * margin, height - 2 * margin];
  return Math.min(12, w / Math.max(Math.max(...xs) - Math.min(...xs), 1), h / Math.max(Math.max(...ys) - Math.min(...ys), 1));
}

/** Opens the map on where the data is: the pins' bounding box with a margin, at most 12× zoom. */
function extentTransform(points: Array<[number, number]>, width: number, height: number, minK = 1): ZoomTransform {
  if (!points.length) return minK > 1 ? zoomIdentity.translate(width / 2, height / 2).scale(minK).translate(-width / 2, -height / 2) : zoomIdentity;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const k = Math.max(minK, fitK(points, width, height));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  // Stay inside the map: the translate extent would clamp it anyway, but clamping here keeps pins centred.
  const tx = Math.min(0, Math.max(width - width * k, width / 2 - k * cx));
  const ty = Math.min(0, Math.max(height - height * k, height / 2 - k * cy));
  return zoomIdentity.translate(tx, ty).scale(k);
}

/** Whether violence (an attack, killing, military operation or death) is among all of a place's
 *  events, not only the few the listing carries. */
/** A marker's name, its label and its entry under the map alike: one place, or a cluster's first
 *  place and how many more it holds ("Izmir +4"). Written two ways ("Izmir +4" beside "Ankara and
 *  2 more"), the map read as if the two kinds of label meant different things. */
function markerName(places: PlaceItem[]): string {
  return places.length === 1 ? places[0].name : `${places[0].name} +${places.length - 1}`;
}

/** The keys of a marker's places, heaviest first: what it shows changes only when they do. */
function markerKey(c: Cluster): string {
  return c.places.map((p) => p.key).join('|');
}

/** The articles a place's panel lists: those counted, and the near-duplicate copies among them. */
function listedArticles(p: PlaceItem): number {
  return p.documentCount + (p.copies ?? 0);
}

function violentPlace(p: PlaceItem): boolean {
  return p.eventTypes.some((type) => eventFamily(type) === 'violence');
}

const violent = (c: Cluster) => c.places.some(violentPlace);

/** Greedy screen-space clustering: heaviest places first, each absorbs its near neighbours. */
function cluster(points: Array<{ p: PlaceItem; xy: [number, number] }>, t: ZoomTransform): Cluster[] {
  const weight = (p: PlaceItem) => p.mentions + p.eventCount * 2;
  const sorted = points.map(({ p, xy }) => ({ p, x: t.applyX(xy[0]), y: t.applyY(xy[1]) })).sort((a, b) => weight(b.p) - weight(a.p));
  const clusters: Cluster[] = [];
  for (const pt of sorted) {
    const near = clusters.find((c) => Math.hypot(c.x - pt.x, c.y - pt.y) < CLUSTER_PX);
    if (near) {
      near.places.push(pt.p);
      near.weight += weight(pt.p);
    } else clusters.push({ x: pt.x, y: pt.y, places: [pt.p], weight: weight(pt.p) });
  }
  return clusters;
}
