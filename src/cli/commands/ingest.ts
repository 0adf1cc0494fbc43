import { existsSync } from 'node:fs';
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { DEFAULT_TIME_LIMIT_S, parseFlags, parsePositiveInt, parseTimeLimitMs, parseWholeNumber, resolveDbPath } from '../args.js';
import { isPostgresUrl } from '../../store/open.js';
import { enqueueInputs } from '../../ingest/queue.js';
import { failureLine, oneLine, printJson } from '../output.js';
import { counted } from '../../plural.js';
import { createProgress, progressWanted } from '../progress.js';
import { SIGNAL_EXIT } from '../interrupt.js';
import { duplicatesPart, interruptedLine, speedPart, stoppableIngest } from '../stoppable-ingest.js';
import { withStore } from '../store.js';
import { DEFAULT_BATCH } from '../../ingest/index.js';
import { isChronicleExport } from '../../export/restore.js';
import { nothingAt } from '../../pipeline/read/files.js';
import { isUrl } from '../../pipeline/read/url.js';
import type { StdinArticle } from '../../pipeline/read/stdin.js';
import { DEFAULT_MAX_BYTES, MIB, SIZE_HINT } from '../../pipeline/read/messages.js';
import { ofOtherKinds, skippedKinds, skippedLine, skippedPaths } from '../skipped-files.js';
import { storedAnything } from '../../ingest/stored.js';
import { removeUnusedDatabase } from '../../store/sqlite/remove-unused.js';
import { languageName } from '../../language-name.js';

const TIME_HINT = `Documents that take longer: allow more time with --time-limit S (default ${DEFAULT_TIME_LIMIT_S} s), or split the file.`;

/** Some inputs failed and the rest were read: a script can tell this from success (0) and from
 *  nothing read (1) without parsing the summary. 2 is taken by command-line mistakes. */
export const PARTIAL_FAILURE_EXIT = 3;

/** `chronicle ingest -` typed at a terminal waited for input without a word; say what it waits for. */
export function stdinHint(inputs: readonly string[], stdinIsTerminal: boolean): string | null {
  if (!stdinIsTerminal || !inputs.includes('-')) return null;
  return 'Reading an article from standard input: paste it, then Ctrl-D on a new line.';
}

const command: Command = {
  summary: 'Read articles (files, folders, URLs, JSONL, stdin) into the knowledge base',
  usage: `Usage: chronicle ingest <path|url|->... [--db FILE] [--json] [--workers N]
         [--batch N] [--max-mb N] [--time-limit S] [--queue] [--full-type-pass]
         [--url URL] [--title TEXT] [--trust-ids]

Reads every input, extracts the article, finds entities, dates, events, figures
and quotes, and stores them. Inputs may be files, folders (recursive), .jsonl
dumps (url, title, html|text, published), Reuters .sgm files, http(s) URLs, a
.txt list of URLs, or - for stdin (one article, or JSON Lines).
Each article pasted on stdin is its own document (the same text pasted again is
already stored); --url and --title give it the address and title you know.
Each JSON Lines record on stdin is cited at its own "url", else a hash of its
text (its "id" with --trust-ids), so piping the same dump again stores nothing
and a second dump adds to the first even when its ids repeat.
A JSONL file written by \`chronicle export --format jsonl\` is restored as it is.
Files in a folder of other kinds (a .pdf, a .docx) are skipped, and the summary
lists them by kind. The analysis reads English: a text clearly in another
language is stored and searchable, but gets no entities, dates, events, figures
or quotes, and the summary lists it with its language.

Re-running is safe: inputs already stored with the same content are skipped,
the same article from two places is one document with two sources (so is a
re-saved copy that differs only in case, spacing, line breaks or Unicode form:
the stored text is kept), and an interrupted run resumes (the corpus passes it
did not finish, over the articles it saved, run with the next ingest).

Options:
  --db FILE     database (default ./chronicle.db or $CHRONICLE_DB)
  --json        print the summary as JSON: {ingested, duplicates,
                nearDuplicates, unchanged, failed:[{input, error}],
                resaved (of the duplicates, copies differing only in case,
                spacing or Unicode form; absent when none),
                skipped:[{kind, files}] (files in the folders of a kind
                Chronicle does not read, e.g. .pdf),
                notAnalysed:[{input, language}] (stored, not analysed: not
                English; absent when none),
                truncated:[{input}] (stored, but the page looks cut off: HTML
                never closed, text ending mid-sentence; absent when none),
                corpusTypes:{retyped, documents, mentionsChanged, seconds}}
                (retyped: mentions of the names this ingest's articles give
                that the corpus types otherwise than their article; all with
                --full-type-pass)
  --workers N   analyse in N worker threads (default 1; 0 = in this thread,
                without a time limit); saved in input order all the same, so
                any N gives the same database
  --time-limit S  give up on a document whose analysis takes longer than S
                seconds (default ${DEFAULT_TIME_LIMIT_S}; a thread's start-up, loading
                its models, is not counted)
  --batch N     documents per transaction (default ${DEFAULT_BATCH})
  --max-mb N    refuse inputs larger than N megabytes (default ${DEFAULT_MAX_BYTES / MIB})
  --url URL     the address of the article read from - (stdin), cited as its
                source; pasting a changed text with the same --url stores it
                as a new version of that article
  --title TEXT  the title of the article read from - (stdin)
  --trust-ids   cite each JSON Lines record read from - (stdin) that has no
                "url" at its "id" (stdin#ID), as the same article in every
                dump: a changed text under an id already stored is a new
                version of it. Only for ids that never repeat across dumps
  --queue       with --db postgres://…: only read and queue the inputs, for
                \`chronicle worker\` processes on any number of machines (see
                README, "Scaling out")
  --full-type-pass  decide every name's type over the whole corpus again, not
                only the names this ingest's articles give and those an
                interrupted run left (a database written before unfinished
                passes were recorded); the types stored are the same when
                every ingest had its pass

Ctrl-C (or SIGTERM) stops reading, saves the articles already analysed, says
how many, and exits with 130 (143 after SIGTERM); run the same command again to
continue. A second Ctrl-C quits at once. A progress line (articles read so far)
is drawn on a terminal, or anywhere with CHRONICLE_PROGRESS=1.

Exit codes: 0 when every input was read (stored now or already stored); 3 when
some inputs failed and the rest were read (each failure is named on stderr, and
under "failed" with --json); 1 when nothing could be read; 2 for a mistake on
the command line; 130/143 when stopped. With nothing to read (missing paths,
folders without articles), or when every file fails to read, no new database
is created.`,
  async run(argv) {
    const { values, positionals } = parseFlags(argv, {
      db: { type: 'string' },
      json: { type: 'boolean' },
      batch: { type: 'string' },
      'max-mb': { type: 'string' },
      workers: { type: 'string' },
      'time-limit': { type: 'string' },
      queue: { type: 'boolean' },
      'full-type-pass': { type: 'boolean' },
      url: { type: 'string' },
      title: { type: 'string' },
      'trust-ids': { type: 'boolean' },
    });
    if (positionals.length === 0) throw new UsageError('give at least one file, folder, URL or -');
    const stdinArticle = stdinArticleFlags(values.url, values.title, values['trust-ids'] === true, positionals);
    const batchSize = parsePositiveInt(values.batch, 'batch', DEFAULT_BATCH);
    const maxBytes = parsePositiveInt(values['max-mb'], 'max-mb', DEFAULT_MAX_BYTES / MIB) * MIB;
    const threads = parseWholeNumber(values.workers, 'workers', 1);
    const timeLimitMs = parseTimeLimitMs(values['time-limit']);
    if (values.queue) return queueOnly(positionals, values.db, values.json === true, maxBytes, stdinArticle);
    const hint = stdinHint(positionals, process.stdin.isTTY === true);
    if (hint) console.error(hint);
    const progress = createProgress('ingest', null, !values.json && progressWanted());
    // A Chronicle JSONL export is restored as it is (documents, annotations, the user's aliases and
    // curation); everything else goes through the pipeline.
    const exportsIn: string[] = [];
    const articles: string[] = [];
    for (const p of positionals) ((await isChronicleExport(p)) ? exportsIn : articles).push(p);
    // Nothing to read (missing paths, folders without articles): say so, and write no database.
    // Files of kinds no reader takes (a .pdf): the walk passes over them and says so; the summary names them.
    const nothing = await Promise.all(positionals.map(async (input) => {
      const left: string[] = [];
      return { input, error: await nothingAt(input, ofOtherKinds(left)), left };
    }));
    if (nothing.every((n) => n.error !== null)) {
      const skipped = skippedKinds(nothing.flatMap((n) => n.left));
      const said = skippedLine(skipped);
      const failed = nothing.map(({ input, error }) => ({ input, error: error ?? '' }));
      if (values.json) printJson({ ingested: 0, duplicates: 0, nearDuplicates: 0, unchanged: 0, failed, skipped });
      else {
        console.error(`Nothing to read; no database was written.`);
        for (const f of failed) console.error(failureLine(f));
        if (said) for (const line of [said, ...skippedPaths(skipped)]) console.error(line);
      }
      return 1;
    }
    // A database this run creates is removed again when every article failed to read (an empty
    // file left behind would be served as "No articles yet" by the next start or serve), unless
    // another ingest has it open or stored something in it meanwhile.
    const dbPath = resolveDbPath(values.db);
    const creates = !isPostgresUrl(dbPath) && dbPath !== ':memory:' && !existsSync(dbPath);
    const started = performance.now();
    const left: string[] = [];
    const { summary, stoppedBy } = await withStore(
      values.db,
      (store) =>
        stoppableIngest(articles, store, {
          batchSize, maxBytes, threads, timeLimitMs, stdinArticle,
          exports: exportsIn,
          fullTypePass: values['full-type-pass'] === true,
          onProgress: () => progress.tick(),
          onSkipped: ofOtherKinds(left),
        }),
      { create: true },
    );
    progress.done();
    // a read of stdin left waiting would keep the process alive
    if (summary.interrupted && articles.includes('-')) process.stdin.destroy();
    const skipped = skippedKinds(left);
    const said = skippedLine(skipped);
    const seconds = Math.round((performance.now() - started) / 10) / 100;
    const read = summary.ingested + summary.duplicates;
    const docsPerSecond = seconds > 0 ? Math.round((read / seconds) * 10) / 10 : read;
    if (values.json) {
      printJson({ ...summary, skipped, seconds, docsPerSecond });
    } else {
      // A re-run that stores nothing says so: "0 ingested … (0 docs/s)" read like a failure or a stall.
      if (read === 0 && summary.unchanged > 0 && summary.failed.length === 0 && !summary.interrupted) {
        console.log(`Nothing new: ${summary.unchanged} already stored.`);
      } else {
        const parts = [`${summary.ingested} ingested`, duplicatesPart(summary), `${summary.unchanged} already stored`];
        if (summary.nearDuplicates) parts.push(`${counted(summary.nearDuplicates, 'near-duplicate')} linked`);
        parts.push(`${summary.failed.length} failed`);
        console.log(`${parts.join(', ')} in ${seconds.toFixed(1)} s${read > 0 ? ` (${speedPart(read, seconds)})` : ''}`);
      }
      for (const f of summary.failed) console.error(failureLine(f));
      if (summary.failed.some((f) => f.reason === 'size-limit')) console.error(SIZE_HINT);
      if (summary.failed.some((f) => f.reason === 'time-limit')) console.error(TIME_HINT);
      if (said) for (const line of [said, ...skippedPaths(skipped)]) console.log(line);
      printNotAnalysed(summary.notAnalysed ?? []);
      printTruncated(summary.truncated ?? []);
      if (summary.interrupted) console.error(interruptedLine(summary));
    }
    const anythingRead = storedAnything(summary);
    if (!anythingRead && creates) {
      const removed = removeUnusedDatabase(dbPath);
      if (!values.json) console.error(removed ? 'Nothing was read; no database was written.' : `Nothing was read; ${dbPath} was kept: another process has it open or stored something in it.`);
    }
    if (stoppedBy) return SIGNAL_EXIT[stoppedBy];
    if (!anythingRead) return 1;
    return summary.failed.length > 0 ? PARTIAL_FAILURE_EXIT : 0;
  },
};
export default command;

/** --url and --title: what the user knows of the one article on stdin; --trust-ids: that its JSON Lines ids last. */
export function stdinArticleFlags(url: string | undefined, title: string | undefined, trustIds: boolean, inputs: readonly string[]): StdinArticle {
  if (url === undefined && title === undefined && !trustIds) return {};
  if (!inputs.includes('-')) {
    if (url === undefined && title === undefined) throw new UsageError('--trust-ids is for JSON Lines read from stdin: give - as an input');
    throw new UsageError(`${url !== undefined ? '--url' : '--title'} names the article read from stdin: give - as an input`);
  }
  if (url !== undefined && !isUrl(url)) throw new UsageError(`--url must be an http(s) address, got "${url}"`);
  if (title !== undefined && !title.trim()) throw new UsageError('--title is empty');
  return { ...(url !== undefined ? { url } : {}), ...(title !== undefined ? { title } : {}), ...(trustIds ? { trustIds } : {}) };
}

async function queueOnly(inputs: string[], dbFlag: string | undefined, json: boolean, maxBytes: number, stdinArticle: StdinArticle): Promise<number> {
  const db = resolveDbPath(dbFlag);
  if (!isPostgresUrl(db)) throw new UsageError('--queue needs a shared PostgreSQL database: --db postgres://…');
  const { PostgresStore } = await import('../../store/postgres/index.js');
  const store = await PostgresStore.open(db);
  try {
    const left: string[] = [];
    const summary = await enqueueInputs(inputs, store, { maxBytes, stdinArticle, onSkipped: ofOtherKinds(left) });
    const skipped = skippedKinds(left);
    if (json) printJson({ ...summary, skipped });
    else {
      console.log(`${summary.queued} queued, ${summary.unchanged} already queued, ${summary.failed.length} failed`);
      for (const f of summary.failed) console.error(failureLine(f));
      if (summary.failed.some((f) => f.reason === 'size-limit')) console.error(SIZE_HINT);
      // files of kinds no reader takes are named as a plain ingest names them, so none is dropped unnoticed
      const said = skippedLine(skipped);
      if (said) for (const line of [said, ...skippedPaths(skipped)]) console.log(line);
    }
    if (summary.queued + summary.unchanged === 0) return 1;
    return summary.failed.length > 0 ? PARTIAL_FAILURE_EXIT : 0;
  } finally {
    await store.close();
  }
}

/** Documents stored without analysis: the analysis reads English only. */
function printNotAnalysed(docs: Array<{ input: string; language: string }>): void {
  if (docs.length === 0) return;
  console.log(`${counted(docs.length, 'document')} not in English: stored and searchable, but no entities, dates, events, figures or quotes extracted`);
  for (const d of docs.slice(0, 10)) console.log(`  ! ${oneLine(d.input)} (${languageName(d.language)})`);
  if (docs.length > 10) console.log(`  … and ${docs.length - 10} more (--json lists them all)`);
}

function printTruncated(docs: Array<{ input: string }>): void {
  if (docs.length === 0) return;
  console.log(`${counted(docs.length, 'page')} cut off (HTML never closed, text ending mid-sentence): stored as read, the end of the article may be missing`);
  for (const d of docs.slice(0, 10)) console.log(`  ! ${oneLine(d.input)}`);
  if (docs.length > 10) console.log(`  … and ${docs.length - 10} more (--json lists them all)`);
}
