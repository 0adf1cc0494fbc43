// The claims page's disputed events as a CSV file, made in the browser from the events the page
// lists: `chronicle export` has no table of disputed events (its events file has one row per event,
// the disagreements in a column, not one row per report), so a link to it would not hold what the page shows.
import type { EventItem } from '../../server/api-types.js';
import { CSV_BOM, csvDate, csvRow } from '../../export/csv.js';
import { formatCount, formatDate } from './format.js';

// who each report is according to last (the name, the words as written, the entity), as the exports' source columns
const COLUMNS = ['event_id', 'event', 'event_type', 'date', 'place', 'disagree_on', 'doc', 'article', 'published', 'report_date', 'report_place', 'report_counts', 'sentence', 'according_to', 'according_to_text', 'according_to_entity'];

/** One row per report of each event: what each article says, beside what the reports disagree on. */
export function disputedEventsCsv(events: EventItem[]): string {
  let out = CSV_BOM + csvRow(COLUMNS);
  for (const e of events) {
    const disagree = e.conflicts.map((c) => c.field).join('; ');
    for (const r of e.reports)
      out += csvRow([
        e.key, e.title, e.type, csvDate(e.date?.iso) ?? '', e.place?.place?.name ?? e.place?.text ?? '', disagree,
        r.docId, r.docTitle, csvDate(r.published) ?? '', r.date ? formatDate(r.date) : '', r.place?.place?.name ?? r.place?.text ?? '',
        Object.entries(r.counts).filter(([, c]) => c).map(([k, c]) => `${k}: ${formatCount(c!)}`).join('; '),
        r.sentence,
        r.attribution ?? '', r.attribution ? (r.attributionText ?? r.attribution) : '', r.attributionEntity ?? '',
      ]);
  }
  return out;
}

/** A link that saves `events` as a CSV file when followed (the file is made then, not before). */
export function disputedEventsLink(label: string, load: () => Promise<EventItem[]>): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = '#';
  link.className = 'download-link disputed-events-csv';
  link.textContent = label;
  link.title = 'These events, one row per article reporting them, with what the articles disagree on';
  link.addEventListener('click', async (ev) => {
    ev.preventDefault();
    const url = URL.createObjectURL(new Blob([disputedEventsCsv(await load())], { type: 'text/csv;charset=utf-8' }));
    const save = document.createElement('a');
    save.href = url;
    save.download = 'chronicle-disputed-events.csv';
    document.body.append(save);
    save.click();
    save.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
  return link;
}
