import type { Command } from '../command.js';
import { parseFlags, parseOptionalPositiveInt, parseWholeNumber } from '../args.js';
import { oneLine, printJson, printTable } from '../output.js';
import { withStore } from '../store.js';
import { readableDate } from '../../readable-date.js';
import { sourceLabel } from '../../outlet.js';

const command: Command = {
  summary: 'List stored documents',
  usage: `Usage: chronicle docs [--db FILE] [--json] [--limit N] [--offset N]

Lists documents in the order they were stored: id, first source (site, or the file's folder and
name), title, publication date, word count.
--limit N   at most N documents (default: every one)
--offset N  skip the first N (default 0), to page on from where an earlier --limit stopped
--json      prints [{id, source, title, published, words}]`,
  async run(argv) {
    const { values } = parseFlags(argv, {
      db: { type: 'string' },
      json: { type: 'boolean' },
      limit: { type: 'string' },
      offset: { type: 'string' },
    }, false);
    const limit = parseOptionalPositiveInt(values.limit, 'limit');
    const offset = parseWholeNumber(values.offset, 'offset', 0);
    const docs = await withStore(values.db, (store) => store.listDocuments({ limit, offset }));
    if (values.json) printJson(docs);
    // a bare header reads as a broken listing: say what is (not) there
    else if (docs.length === 0) console.log(offset > 0 ? `No documents after the first ${offset}.` : 'No documents stored yet (chronicle ingest PATH adds some).');
    else
      printTable(
        // one row per document: a file (or a title a JSONL line gave) with a newline in it must not split its row
        docs.map((d) => [d.id, oneLine(sourceLabel(d.source)), readableDate(d.published), String(d.words), oneLine(d.title)]),
        ['id', 'source', 'published', 'words', 'title'],
      );
    return 0;
  },
};
export default command;
