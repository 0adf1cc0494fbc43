import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { parseFlags, parsePositiveInt } from '../args.js';
import { printJson } from '../output.js';
import { withStore } from '../store.js';

const command: Command = {
  summary: 'Full-text search, ranked by BM25, with highlighted snippets',
  usage: `Usage: chronicle search <query> [--db FILE] [--json] [--limit N]

Words are all required; "quoted phrases" match exactly; OR between words allows either.
--json prints [{id, title, source, score, snippet}] (snippet marks matches with [ ]).`,
  async run(argv) {
    const { values, positionals } = parseFlags(argv, {
      db: { type: 'string' },
      json: { type: 'boolean' },
      limit: { type: 'string' },
    });
    const query = positionals.join(' ').trim();
    if (!query) throw new UsageError('give a search query');
    const limit = parsePositiveInt(values.limit, 'limit', 10);
    const color = !values.json && process.stdout.isTTY;
    const marks: [string, string] = values.json ? ['[', ']'] : color ? ['\x1b[1;33m', '\x1b[0m'] : ['[', ']'];
    const hits = await withStore(values.db, (store) => store.search(query, { limit, highlight: marks }));
    if (values.json) {
      printJson(hits);
      return 0;
    }
    if (hits.length === 0) {
      console.log(`No documents match "${query}".`);
      return 0;
    }
    for (const h of hits) {
      console.log(`${h.title}  (${h.id}, ${h.source})`);
      console.log(`  ${h.snippet.replace(/\s+/g, ' ')}\n`);
    }
    return 0;
  },
};
export default command;
