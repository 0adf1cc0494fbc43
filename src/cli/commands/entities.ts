import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { parseFlags, parseOptionalPositiveInt } from '../args.js';
import { printJson, printTable } from '../output.js';
import { withStore } from '../store.js';
import { repeatedReports, summaryAsReports } from '../../corpus/report-counts.js';
import { ENTITY_TYPES } from '../../corpus/curation-rules.js';
import { runRetype } from '../entity-retype.js';

const command: Command = {
  summary: 'List named entities with mention and document counts; retype corrects one\'s type',
  usage: `Usage: chronicle entities [--type PER|ORG|LOC|MISC] [--db FILE] [--json] [--limit N]
       chronicle entities retype <entity-id> --type PER|ORG|LOC|MISC [--db FILE] [--json] [--undo]

Lists named entities, most mentioned first; every one is listed unless --limit N.
The id column is what \`chronicle merge\`, \`split\` and \`quotes --entity\` take.
--type: PER people, ORG organisations, LOC places, MISC other names (events, works, products …).
--json prints [{id, name, type, aliases, mentions, documents, copies}], most mentioned first;
documents counts an article carried by several sites (near-duplicates) once, as the web UI's
entity listing and page do; copies (absent when none) are the further copies on other sites,
which the entity page lists among its articles (documents + copies of them).
One row per entity; an entity has one type (Liverpool the city and the club are two rows).
An entity gathers every mention resolved to it: curated aliases (ISIS/ISIL/Islamic State,
Tories/Conservative Party), acronyms defined in the same document, and surnames, "Mr X",
"Dr X" and first names of a full name the same document gives. A short form its own document
does not tie to a full name ("Mr Bell" alone) is an entity of that document only.

retype corrects an entity's type ("an organisation, not a place"): a decision stored apart from
extraction like merge and split, re-applied after every ingest and exported with the curations
(its mentions keep the type extraction gave beside it); it holds for the name, so a later article
where the tagger gives the name the corrected type joins the same entity, except in documents you
split off; --undo with the same id and type takes it back.`,
  async run(argv) {
    if (argv[0] === 'retype') return runRetype(argv.slice(1));
    // `entities --db kb.db retype ID --type ORG`: the options before the subcommand are retype's too
    // (it had been refused as "unexpected retype: this command takes options only")
    const retypeAt = argv.indexOf('retype');
    if (retypeAt > 0 && argv[0].startsWith('-')) return runRetype([...argv.slice(0, retypeAt), ...argv.slice(retypeAt + 1)]);
    if (argv[0] && !argv[0].startsWith('-')) throw new UsageError(`unexpected "${argv[0]}": entities lists, and its one subcommand is retype (chronicle entities retype <entity-id> --type ${ENTITY_TYPES.join('|')})`);
    const { values } = parseFlags(argv, {
      db: { type: 'string' },
      json: { type: 'boolean' },
      type: { type: 'string' },
      limit: { type: 'string' },
    }, false);
    const type = values.type?.toUpperCase();
    if (type && !ENTITY_TYPES.includes(type)) throw new UsageError(`--type must be one of ${ENTITY_TYPES.join(', ')}, got "${values.type}"`);
    const limit = parseOptionalPositiveInt(values.limit, 'limit');
    // an article two sites carry (near-duplicates) counts once, as on the web pages
    const rows = await withStore(values.db, async (store) => {
      const repeated = await repeatedReports(store);
      return (await store.listEntities({ type, limit })).map((r) => summaryAsReports(r, repeated));
    });
    if (values.json) printJson(rows);
    else if (rows.length === 0) console.log(`No entities stored${type ? ` of type ${type}` : ''}.`);
    else
      printTable(
        // the id first: merge and split take it, and a table never cuts an id
        rows.map((r) => [r.id, r.type, String(r.mentions), String(r.documents), r.name, r.aliases.filter((a) => a !== r.name).join(', ')]),
        ['id', 'type', 'mentions', 'docs', 'name', 'also written'],
      );
    return 0;
  },
};
export default command;
