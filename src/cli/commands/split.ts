import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { parseFlags } from '../args.js';
import { printJson } from '../output.js';
import { withStore } from '../store.js';
import { documentIdOf, findDocument } from '../find-document.js';
import type { Store } from '../../store/interface.js';
import { addCurationDecision, entityNamedIn, splitEntityId, undoCurationDecision, unstoredIds } from '../../corpus/curation.js';
import { counted } from '../../plural.js';

const command: Command = {
  summary: 'Curate: take one document\'s mentions out of an entity, or one report out of a merged event',
  usage: `Usage: chronicle split <entity-id> --doc <doc-id> [--db FILE] [--json] [--undo]
       chronicle split <doc#event> [--db FILE] [--json] [--undo]

For an entity (its id is the id column of \`chronicle entities\`): the mentions in that
document become a separate entity (e.g. a namesake);
<doc-id> names the document as --doc does elsewhere: its id, an id prefix of at least 6 characters,
or a source as \`show\` takes it (a path, its end or its base name).
For an event ("docId#id" from \`chronicle events --json\`): that report is kept apart from
every other report.
Decisions are stored apart from extraction and survive re-ingesting; --undo with the same
arguments takes a split back.
--json prints what changed: {split (or undone): the entity or report, doc, newEntityId (an
entity's split), mentionsChanged}.`,
  async run(argv) {
    const { values, positionals } = parseFlags(argv, { db: { type: 'string' }, doc: { type: 'string' }, json: { type: 'boolean' }, undo: { type: 'boolean' } });
    if (positionals.length !== 1) throw new UsageError('give one entity id or one event reference');
    const [target] = positionals;
    const isEvent = target.includes('#');
    if (!isEvent && !values.doc) throw new UsageError('splitting an entity needs --doc DOC-ID: whose mentions leave it');
    // decisions are stored under the document's full id, whatever name --doc gave it
    const decisionFor = (docId: string) => ({ kind: isEvent ? 'event' : 'entity', relation: 'split', a: target, b: isEvent ? '' : docId }) as const;
    if (values.undo) {
      const { removed, mentionsChanged, docId } = await withStore(values.db, async (store) => {
        const docId = isEvent ? null : await undoDocumentId(store, values.doc!);
        return { ...(await undoCurationDecision(store, decisionFor(docId ?? ''))), docId };
      }, { write: true });
      if (!removed) throw new UsageError(`no such split is stored (${target}${isEvent ? '' : ` in ${docId}`}): nothing was undone`);
      if (values.json) printJson({ undone: target, doc: docId, mentionsChanged });
      else console.log(isEvent ? `Event ${target} may join others again.` : `Mentions of ${target} in ${docId} are back in it (${counted(mentionsChanged, 'mention')} re-resolved).`);
      return 0;
    }
    const { changed, docId } = await withStore(values.db, async (store) => {
      const docId = isEvent ? null : await documentIdOf(store, values.doc!);
      if (isEvent && (await unstoredIds(store, 'event', [target])).length) {
        throw new Error(`no event ${target} is stored: nothing was split (event references are "docId#id" from \`chronicle events --json\`)`);
      }
      if (docId !== null && !(await entityNamedIn(store, target, docId))) {
        throw new UsageError(`${target} has no mentions in ${docId}: nothing was split (chronicle show ${docId} lists its entities)`);
      }
      return { changed: await addCurationDecision(store, decisionFor(docId ?? '')), docId };
    }, { write: true });
    const newId = docId === null ? null : splitEntityId(target, docId);
    if (values.json) printJson({ split: target, doc: docId, newEntityId: newId, mentionsChanged: changed });
    else console.log(isEvent ? `Event ${target} is kept apart.` : `Mentions of ${target} in ${docId} are now entity ${newId} (${counted(changed, 'mention')}).`);
    return 0;
  },
};
/** The document an undo names: as --doc elsewhere, but a full id whose document is gone is still taken (its split may be stored). */
async function undoDocumentId(store: Store, name: string): Promise<string> {
  return (await findDocument(store, name)).kind === 'none' ? name : documentIdOf(store, name);
}

export default command;
