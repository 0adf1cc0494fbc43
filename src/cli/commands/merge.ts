import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { parseFlags } from '../args.js';
import { printJson } from '../output.js';
import { withStore } from '../store.js';
import { applyEntityCurations, undoCurationDecision, unstoredIds } from '../../corpus/curation.js';
import { counted } from '../../plural.js';

const command: Command = {
  summary: 'Curate: declare two entities (or two event reports) the same',
  usage: `Usage: chronicle merge <entity-id> <entity-id> [--db FILE] [--json] [--undo]
       chronicle merge <doc#event> <doc#event> [--db FILE] [--json] [--undo]

Entity ids are the id column of \`chronicle entities\`; event references are "docId#eventId" from
\`chronicle events --json\`. The first entity's mentions join the second. Decisions are stored
apart from extraction and re-applied after every ingest, so re-ingesting keeps them.
--undo with the same two ids takes a merge back (the entities or events are apart again).
--json prints what changed: {kind: entity|event, merged (or undone): [a, b], mentionsChanged}.`,
  async run(argv) {
    const { values, positionals } = parseFlags(argv, { db: { type: 'string' }, json: { type: 'boolean' }, undo: { type: 'boolean' } });
    if (positionals.length !== 2) throw new UsageError('give exactly two entity ids or two event references');
    const [a, b] = positionals;
    const kind = a.includes('#') && b.includes('#') ? 'event' : !a.includes('#') && !b.includes('#') ? 'entity' : null;
    if (!kind) throw new UsageError('merge two entities or two events, not one of each');
    if (values.undo) {
      const { removed, mentionsChanged } = await withStore(values.db, (store) => undoCurationDecision(store, { kind, relation: 'merge', a, b }), { write: true });
      if (!removed) throw new UsageError(`no merge of ${a} into ${b} is stored: nothing was undone`);
      if (values.json) printJson({ kind, undone: [a, b], mentionsChanged });
      else console.log(kind === 'entity' ? `${a} and ${b} are apart again (${counted(mentionsChanged, 'mention')} re-resolved).` : `Events ${a} and ${b} are apart again.`);
      return 0;
    }
    const changed = await withStore(values.db, async (store) => {
      const unknown = await unstoredIds(store, kind, [a, b]);
      if (unknown.length) {
        const where = kind === 'entity' ? 'entity ids are the id column of `chronicle entities`' : 'event references are "docId#id" from `chronicle events --json`';
        throw new Error(`no ${kind} ${unknown.join(' or ')} is stored: nothing was merged (${where})`);
      }
      await store.addCuration({ kind, relation: 'merge', a, b });
      return kind === 'entity' ? applyEntityCurations(store) : 0;
    }, { write: true });
    if (values.json) printJson({ kind, merged: [a, b], mentionsChanged: changed });
    else console.log(kind === 'entity' ? `Merged ${a} into ${b} (${counted(changed, 'mention')}).` : `Events ${a} and ${b} are now one event.`);
    return 0;
  },
};
export default command;
