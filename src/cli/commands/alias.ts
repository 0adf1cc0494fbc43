import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { parseFlags } from '../args.js';
import { printJson, printTable } from '../output.js';
import { createProgress } from '../progress.js';
import { withStore } from '../store.js';
import { createAliasTable, shippedAliasGroups } from '../../pipeline/entities/aliases.js';
import { reresolveEntities } from '../../corpus/entities/reresolve.js';
import { applyEntityCurations, undoAlias } from '../../corpus/curation.js';
import { aliasTypeOf } from '../../corpus/alias-type.js';
import type { Store } from '../../store/interface.js';
import type { EntityType } from '../../types.js';
import { joinShortOrgsInStore } from '../../corpus/entities/short-org-pass.js';
import { joinBodiesByCountryInStore } from '../../corpus/entities/body-country-pass.js';
import { counted } from '../../plural.js';

const TYPES: EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

const command: Command = {
  summary: 'Teach Chronicle that two names are one entity (alias add), undo it (alias remove), or list your aliases',
  usage: `Usage: chronicle alias add <alias> <canonical name> [--type ORG|PER|LOC|MISC] [--db FILE]
       chronicle alias remove <alias> <canonical name> [--type ORG|PER|LOC|MISC] [--db FILE]
       chronicle alias list [--db FILE] [--json]

"alias add" records that <alias> names the same entity as <canonical name> (of the type of the
stored entity so named, unless --type says), then re-resolves every stored document, so
"chronicle entities" shows them as one.
Your aliases live in the database, apart from what extraction found, so re-ingesting keeps them.
"alias remove" forgets one of them and re-resolves the stored mentions without it.
Curated aliases of well-known organisations ship in data/aliases.json.
--json prints the list as [{type, alias, canonical}]; with add or remove, what changed:
{alias, canonical, type, mentionsChanged} (removed: true after remove).`,
  async run(argv) {
    const { values, positionals } = parseFlags(argv, { db: { type: 'string' }, type: { type: 'string' }, json: { type: 'boolean' } });
    const [verb, alias, canonical] = positionals;
    if (verb === 'list') {
      const rows = await withStore(values.db, (store) => store.listUserAliases());
      if (values.json) printJson(rows);
      else if (rows.length === 0) console.log('No aliases of your own yet (chronicle alias add ALIAS CANONICAL).');
      else printTable(rows.map((r) => [r.type, r.alias, r.canonical]), ['type', 'alias', 'canonical']);
      return 0;
    }
    if ((verb !== 'add' && verb !== 'remove') || !alias || !canonical || positionals.length !== 3) throw new UsageError('expected: alias add|remove <alias> <canonical name>');
    const given = values.type?.toUpperCase() as EntityType | undefined;
    if (given && !TYPES.includes(given)) throw new UsageError(`--type must be one of ${TYPES.join(', ')}`);
    const type = given ?? (await withStore(values.db, (store) => (verb === 'add' ? typeOfCanonical(store, canonical) : typeOfStoredAlias(store, alias, canonical))));
    if (verb === 'remove') {
      const undone = await withStore(values.db, (store) => undoAlias(store, { type, alias, canonical }), { write: true });
      if (!undone.removed) throw new UsageError(`no alias "${alias}" → "${canonical}" (${type}) is stored; see chronicle alias list`);
      if (values.json) printJson({ alias, canonical, type, removed: true, mentionsChanged: undone.mentionsChanged });
      else console.log(`"${alias}" is no longer an alias of "${canonical}" (${type}); ${counted(undone.mentionsChanged, 'stored mention')} re-resolved.`);
      return 0;
    }
    const changed = await withStore(values.db, async (store) => {
      await store.addUserAlias({ type, alias, canonical });
      const table = createAliasTable(shippedAliasGroups());
      for (const a of await store.listUserAliases()) table.add(a.type as EntityType, a.alias, a.canonical);
      const progress = createProgress('re-resolving', await store.countDocuments());
      const n = await reresolveEntities(store, table, () => progress.tick());
      // re-resolution gives bodies and short forms their own entities back: the corpus joins them again
      await joinBodiesByCountryInStore(store);
      await joinShortOrgsInStore(store);
      await applyEntityCurations(store);
      progress.done();
      return n;
    }, { write: true });
    if (values.json) printJson({ alias, canonical, type, mentionsChanged: changed });
    else console.log(`"${alias}" is now an alias of "${canonical}" (${type}); ${counted(changed, 'stored mention')} re-resolved.`);
    return 0;
  },
};
const typeHint = `pass --type, one of ${TYPES.join(', ')}`;

/** Without --type an alias takes the type of the entity its canonical name names: ORG for granted
 *  made a place's mentions an organisation's. */
async function typeOfCanonical(store: Store, canonical: string): Promise<EntityType> {
  const found = await aliasTypeOf(store, canonical);
  if ('problem' in found) throw new UsageError(`${found.problem}: ${typeHint}`);
  return found.type;
}

/** Without --type, remove means the one alias of that name and canonical name stored. */
async function typeOfStoredAlias(store: Store, alias: string, canonical: string): Promise<EntityType> {
  const types = (await store.listUserAliases()).filter((a) => a.alias === alias && a.canonical === canonical).map((a) => a.type);
  if (types.length === 1) return types[0] as EntityType;
  throw new UsageError(types.length ? `"${alias}" → "${canonical}" is stored with ${types.length} types (${types.join(', ')}): ${typeHint}` : `no alias "${alias}" → "${canonical}" is stored; see chronicle alias list`);
}

export default command;
