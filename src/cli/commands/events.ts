import type { Command } from '../command.js';
import { annotationListing, checkType } from '../annotation-listing.js';
import { EVENT_TYPES } from '../../types.js';
import { parseFlags } from '../args.js';
import { printJson, printTable, truncate } from '../output.js';
import { withStore } from '../store.js';
import { loadEventClusters } from '../../corpus/index.js';
import type { EventRecord } from '../../types.js';

const perDocument = annotationListing({
  kind: 'event',
  plural: 'events',
  summary: 'List events (attacks, arrests, extraditions …) with date, place, actors and counts',
  typeHelp: EVENT_TYPES.join(', '),
  types: EVENT_TYPES,
  columns: ['doc', 'type', 'date', 'place', 'sentence'],
  row: (a) => {
    const e = a.data as unknown as EventRecord;
    return [a.docId, e.type, e.date?.iso ?? '—', e.place?.text ?? '—', a.text];
  },
});

const command: Command = {
  summary: perDocument.summary,
  usage: `${perDocument.usage}
--merged    one row per real-world event: reports in several documents merged, every source listed
            (--json prints [{id, type, date, sources, events:[…each report…]}])`,
  async run(argv) {
    if (!argv.includes('--merged')) return perDocument.run(argv);
    const { values } = parseFlags(argv, { db: { type: 'string' }, json: { type: 'boolean' }, merged: { type: 'boolean' }, type: { type: 'string' } }, false);
    checkType(values.type, EVENT_TYPES);
    const clusters = (await withStore(values.db, loadEventClusters)).filter((c) => !values.type || c.type === values.type);
    if (values.json) {
      printJson(
        clusters.map((c) => ({
          id: c.id,
          type: c.type,
          date: c.date,
          sources: [...new Set(c.members.map((m) => m.docId))],
          events: c.events.map((e) => ({ docId: e.docId, evidence: e.text, ...e.data })),
        })),
      );
    } else {
      printTable(
        clusters.map((c) => [c.type, c.date ?? '—', String(new Set(c.members.map((m) => m.docId)).size), truncate(c.events[0].text, 100)]),
        ['type', 'date', 'sources', 'evidence'],
      );
    }
    return 0;
  },
};
export default command;
