import { annotationListing } from '../annotation-listing.js';
import type { EventRecord } from '../../types.js';

export default annotationListing({
  kind: 'event',
  plural: 'events',
  summary: 'List events (attacks, arrests, extraditions …) with date, place, actors and counts',
  typeHelp: 'attack, killing, arrest, detention, raid, deportation, extradition, prosecution, designation, agreement, meeting, other',
  columns: ['doc', 'type', 'date', 'place', 'sentence'],
  row: (a) => {
    const e = a.data as unknown as EventRecord;
    return [a.docId, e.type, e.date?.iso ?? '—', e.place?.text ?? '—', a.text];
  },
});
