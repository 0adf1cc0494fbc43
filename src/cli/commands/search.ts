import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { parseFlags, parsePositiveInt } from '../args.js';
import { colorWanted, printJson, terminalText } from '../output.js';
import { addedForms, searchQuery } from '../../search-words.js';
import { withStore } from '../store.js';
import { sourceLabel } from '../../outlet.js';
import type { Store } from '../../store/interface.js';
import { groupRoots } from '../../corpus/linked-groups.js';

/** How far the matches beyond the list are counted ("more than 500" past it, as the web page's search). */
const COUNT_CAP = 500;

/** For each of `ids` in a near-duplicate group (one text on several sites), the group's other
 *  documents with their titles, as the web's search names them (server/knowledge.ts sameTextAs). */
async function sameTextOf(store: Store, ids: string[]): Promise<Map<string, Array<{ id: string; title: string }>>> {
  const pairs = await store.listNearDuplicatePairs();
  const root = groupRoots(pairs);
  const members = new Map<string, string[]>();
  for (const id of new Set(pairs.flat())) (members.get(root(id)) ?? members.set(root(id), []).get(root(id))!).push(id);
  const others = new Map(ids.filter((id) => members.has(root(id))).map((id) => [id, members.get(root(id))!.filter((other) => other !== id)]));
  if (!others.size) return new Map();
  const titles = new Map((await store.documentSummaries([...new Set([...others.values()].flat())])).map((d) => [d.id, d.title]));
  return new Map([...others].map(([id, list]) => [id, list.map((other) => ({ id: other, title: titles.get(other) ?? other }))]));
}

const command: Command = {
  summary: 'Full-text search, ranked by BM25, with highlighted snippets',
  usage: `Usage: chronicle search <query> [--db FILE] [--json] [--limit N]

Lists the best 10 articles (--limit N: the best N) for the query, e.g. chronicle search "extradition Spain",
and says how many match when there are more (up to 500; past that "more than 500").
Every word must occur in the article, in any of its forms ("arrest" also finds "arrested" and
"arrests", "fled" finds "flee"; a capitalised word after the first is a name, searched as written;
the list ends with the forms taken in that the corpus holds: "Also searched: …"); "quoted phrases"
match exactly; OR between words allows either (it binds the words beside it: a OR b c is (a or b)
and c); a trailing * makes a word a prefix (smuggl*); a leading - excludes a word or "a phrase"
(-attack).
The table shows each article's source as \`chronicle docs\` does (site, or folder and file name).
An article stored as a near-duplicate (another site's copy of one text) says so ("Near-duplicate:
the same text as …"), as the web's search does.
--json prints [{id, title, source, rank, score, snippet, sameTextAs}], best first: rank 1 is the best match;
score is the search engine's raw relevance (SQLite BM25, PostgreSQL ts_rank_cd negated), where
lower (more negative) is better and only
the order within one search means anything; source is the full path or URL; snippet marks
matches with [ ]; sameTextAs, on a near-duplicate only, lists the other copies [{id, title}].`,
  async run(argv) {
    const { values, positionals } = parseFlags(argv, {
      db: { type: 'string' },
      json: { type: 'boolean' },
      limit: { type: 'string' },
    });
    const query = positionals.join(' ').trim();
    if (!query) throw new UsageError('give a search query');
    const limit = parsePositiveInt(values.limit, 'limit', 10);
    const parsed = searchQuery(query);
    if (parsed.clauses.length === 0)
      throw new UsageError(`"${query}" has no words to search for: give words or "quoted phrases", with OR between alternatives`);
    const color = !values.json && colorWanted();
    // Matches are marked with private-use characters, so that the text around them can be made
    // safe for the terminal before the markers become colours.
    const marks: [string, string] = color ? ['\uE000', '\uE001'] : ['[', ']'];
    const cap = Math.max(COUNT_CAP, limit);
    const { hits, matching, forms, copies } = await withStore(values.db, async (store) => {
      const hits = await store.search(parsed, { limit, highlight: marks });
      // Counted only when the limit may have cut the list, and only up to COUNT_CAP: without it a
      // reader took the best 10 for every match. (--json stays the list asked for.)
      const matching = values.json || hits.length < limit ? hits.length : (await store.search(parsed, { limit: cap + 1, snippets: false })).length;
      // the other forms of the words that the search took in ("say" for "said") and the corpus holds
      const forms = values.json ? [] : await store.indexedWords(addedForms(query, parsed));
      return { hits, matching, forms, copies: await sameTextOf(store, hits.map((h) => h.id)) };
    });
    if (values.json) {
      printJson(hits.map((h, i) => ({ id: h.id, title: h.title, source: h.source, rank: i + 1, score: h.score, snippet: h.snippet, ...(copies.has(h.id) ? { sameTextAs: copies.get(h.id) } : {}) })));
      return 0;
    }
    // said once, after the list
    const formsLine = forms.length ? `Also searched: ${forms.join(', ')}.` : null;
    if (hits.length === 0) {
      console.log(`No documents match "${terminalText(query)}".`);
      if (formsLine) console.log(formsLine);
      return 0;
    }
    const paint = (s: string) => (color ? terminalText(s).replaceAll('\uE000', '\x1b[1;33m').replaceAll('\uE001', '\x1b[0m') : s);
    for (const h of hits) {
      console.log(`${terminalText(h.title)}  (${h.id}, ${terminalText(sourceLabel(h.source))})`);
      // a copy of another article on another site says so, as the web's search and library do: two hits, one report
      const others = copies.get(h.id);
      if (others) console.log(`  Near-duplicate: the same text as ${others.map((o) => `“${terminalText(o.title)}” (${o.id})`).join(', ')}`);
      console.log(`  ${paint(h.snippet.replace(/\s+/g, ' '))}\n`);
    }
    if (formsLine) console.log(formsLine);
    if (matching > hits.length)
      console.log(`Showing the best ${hits.length} of ${matching > cap ? `more than ${cap}` : matching} matching articles; raise --limit to see more.`);
    return 0;
  },
};
export default command;
