// `npm start`: the main job on the bundled demo corpus — ingest it into a new database, then serve the UI.
import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { UsageError, type Command } from '../command.js';
import { parseFlags, parsePort, resolveDbPath } from '../args.js';
import { writeToken } from '../write-token.js';
import { withStore } from '../store.js';
import { counted } from '../../plural.js';
import { projectPath } from '../../paths.js';
import type { Store } from '../../store/interface.js';
import { createProgress, progressWanted } from '../progress.js';
import { SIGNAL_EXIT } from '../interrupt.js';
import { duplicatesPart, interruptedLine, stoppableIngest } from '../stoppable-ingest.js';
import { failureLine, oneLine } from '../output.js';
import { nothingAt } from '../../pipeline/read/files.js';
import { isPostgresUrl } from '../../store/open.js';
import { ofOtherKinds, skippedKinds, skippedLine, skippedPaths } from '../skipped-files.js';

const command: Command = {
  summary: 'Ingest the bundled demo corpus (if the database is new) and serve the web UI',
  usage: `Usage: chronicle start [--db FILE] [--port 8080] [--token T] [--corpus DIR] [--no-serve]

What \`npm start\` runs. If the database has no documents yet, ingests the demo corpus
(demo/ in the project, or --corpus DIR), prints a summary, then starts the web UI
(chronicle serve, on http://127.0.0.1:8080/ unless --port N) unless --no-serve.
--token T (at least 8 characters; CHRONICLE_TOKEN works too) is serve's write token: the
browser can then upload articles and curate, as with chronicle serve --token T.
The database is ./chronicle.db unless --db FILE or CHRONICLE_DB names another.
Example: npm start -- --port 8090 --token LONG-SECRET   (or: chronicle start --db /tmp/demo.db --port 8090)

Ctrl-C (or SIGTERM) during that ingest stops reading, saves the articles already analysed,
says how many, and exits with 130 (143) without serving; run start again to continue: the
ingest resumes, articles already stored are skipped. A second Ctrl-C quits at once.
A progress line (articles read so far) is drawn on a terminal, or anywhere with CHRONICLE_PROGRESS=1.`,
  async run(argv) {
    const { values } = parseFlags(argv, {
      db: { type: 'string' },
      port: { type: 'string' },
      token: { type: 'string' },
      corpus: { type: 'string' },
      'no-serve': { type: 'boolean' },
    }, false);
    // checked before the ingest, which can take minutes, rather than by serve after it
    parsePort(values.port, 8080);
    const db = resolveDbPath(values.db);
    const token = writeToken(values.token);
    // absolute, as stored: a start run again from another folder finds the documents of this one
    const corpus = resolve(values.corpus ?? projectPath('demo'));
    // a mistyped --corpus had created an empty database, said "1 failed" and served it, with exit 0
    if (!existsSync(corpus)) throw new UsageError(`--corpus ${values.corpus}: no such file or folder (give a folder of articles, or leave --corpus out for the demo corpus)`);
    // A folder with no article in it (empty, or only files of kinds no reader takes) had ingested
    // nothing, said "1 failed", served an empty database and exited 0.
    const left: string[] = [];
    const nothing = await nothingAt(corpus, ofOtherKinds(left));
    if (nothing !== null && isFile(db) && !existsSync(db)) return nothingToIngest(corpus, nothing, left, 'No database was written.');
    const stoppedBy = await withStore(
      db,
      async (store) => {
        const count = await store.countDocuments();
        const resuming = count > 0 && (await stoppedPartWay(store, corpus));
        if (count > 0 && !resuming) {
          console.log(`${db} already holds ${counted(count, 'document')}; not re-ingesting (delete it to start afresh).`);
          return null;
        }
        if (count === 0 && nothing !== null) return 'nothing' as const;
        const what = values.corpus === undefined ? `the demo corpus from ${corpus}` : corpus;
        console.log(resuming ? `Resuming the ingest of ${corpus} into ${db}, stopped part way …` : `Ingesting ${what} into ${db} …`);
        const progress = createProgress('ingest', null, progressWanted());
        const { summary, stoppedBy } = await stoppableIngest([corpus], store, { onProgress: () => progress.tick() });
        progress.done();
        const parts = [`${counted(summary.ingested, 'document')} ingested`, duplicatesPart(summary)];
        if (summary.unchanged) parts.push(`${summary.unchanged} already stored`);
        parts.push(`${counted(summary.nearDuplicates, 'near-duplicate')} linked`, `${summary.failed.length} failed`);
        console.log(parts.join(', '));
        for (const f of summary.failed) console.error(failureLine(f));
        if (summary.interrupted) console.error(interruptedLine(summary));
        return stoppedBy;
      },
      { create: true },
    );
    if (stoppedBy === 'nothing') return nothingToIngest(corpus, nothing!, left, `${db} is still empty.`);
    if (stoppedBy) return SIGNAL_EXIT[stoppedBy];
    if (values['no-serve']) return 0;
    const servePath = new URL('./serve.js', import.meta.url);
    if (!existsSync(servePath)) {
      console.log('The web UI is not built in this version; explore with chronicle docs / show / search.');
      return 0;
    }
    const serve = ((await import(servePath.href)) as { default: Command }).default;
    return serve.run(['--db', db, ...(values.port ? ['--port', values.port] : []), ...(token !== undefined ? ['--token', token] : [])]);
  },
};
export default command;

/** Says that the corpus holds no article (why, the extensions read, the files of other kinds passed over) and returns start's exit code for it. */
function nothingToIngest(corpus: string, why: string, otherKinds: string[], dbState: string): number {
  const skipped = skippedKinds(otherKinds);
  const said = skippedLine(skipped);
  console.error(`chronicle start: nothing to ingest in ${oneLine(corpus)}: ${why}`);
  if (said) for (const line of [said, ...skippedPaths(skipped)]) console.error(line);
  console.error(`${dbState} Give --corpus a folder of articles, or leave it out for the demo corpus.`);
  return 1;
}

const isFile = (db: string) => !isPostgresUrl(db) && db !== ':memory:';

/** An earlier start was stopped before its corpus passes: documents of the corpus (a folder or a file) still wait for them. */
async function stoppedPartWay(store: Store, corpus: string): Promise<boolean> {
  const at = resolve(corpus);
  return store.hasPendingSourceUnder(at, at + sep);
}
