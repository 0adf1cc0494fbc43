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
      p.events.length ? h('ul', { class: 'plain-list' }, p.events.map((e) => h('li', {}, h('span', { class: `event-type et-${e.type}` }, eventTypeLabel(e.type)), ' ', h('a', { href: eventHref(e.key) }, e.trigger), h('span', { class: 'muted' }, ` · ${formatDate(e.date ? { iso: e.date, precision: 'day' } : null)}`)))) : null,
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
    svgEl.append(layer, pinsLayer);
    chart.append(svgEl);
    const projected = pins.map((p) => ({ p, xy: projection([p.lon, p.lat]) ?? [0, 0] }));

    const renderPins = (t: ZoomTransform) => {
      layer.setAttribute('transform', t.toString());
      clear(pinsLayer);
      for (const c of cluster(projected, t)) {
        const single = c.places.length === 1;
        const r = Math.min(22, 6 + Math.sqrt(c.weight) * 2.2);
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
        marker.append(svg('text', { class: 'marker-label', x: r + 4, dy: '0.35em' }, name));
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
    renderPins(zoomIdentity);
    const wanted = query.get('place');
    const target = wanted ? projected.find((x) => x.p.key === wanted) : undefined;
    if (target) {
      select(svgEl).call(zoomer.transform, zoomIdentity.translate(width / 2, height / 2).scale(8).translate(-target.xy[0], -target.xy[1]));
      showPlace(target.p);
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
