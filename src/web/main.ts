// The web UI: a hash router over views. Each view renders into <main> and may return a cleanup.
import './styles.css';
import { clear } from './lib/dom.js';
import { errorCard, loading } from './lib/ui.js';
import { installSkipLinks } from './lib/skip-links.js';
import { keepScrollPositions, resumeScrollKeeping, scrollPositionOnArrival } from './lib/scroll-memory.js';

export interface ViewContext {
  params: Record<string, string>;
  query: URLSearchParams;
  root: HTMLElement;
  /** Register work to undo when the view is left (listeners, charts). */
  onLeave(fn: () => void): void;
}

type View = (ctx: ViewContext) => Promise<void>;

const routes: Array<{ pattern: RegExp; names: string[]; nav: string; load: () => Promise<View> }> = ([
  { path: '/', nav: 'library', load: () => import('./views/library.js').then((m) => m.libraryView) },
  { path: '/doc/:id', nav: 'library', load: () => import('./views/reader.js').then((m) => m.readerView) },
  { path: '/search', nav: 'search', load: () => import('./views/search.js').then((m) => m.searchView) },
  { path: '/entities', nav: 'entities', load: () => import('./views/entities.js').then((m) => m.entitiesView) },
  { path: '/entity/:key', nav: 'entities', load: () => import('./views/entity.js').then((m) => m.entityView) },
  { path: '/event/:key', nav: 'timeline', load: () => import('./views/event.js').then((m) => m.eventView) },
  { path: '/timeline', nav: 'timeline', load: () => import('./views/timeline.js').then((m) => m.timelineView) },
  { path: '/map', nav: 'map', load: () => import('./views/map.js').then((m) => m.mapView) },
  { path: '/graph', nav: 'graph', load: () => import('./views/graph.js').then((m) => m.graphView) },
  { path: '/claims', nav: 'claims', load: () => import('./views/claims.js').then((m) => m.claimsView) },
] as Array<{ path: string; nav: string; load: () => Promise<View> }>).map((r) => {
  const names: string[] = [];
  const pattern = new RegExp('^' + r.path.replace(/:(\w+)/g, (_m, n: string) => (names.push(n), '([^/]+)')) + '$');
  return { pattern, names, nav: r.nav, load: r.load };
});

const main = document.getElementById('main')!;

/** Shows an error card in place of the view, and names it in the tab: the title of the page left
 *  behind (an article's headline over "Not found") misled in the tab bar and the history. */
function showError(card: HTMLElement): void {
  clear(main);
  main.append(card);
  document.title = `${card.querySelector('h1')?.textContent ?? 'Error'} · Chronicle`;
}
let cleanups: Array<() => void> = [];
let generation = 0;

/** Marks render `gen` finished, whatever it ended in (a view or an error card): the page is no
 *  longer busy, and tests and scripts waiting for data-ready see it. */
function finished(gen: number): void {
  main.removeAttribute('aria-busy');
  main.dataset.ready = String(gen);
}

/**
 * Shows the view the address names. Resolves to whether the view placed the reader itself (a cited
 * passage or a chosen report scrolled to and focused): a view does so by cancelling its
 * 'view:shown' event, and the router then leaves the page where the view put it.
 */
async function render(): Promise<boolean> {
  const gen = ++generation;
  for (const fn of cleanups.splice(0)) fn();
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, qs = ''] = hash.split('?', 2);
  const query = new URLSearchParams(qs);
  const match = routes.map((r) => ({ r, m: r.pattern.exec(path) })).find((x) => x.m);
  document.querySelectorAll<HTMLAnchorElement>('.mainnav a').forEach((a) => {
    if (match && a.dataset.nav === match.r.nav) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  // The header's search box shows the words searched for, not words from a page left long ago.
  if (match?.r.nav !== 'search' && !query.has('q')) {
    const box = document.getElementById('topsearch-q') as HTMLInputElement | null;
    if (box) (box.value = '', box.removeAttribute('value'));
  }
  clear(main);
  // busy until the view's data or an error arrives: assistive technology waits, and says "Loading…"
  main.setAttribute('aria-busy', 'true');
  main.append(loading());
  if (!match) {
    showError(errorCard(new Error(`There is no page at “${path}”.`), 'Not found'));
    // Like every other outcome, a finished render (tests and scripts wait for this).
    finished(gen);
    return false;
  }
  const params: Record<string, string> = {};
  try {
    match.r.names.forEach((n, i) => (params[n] = decodeURIComponent(match.m![i + 1])));
  } catch {
    // A malformed percent-escape (#/doc/%E0%A4%A) must end in a message, not an endless "Loading…".
    showError(errorCard(new Error(`The address “${path}” is malformed (a broken %-escape).`), 'Broken link'));
    finished(gen);
    return false;
  }
  const root = document.createElement('div');
  root.className = 'view';
  let placed = false;
  try {
    const view = await match.r.load();
    await view({ params, query, root, onLeave: (fn) => cleanups.push(fn) });
    if (gen !== generation) return false;
    clear(main);
    main.append(root);
    placed = !root.dispatchEvent(new CustomEvent('view:shown', { cancelable: true }));
  } catch (err) {
    if (gen !== generation) return false;
    showError(errorCard(err));
  }
  finished(gen);
  return placed;
}

let lastPath = '';
window.addEventListener('hashchange', () => {
  const path = location.hash.split('?')[0];
  const kept = scrollPositionOnArrival();
  void render().then((placed) => {
    // Move focus to the new page for keyboard and screen-reader users, but not on filter changes,
    // nor away from the passage a link cited (the view put the reader there: it stood at the top).
    if (path !== lastPath && !placed) main.focus({ preventScroll: true });
    // back (or forward) to a page seen before: where the reader was on it; a new page: its top
    if (kept !== null) window.scrollTo(0, kept);
    else if (path !== lastPath && !placed) window.scrollTo(0, 0);
    lastPath = path;
    resumeScrollKeeping();
  });
});
keepScrollPositions();

document.querySelector<HTMLFormElement>('.topsearch')!.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const q = (document.getElementById('topsearch-q') as HTMLInputElement).value.trim();
  location.hash = `#/search?q=${encodeURIComponent(q)}`;
});

installSkipLinks();
lastPath = location.hash.split('?')[0];
// a reload keeps the place on the page (the browser's own restoring is off: scroll-memory.ts)
const keptAtLoad = scrollPositionOnArrival();
void render().then(() => {
  if (keptAtLoad !== null) window.scrollTo(0, keptAtLoad);
  resumeScrollKeeping();
});
