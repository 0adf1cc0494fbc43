// Links that save the knowledge base (GET /api/export) as files a spreadsheet, a graph tool or
// another Chronicle can open; the same files `chronicle export` writes.
import { h } from './dom.js';

type Table = 'events' | 'figures' | 'quotes' | 'claims' | 'entities' | 'documents';

/** The address of one export; `download` makes the browser save it rather than show it. */
export function exportHref(format: 'csv' | 'jsonl' | 'ftm' | 'graphml', type?: Table): string {
  return `api/export?format=${format}${type ? `&type=${type}` : ''}`;
}

function fileLink(label: string, href: string, title: string): HTMLElement {
  return h('a', { href, download: true, title, class: 'download-link' }, label);
}

const CSV_TABLES: Array<[Table, string, string]> = [
  ['events', 'Events', 'One row per real-world event: date, type, place, actors, counts, sources and whom each report is according to'],
  ['figures', 'Figures', 'Every figure with its qualifier, sentence and source (as written, its entity and where it stands)'],
  ['quotes', 'Quotes', 'Every quote with its speaker and article'],
  ['claims', 'Claims', 'Figures about the same quantity, grouped, with whether they are disputed and who gives each'],
  ['entities', 'Entities', 'People, organisations and places with their aliases and counts'],
  ['documents', 'Articles', 'Every article with its title, date, outlet and source'],
];

/** The library's list of every export, each with what it holds (in its tooltip). */
export function downloadList(): HTMLElement {
  return h('div', { class: 'downloads' },
    h('p', { class: 'muted small' }, 'Spreadsheets (CSV, one per table):'),
    h('ul', { class: 'plain-list download-list' }, CSV_TABLES.map(([type, label, title]) => h('li', {}, fileLink(`${label} (CSV)`, exportHref('csv', type), title)))),
    h('p', { class: 'muted small' }, 'Whole knowledge base:'),
    h('ul', { class: 'plain-list download-list' },
      h('li', {}, fileLink('Everything (JSON Lines)', exportHref('jsonl'), 'Every article with its annotations; chronicle ingest restores it')),
      h('li', {}, fileLink('FollowTheMoney', exportHref('ftm'), 'Entities and events for Aleph and other FtM tools')),
      h('li', {}, fileLink('GraphML', exportHref('graphml'), 'The graph of names and events, for Gephi or yEd')),
    ),
  );
}

/** One line of downloads under a view's header ("Download: Claims (CSV) · Figures (CSV)"). */
export function downloadLine(tables: Table[]): HTMLElement {
  return h('p', { class: 'download-line small' }, 'Download: ',
    tables.flatMap((type, i) => {
      const [, label, title] = CSV_TABLES.find(([t]) => t === type)!;
      return [i ? ' · ' : '', fileLink(`${label} (CSV)`, exportHref('csv', type), title)];
    }),
  );
}
