// `chronicle entities retype ID --type ORG`: a person's correction of an entity's type, the same
// decision the browser and POST /api/curations store (kind entity, relation type), so it is listed,
// exported, re-applied after every ingest and undone like them.
import { UsageError } from './command.js';
import { parseFlags } from './args.js';
import { printJson } from './output.js';
import { withStore } from './store.js';
import { addCurationDecision, undoCurationDecision, unstoredIds } from '../corpus/curation.js';
import { ENTITY_TYPES } from '../corpus/curation-rules.js';
import type { Curation } from '../store/interface.js';
import { counted } from '../plural.js';

export async function runRetype(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, { db: { type: 'string' }, json: { type: 'boolean' }, type: { type: 'string' }, undo: { type: 'boolean' } });
  if (positionals.length !== 1) throw new UsageError('retype takes one entity id (the id column of `chronicle entities`) and --type');
  const [id] = positionals;
  const type = values.type?.toUpperCase();
  if (!type || !ENTITY_TYPES.includes(type)) {
    throw new UsageError(`${values.type ? `"${values.type}" is not a type` : 'retype needs --type'}: give one of ${ENTITY_TYPES.join(', ')}`);
  }
  const decision: Curation = { kind: 'entity', relation: 'type', a: id, b: type };
  if (values.undo) {
    const { removed, mentionsChanged } = await withStore(values.db, (store) => undoCurationDecision(store, decision), { write: true });
    if (!removed) throw new UsageError(`no type correction of ${id} to ${type} is stored: nothing was undone`);
    if (values.json) printJson({ undone: decision, mentionsChanged });
    else console.log(`${id} has its extracted type again (${counted(mentionsChanged, 'mention')}).`);
    return 0;
  }
  const changed = await withStore(values.db, async (store) => {
    // as merge and split do: a typo stored as a decision would change nothing and say it did
    if ((await unstoredIds(store, 'entity', [id])).length) throw new Error(`no entity ${id} is stored: nothing was changed (entity ids are the id column of \`chronicle entities\`)`);
    return addCurationDecision(store, decision);
  }, { write: true });
  if (values.json) printJson({ retyped: id, type, mentionsChanged: changed });
  else console.log(`${id} is now ${type} (${counted(changed, 'mention')}).`);
  return 0;
}
