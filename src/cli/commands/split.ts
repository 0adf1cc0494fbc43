import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { parseFlags } from '../args.js';
import { printJson } from '../output.js';
import { withStore } from '../store.js';
import { addCurationDecision, entityNamedIn, splitEntityId, undoCurationDecision } from '../../corpus/curation.js';
import { counted } from '../../plural.js';

const command: Command = {
  summary: 'Curate: take one document\'s mentions out of an entity, or one report out of a merged event',
  usage: `Usage: chronicle split <entity-id> --doc <doc-id> [--db FILE] [--json] [--undo]
       chronicle split <doc#event> [--db FILE] [--json] [--undo]

For an entity: the mentions in that document become a separate entity (e.g. a namesake);
<doc-id> is the document's full id, as \`chronicle docs\` lists it (a prefix or file name is not taken here).
For an event: that report is kept apart from every other report.
Decisions are stored apart from extraction and survive re-ingesting; --undo with the same
arguments takes a split back.`,
  async run(argv) {
    const { values, positionals } = parseFlags(argv, { db: { type: 'string' }, doc: { type: 'string' }, json: { type: 'boolean' }, undo: { type: 'boolean' } });
    if (positionals.length !== 1) throw new UsageError('give one entity id or one event reference');
    const [target] = positionals;
    const isEvent = target.includes('#');
    if (!isEvent && !values.doc) throw new UsageError('splitting an entity needs --doc DOC-ID: whose mentions leave it');
    const decision = { kind: isEvent ? 'event' : 'entity', relation: 'split', a: target, b: isEvent ? '' : values.doc! } as const;
    if (values.undo) {
      const { removed, mentionsChanged } = await withStore(values.db, (store) => undoCurationDecision(store, decision), { write: true });
      if (!removed) throw new UsageError(`no such split is stored (${target}${isEvent ? '' : ` in ${values.doc}`}): nothing was undone`);
      if (values.json) printJson({ undone: target, doc: values.doc ?? null, mentionsChanged });
      else console.log(isEvent ? `Event ${target} may join others again.` : `Mentions of ${target} in ${values.doc} are back in it (${counted(mentionsChanged, 'mention')} re-resolved).`);
      return 0;
    }
    const changed = await withStore(values.db, async (store) => {
      if (!isEvent && !(await entityNamedIn(store, target, values.doc!))) {
        throw new UsageError(`${target} has no mentions in ${values.doc}: nothing was split (chronicle show ${values.doc} lists its entities)`);
      }
      return addCurationDecision(store, decision);
    }, { write: true });
    const newId = isEvent ? null : splitEntityId(target, values.doc!);
    if (values.json) printJson({ split: target, doc: values.doc ?? null, newEntityId: newId, mentionsChanged: changed });
    else console.log(isEvent ? `Event ${target} is kept apart.` : `Mentions of ${target} in ${values.doc} are now entity ${newId} (${counted(changed, 'mention')}).`);
    return 0;
  },
};
export default command;
