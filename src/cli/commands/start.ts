// `npm start`: the main job on the bundled demo corpus — ingest it into a new database, then serve the UI.
import { existsSync } from 'node:fs';
import type { Command } from '../command.js';
import { parseFlags, resolveDbPath } from '../args.js';
import { withStore } from '../store.js';
import { counted } from '../../plural.js';
import { ingest } from '../../ingest/index.js';
import { projectPath } from '../../paths.js';

const command: Command = {
  summary: 'Ingest the bundled demo corpus (if the database is new) and serve the web UI',
  usage: `Usage: chronicle start [--db FILE] [--port N] [--corpus DIR] [--no-serve]

What \`npm start\` runs. If the database has no documents yet, ingests the demo corpus
(demo/ in the project, or --corpus DIR), prints a summary, then starts the web UI
(chronicle serve) unless --no-serve.`,
  async run(argv) {
    const { values } = parseFlags(argv, {
      db: { type: 'string' },
      port: { type: 'string' },
      corpus: { type: 'string' },
      'no-serve': { type: 'boolean' },
    }, false);
    const db = resolveDbPath(values.db);
    const corpus = values.corpus ?? projectPath('demo');
    await withStore(
      db,
      async (store) => {
        const count = await store.countDocuments();
        if (count > 0) {
          console.log(`${db} already holds ${counted(count, 'document')}; not re-ingesting (delete it to start afresh).`);
          return;
        }
        console.log(`Ingesting the demo corpus from ${corpus} into ${db} …`);
        const summary = await ingest([corpus], store);
        console.log(
          `${counted(summary.ingested, 'document')} ingested, ${counted(summary.duplicates, 'duplicate')}, ${counted(summary.nearDuplicates, 'near-duplicate')} linked, ${summary.failed.length} failed`,
        );
        for (const f of summary.failed) console.error(`  ✗ ${f.input}: ${f.error}`);
      },
      { create: true },
    );
    if (values['no-serve']) return 0;
    const servePath = new URL('./serve.js', import.meta.url);
    if (!existsSync(servePath)) {
      console.log('The web UI is not built in this version; explore with chronicle docs / show / search.');
      return 0;
    }
    const serve = ((await import(servePath.href)) as { default: Command }).default;
    return serve.run(['--db', db, ...(values.port ? ['--port', values.port] : [])]);
  },
};
export default command;
