// Map: places and events on an offline world map (world-atlas + d3-geo + topojson-client).
// Nearby markers are clustered by screen distance and re-clustered as you zoom; clicking a
// place lists its articles and events, clicking a cluster zooms into it.
import { geoGraticule10, geoNaturalEarth1, geoPath, select, zoom, zoomIdentity, type ZoomTransform } from 'd3';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import world from 'world-atlas/countries-110m.json';
import type { ViewContext } from '../main.js';
import type { PlaceItem } from '../../server/api-types.js';
import { api } from '../lib/api.js';
import { append, h, svg, clear } from '../lib/dom.js';
import { docHref, entityHref, eventHref, eventTypeLabel, formatDate, plural } from '../lib/format.js';
import { empty, pageHeader } from '../lib/ui.js';

const CLUSTER_PX = 22;

interface Cluster {
  x: number;
  y: number;
  places: PlaceItem[];
  weight: number;
}

export async function mapView({ root, query, onLeave }: ViewContext): Promise<void> {
  const page = await api.places();
  document.title = 'Map · Chronicle';
  // Country-level places are shown by shading the country, not as a pin in its middle.
  const pins = page.items.filter((p) => p.kind !== 'country');
  const shaded = new Set(page.items.map((p) => p.country).filter((c): c is string => !!c));
  const countries = feature(world as unknown as Topology, (world as unknown as Topology).objects.countries as GeometryCollection) as unknown as FeatureCollection<Geometry, { name: string }>;

  const panel = h('aside', { class: 'map-panel', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Select a marker to see the articles and events at that place.'));
  const chart = h('div', { class: 'map-chart' });
  root.append(
    pageHeader('Map', `${plural(pins.length, 'place')} mentioned in the articles. Scroll to zoom, drag to pan; shaded countries are mentioned.`),
    pins.length ? h('div', { class: 'map-layout' }, chart, panel) : empty('No places with coordinates yet.'),
  );
  if (!pins.length) return;

  const showPlace = (p: PlaceItem) => {
    clear(panel);
    append(panel, [
      h('h2', {}, p.entity ? h('a', { href: entityHref(p.entity) }, p.name) : p.name),
      h('p', { class: 'muted' }, [p.country && p.country !== p.name ? p.country : null, p.kind, `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}`].filter(Boolean).join(' · ')),
      p.events.length ? h('h3', {}, `Events (${p.eventCount})`) : null,
      p.events.length ? h('ul', { class: 'plain-list' }, p.events.map((e) => h('li', {}, h('span', { class: `event-type et-${e.type}` }, eventTypeLabel(e.type)), ' ', h('a', { href: eventHref(e.key) }, e.title), h('span', { class: 'muted' }, ` · ${formatDate(e.date)}${e.documentCount > 1 ? ` · ${e.documentCount} sources` : ''}`)))) : null,
      h('h3', {}, `Articles (${p.documentCount})`),
      h('ul', { class: 'plain-list' }, p.documents.map((d) => h('li', {}, h('a', { href: docHref(d.id) }, d.title)))),
    ]);
  };

  let svgEl: SVGSVGElement | undefined;
  const draw = () => {
    const width = Math.max(300, chart.clientWidth);
    const height = Math.round(width * 0.52);
    const projection = geoNaturalEarth1().fitExtent([[8, 8], [width - 8, height - 8]], { type: 'Sphere' });
    const path = geoPath(projection);
    svgEl?.remove();
    svgEl = svg('svg', { class: 'map-svg', viewBox: `0 0 ${width} ${height}`, width, height, role: 'group', 'aria-label': 'World map of places' });
    const layer = svg('g', {});
    const pinsLayer = svg('g', { class: 'pins' });
    layer.append(
      svg('path', { class: 'sphere', d: path({ type: 'Sphere' }) ?? '' }),
      svg('path', { class: 'graticule', d: path(geoGraticule10()) ?? '' }),
      ...countries.features.map((f) => svg('path', { class: `country${shaded.has(f.properties.name) ? ' country-mentioned' : ''}`, d: path(f) ?? '' }, svg('title', {}, f.properties.name))),
    );
    const labelsLayer = svg('g', { class: 'labels' });
    svgEl.append(layer, pinsLayer, labelsLayer);
    chart.append(svgEl);
    const projected = pins.map((p) => ({ p, xy: projection([p.lon, p.lat]) ?? [0, 0] }));

    const renderPins = (t: ZoomTransform) => {
      layer.setAttribute('transform', t.toString());
      clear(pinsLayer);
      clear(labelsLayer);
      // Labels are placed heaviest first and skipped where they would cover a marker or a label
      // already placed (the marker keeps its tooltip and aria-label). They sit above all markers.
      const clusters = cluster(projected, t);
      const radius = (c: Cluster) => Math.min(22, 6 + Math.sqrt(c.weight) * 2.2);
      const circles = clusters.map((c) => [c.x - radius(c), c.y - radius(c), c.x + radius(c), c.y + radius(c)] as const);
      const labels: Array<readonly [number, number, number, number]> = [];
      const hits = (a: readonly number[], b: readonly number[]) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
      for (const [ci, c] of clusters.entries()) {
        const single = c.places.length === 1;
        const r = radius(c);
        const name = single ? c.places[0].name : `${c.places[0].name} and ${c.places.length - 1} more`;
        const marker = svg('g', {
          class: `marker${single ? '' : ' marker-cluster'}`,
          transform: `translate(${c.x},${c.y})`,
          tabindex: 0,
          role: 'button',
          'data-places': c.places.map((p) => p.name).join('|'),
          'aria-label': single ? `${name}: ${plural(c.places[0].documentCount, 'article')}, ${plural(c.places[0].eventCount, 'event')}` : `${name}: zoom in`,
        });
        marker.append(svg('title', {}, name), svg('circle', { r }));
        if (!single) marker.append(svg('text', { class: 'marker-count', dy: '0.35em' }, String(c.places.length)));
        // Right of the marker, else left of it, else above it.
        const w = name.length * 7 + 4;
        const spots = [
          { box: [c.x + r + 2, c.y - 8, c.x + r + 2 + w, c.y + 8] as const, x: c.x + r + 4, y: c.y, anchor: 'start' },
          { box: [c.x - r - 2 - w, c.y - 8, c.x - r - 2, c.y + 8] as const, x: c.x - r - 4, y: c.y, anchor: 'end' },
          { box: [c.x - w / 2, c.y - r - 18, c.x + w / 2, c.y - r - 2] as const, x: c.x, y: c.y - r - 10, anchor: 'middle' },
        ];
        const spot = spots.find((sp) => !labels.some((b) => hits(sp.box, b)) && !circles.some((b, i) => i !== ci && hits(sp.box, b)));
        if (spot) {
          labels.push(spot.box);
          labelsLayer.append(svg('text', { class: 'marker-label', x: spot.x, y: spot.y, dy: '0.35em', 'text-anchor': spot.anchor }, name));
        }
        const activate = () => {
          if (single) return showPlace(c.places[0]);
          // Zoom so the cluster's members spread apart, centred on it.
          const k = Math.min(64, t.k * 4);
          const [ux, uy] = t.invert([c.x, c.y]);
          select(svgEl!).transition().duration(350).call(zoomer.transform, zoomIdentity.translate(width / 2, height / 2).scale(k).translate(-ux, -uy));
          showPlace(c.places[0]);
        };
        marker.addEventListener('click', activate);
        marker.addEventListener('keydown', (ev) => {
          if (ev.key === 'Enter' || ev.key === ' ') {
            ev.preventDefault();
            activate();
          }
        });
        pinsLayer.append(marker);
      }
    };
    const zoomer = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, 64])
      .translateExtent([[0, 0], [width, height]])
      .on('zoom', (ev: { transform: ZoomTransform }) => renderPins(ev.transform));
    select(svgEl).call(zoomer);
    const wanted = query.get('place');
    const target = wanted ? projected.find((x) => x.p.key === wanted) : undefined;
    if (target) {
      select(svgEl).call(zoomer.transform, zoomIdentity.translate(width / 2, height / 2).scale(8).translate(-target.xy[0], -target.xy[1]));
      showPlace(target.p);
    } else {
      const fit = extentTransform(projected.filter((x) => x.p.kind !== 'region' && x.p.kind !== 'other').map((x) => x.xy), width, height);
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

/** Opens the map on where the data is: the pins' bounding box with a margin, at most 12× zoom. */
function extentTransform(points: Array<[number, number]>, width: number, height: number): ZoomTransform {
  if (!points.length) return zoomIdentity;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const k = Math.max(1, Math.min(12, 0.7 * width / Math.max(x1 - x0, 1), 0.7 * height / Math.max(y1 - y0, 1)));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  // Stay inside the map: the translate extent would clamp it anyway, but clamping here keeps pins centred.
  const tx = Math.min(0, Math.max(width - width * k, width / 2 - k * cx));
  const ty = Math.min(0, Math.max(height - height * k, height / 2 - k * cy));
  return zoomIdentity.translate(tx, ty).scale(k);
}

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
