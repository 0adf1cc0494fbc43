// `chronicle quotes`: who said what. Filters by speaker (any name or alias of the entity), by
// entity key, by document, by kind; JSON carries the speaker's entity, the source as written,
// the cue, the content span and the document's title and file.
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { parseFlags, parseOptionalPositiveInt } from '../args.js';
import { oneLine, printJson, printTable, terminalText, truncate } from '../output.js';
import { withStore } from '../store.js';
import { documentLabel } from '../annotation-listing.js';
import { documentIdOf } from '../find-document.js';
import type { QuoteRow, Store } from '../../store/interface.js';
import { normaliseName } from '../../store/keys.js';
import { entitiesNamed } from '../../store/entities-named.js';
import { balancedWritten, speakerLine } from '../../speaker-wording.js';
import { quoteWords, shownQuote } from '../../quote-text.js';

const usage = `Usage: chronicle quotes [--speaker NAME] [--entity KEY] [--doc ID] [--type direct|indirect] [--limit N] [--db FILE] [--json]

Lists what the articles quote people and bodies as saying, with who said it: direct quotes (in
quotation marks) and indirect ones (reported speech: "he said the talks had failed").

--speaker NAME   quotes of the entity any of whose names or aliases is NAME ("Clarke",
                 "Mr Clarke", "Charles Clarke"), and of speakers described by that name
--entity KEY     quotes of this entity (its key, as \`chronicle entities --json\` prints it)
--doc ID         only this document (id, id prefix, or a source as \`show\` takes it: a path,
                 the end of its path, or its base name)
--type T         direct (in quotation marks) or indirect (reported speech)
--limit N        at most N quotes (default: every one)
--json           prints [{docId, title, file, start, end, text, kind, speaker, speakerText,
                 speakerEntityId, cue, sentence, …}]`;

/** An empty listing says which filter found nothing ("No quotes found." left a reader guessing
 *  whether the name was unknown or the speaker never quoted), and how names are matched. */
function noQuotesLine(filters: { speaker?: string; entity?: string; doc?: string; type?: string }): string {
  const by = filters.speaker ?? filters.entity;
  const what = [filters.type ? `No ${filters.type} quotes` : 'No quotes'];
  if (by !== undefined) what.push(`by "${terminalText(oneLine(by))}"`);
  if (filters.doc !== undefined) what.push(`in "${terminalText(oneLine(filters.doc))}"`);
  const line = `${what.join(' ')}.`;
  if (filters.speaker === undefined) return line;
  return `${line}\nA speaker is matched by a whole name or alias ("Holt", "Gary Holt");\n\`chronicle entities --type PER\` lists the people.`;
}

const command: Command = {
  summary: 'List quotes with their speakers (by speaker, entity or document)',
  usage,
  async run(argv) {
    const { values } = parseFlags(argv, {
      db: { type: 'string' },
      json: { type: 'boolean' },
      speaker: { type: 'string' },
      entity: { type: 'string' },
      doc: { type: 'string' },
      type: { type: 'string' },
      limit: { type: 'string' },
    }, false);
    if (values.type && values.type !== 'direct' && values.type !== 'indirect') throw new UsageError('--type is direct or indirect');
    const limit = parseOptionalPositiveInt(values.limit, 'limit');
    const rows = await withStore(values.db, async (store) => {
      let docId: string | undefined;
      if (values.doc) docId = await documentIdOf(store, values.doc);
      const found = new Map<string, QuoteRow>();
      const add = (page: { items: QuoteRow[] }) => {
        for (const r of page.items) found.set(`${r.docId}:${r.start}:${r.end}`, r);
      };
      if (values.entity) {
        // an unknown key is a mistake to name, not "no quotes"
        if (!(await store.queryEntities({ keys: [values.entity] })).items.length) {
          throw new UsageError(`no entity "${values.entity}": give a key as \`chronicle entities --json\` prints it (its id, e.g. PER:jane doe), or a name with --speaker`);
        }
        add(await store.queryQuotes({ speakerEntity: values.entity, docId }));
      }
      if (values.speaker) {
        // one query for every entity the name means and speakers described by it, as the API asks
        add(await store.queryQuotes({ speakerEntities: await entitiesNamed(store, values.speaker), speakerName: normaliseName(values.speaker), docId }));
      }
      if (!values.entity && !values.speaker) add(await store.queryQuotes({ docId }));
      let list = [...found.values()].sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : a.start - b.start));
      if (values.type) list = list.filter((r) => r.label === values.type || r.data.kind === values.type);
      if (limit) list = list.slice(0, limit);
      const docs = new Map((await store.documentSummaries([...new Set(list.map((r) => r.docId))])).map((d) => [d.id, d]));
      // a speaker key no entity has (the name's unresolved key, as the API checks it) identifies no one
      const keys = [...new Set(list.map((r) => r.speakerEntity).filter((k): k is string => !!k))];
      const known = new Set(keys.length ? (await store.queryEntities({ keys })).items.map((e) => e.key) : []);
      return list.map((r) => ({ row: r, doc: docs.get(r.docId), identified: !!r.speakerEntity && known.has(r.speakerEntity) }));
    });
    if (values.json) {
      printJson(rows.map(({ row, doc }) => {
        // the quote's words without the comma before its cue ("…their eyes," she said), its end moved to match
        const { start: _start, end: _end, text: _text, ...data } = row.data;
        const shown = shownQuote({ end: row.end, text: row.text });
        return {
          docId: row.docId, title: doc?.title ?? null, file: doc?.source ?? null, start: row.start, end: shown.end, text: shown.text,
          // the summary's entity follows re-resolution and corpus typing; the one stored with the quote is analysis's
          ...data, speakerEntityId: row.speakerEntity ?? row.data.speakerEntityId ?? null,
          // as written, without a bracket its span leaves open ("… Migration (IOM"), as the export gives it
          ...(typeof row.data.speakerText === 'string' ? { speakerText: balancedWritten(row.data.speakerText) } : {}),
        };
      }));
    } else if (rows.length === 0) {
      console.log(noQuotesLine(values));
    } else {
      printTable(
        // the article as figures and events name it (its bare id told a reader nothing)
        rows.map(({ row, doc, identified }) => [documentLabel(row.docId, doc), String(row.data.kind ?? row.label), speakerLine({ ...row.data, speakerEntityId: identified ? row.speakerEntity : undefined }) ?? 'unattributed', truncate(quoteWords(row.text), 100)]),
        ['doc', 'kind', 'speaker', 'quote'],
      );
    }
    return 0;
  },
};
export default command;
