import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { parseFlags } from '../args.js';
import { bold, oneLine, printJson, printTable, terminalText, truncate } from '../output.js';
import { withStore } from '../store.js';
import { readableDate } from '../../readable-date.js';
import { findDocument } from '../find-document.js';
import type { StoredAnnotation, StoredDocument } from '../../store/interface.js';
import type { TimeValue } from '../../types.js';
import { printDocumentSyntax } from '../syntax-view.js';
import type { Figure } from '../../types.js';
import { formatFigure } from '../../figure-wording.js';
import { labelQuoteMarks } from '../../label-marks.js';
import { speakerLine } from '../../speaker-wording.js';
import { figureSource } from '../../figure-sources.js';
import { quoteWords } from '../../quote-text.js';

const command: Command = {
  summary: 'Show one document: clean text, metadata, removed boilerplate and everything found in it',
  usage: `Usage: chronicle show <id|name> [--db FILE] [--json] [--removed] [--syntax]

<id|name> is a document id (or a unique prefix of at least 6 characters), or a source: its path,
the end of its path (politics/100) or its base name (100). When several documents match, they are listed.
--removed also prints what was removed as boilerplate. --syntax prints
each sentence's parse instead (CoNLL-U and an indented tree; with --json, {words, sentenceWordStart}).
--json prints {id, sources, title, authors, publisher, dateline, published, attributedTo (who the
story is credited to, "Reuters found", or null), language (ISO 639-1 as guessed, "und" when unclear,
null for a document stored before languages were), text, removed, mentions, places, times, events,
figures, quotes, nearDuplicates}; a mention in a wire credit line
or a dateline's agency has role "credit" (it names who wrote or sent the story, not a participant),
and each mention's entity is the id \`chronicle entities --json\` gives the entity it is resolved to;
truncated (why a page looks cut off) and notAnalysed (why its facts were not read) when they apply,
as the lines "incomplete:" and "not analysed:" say without --json. The line "entities:" names
each entity once, with the other ways the document writes it ("Renée Dubois (PER; also Dubois)"),
and the lines "date" the first 20 time mentions (as written, value, precision), then a line per event,
figure (its value, what it counts and who says so) and quote (its kind, speaker and words).`,
  async run(argv) {
    const { values, positionals } = parseFlags(argv, {
      db: { type: 'string' },
      json: { type: 'boolean' },
      removed: { type: 'boolean' },
      syntax: { type: 'boolean' },
    });
    if (positionals.length !== 1) throw new UsageError('give one document id or name');
    const found = await withStore(values.db, (store) => findDocument(store, positionals[0]));
    if (found.kind === 'ambiguous') {
      console.error(`chronicle show: "${positionals[0]}" names ${found.matches.length} documents; give one of these ids or a longer path:`);
      printTable(found.matches.map((d) => [d.id.slice(0, 16), d.source, truncate(d.title, 60)]), ['id', 'source', 'title'], process.stderr);
      return 1;
    }
    const doc = found.kind === 'one' ? found.doc : null;
    if (!doc) {
      // "042bb" read as an id prefix is too short to be one; say so rather than only "no document"
      const short = /^[0-9a-f]{1,5}$/i.test(positionals[0]) ? 'an id prefix needs at least 6 characters; ' : '';
      console.error(`chronicle show: no document "${positionals[0]}" (${short}try chronicle docs)`);
      return 1;
    }
    if (values.syntax) printDocumentSyntax(doc.text, values.json === true);
    else if (values.json) printJson(documentJson(doc));
    else printDocument(doc, values.removed === true);
    return 0;
  },
};
export default command;

function byKind(doc: StoredDocument, kind: StoredAnnotation['kind']) {
  return doc.annotations.filter((a) => a.kind === kind);
}

export function documentJson(doc: StoredDocument) {
  const spans = (kind: StoredAnnotation['kind']) =>
    byKind(doc, kind).map(({ kind: _k, label, start, end, text, data }) => ({ start, end, text, label, ...data }));
  return {
    id: doc.id,
    sources: doc.sources,
    title: doc.title,
    authors: doc.meta.authors,
    publisher: doc.meta.publisher,
    dateline: doc.meta.dateline,
    published: doc.meta.published,
    attributedTo: doc.meta.attributedTo ?? null,
    language: doc.meta.language ?? null,
    ...(doc.meta.truncated ? { truncated: doc.meta.truncated } : {}),
    ...(doc.meta.notAnalysed ? { notAnalysed: doc.meta.notAnalysed } : {}),
    text: doc.text,
    removed: doc.removed,
    // role "credit": a name in the wire credit line or the dateline's agency (who wrote or sent the story)
    mentions: byKind(doc, 'mention').map(({ start, end, text, label, data }) => ({
      start,
      end,
      text,
      type: label,
      // the resolved entity (`chronicle entities --json` id): "Dubois" after "Renée Dubois" carries hers
      ...(typeof data.entityId === 'string' ? { entity: data.entityId } : {}),
      ...(data.role === 'credit' ? { role: 'credit' } : {}),
    })),
    places: spans('place'),
    times: spans('time'),
    events: byKind(doc, 'event').map((a) => a.data),
    figures: byKind(doc, 'figure').map((a) => a.data),
    quotes: byKind(doc, 'quote').map((a) => a.data),
    nearDuplicates: doc.nearDuplicates,
  };
}

function printDocument(doc: StoredDocument, withRemoved: boolean): void {
  const m = doc.meta;
  const lines = [bold(terminalText(doc.title)), `id ${doc.id}`];
  // a file named with a newline stays on its line
  for (const s of doc.sources) lines.push(`source ${oneLine(s.location)}`);
  if (m.authors.length) lines.push(`by ${m.authors.join(', ')}`);
  if (m.publisher) lines.push(`publisher ${m.publisher}`);
  if (m.dateline) lines.push(`dateline ${m.dateline.text}`);
  const pub = m.published;
  // "--01-29 (month-day)" reads as a typo: spelled out like every other table's dates
  const published = !pub.value ? 'unknown' : pub.precision === 'month-day' ? readableDate(pub.value) : `${pub.value} (${pub.precision})`;
  lines.push(`published ${published}${pub.notBefore ? `, not before ${pub.notBefore}` : ''}`);
  if (m.language) lines.push(`language ${m.language}`);
  for (const d of doc.nearDuplicates) lines.push(`near-duplicate of ${d.id} (${d.distance} bits apart)`);
  // what the reader's banners say: a page cut off, a text left unanalysed
  if (m.truncated) lines.push(`incomplete: ${m.truncated}`);
  if (m.notAnalysed) lines.push(`not analysed: ${m.notAnalysed}`);
  lines.push('', doc.text, '');
  const count = (k: StoredAnnotation['kind']) => byKind(doc, k).length;
  lines.push(
    `${count('mention')} entity mentions, ${count('time')} dates, ${count('event')} events, ${count('figure')} figures, ${count('quote')} quotes, ${doc.removed.length} removed parts`,
  );
  // one entry per resolved entity, as `chronicle entities` counts them: "Renée Dubois … Dubois" is one
  // person written two ways, not two names (listing each surface form read as two entities)
  const entities = new Map<string, { name: string; label: string; also: Set<string> }>();
  for (const a of byKind(doc, 'mention')) {
    const id = typeof a.data.entityId === 'string' ? a.data.entityId : `${a.label}\u0000${a.text}`;
    const name = typeof a.data.canonical === 'string' && a.data.canonical ? a.data.canonical : a.text;
    const e = entities.get(id) ?? { name, label: a.label, also: new Set<string>() };
    entities.set(id, e);
    if (a.text !== e.name) e.also.add(a.text);
  }
  if (entities.size) {
    const entry = (e: { name: string; label: string; also: Set<string> }) => {
      const also = [...e.also].filter((t) => t !== e.name);
      return `${e.name} (${e.label}${also.length ? `; also ${also.join(', ')}` : ''})`;
    };
    lines.push('entities: ' + [...entities.values()].map(entry).join(', '));
  }
  const times = byKind(doc, 'time');
  for (const t of times.slice(0, SHOWN_DATES)) {
    const value = (t.data as { value?: TimeValue }).value;
    lines.push(`date "${truncate(oneLine(t.text), 60)}" ${value ? timeValueText(value) : 'unresolved'}`);
  }
  const more = times.length - SHOWN_DATES;
  if (more > 0) lines.push(`… and ${more} more ${more === 1 ? 'date' : 'dates'} (--json lists them all)`);
  for (const e of byKind(doc, 'event')) {
    const d = e.data as { type: string; date?: { iso: string | null } | null; trigger: { text: string } };
    lines.push(`event ${d.type} "${d.trigger.text}" ${d.date?.iso ? readableDate(d.date.iso) : ''}: ${e.text}`);
  }
  // the figures and quotes the count line announces, each with who says it as `chronicle figures`
  // and `chronicle quotes` name them (a description quoted and marked "(not identified)")
  const mentions = byKind(doc, 'mention');
  const quotes = byKind(doc, 'quote');
  for (const a of byKind(doc, 'figure')) {
    const f = a.data as unknown as Figure;
    const resolved = figureSource(a, mentions, quotes);
    const source = f.attribution?.source ? speakerLine(resolved ?? { speaker: f.attribution.source }) : null;
    const what = labelQuoteMarks(f.what);
    lines.push(`figure ${formatFigure(f.value, f.qualifier, f.unit, f.what, f.vagueWords, f.qualifierWords)}${what ? ` — ${what}` : ''}${source ? ` (according to ${source})` : f.headline ? ' (headline)' : ''}`);
  }
  for (const q of quotes) {
    const kind = String(q.data.kind ?? q.label);
    lines.push(`quote ${kind} ${speakerLine(q.data) ?? 'unattributed'}: ${kind === 'direct' ? `“${quoteWords(q.text)}”` : quoteWords(q.text)}`);
  }
  if (withRemoved) {
    lines.push('', 'Removed:');
    for (const r of doc.removed) lines.push(`  [${r.reason}] ${r.text.replace(/\s+/g, ' ').slice(0, 200)}`);
  }
  // Everything but the first line (our own bold title) comes from the article.
  console.log(lines.map((l, i) => (i === 0 ? l : terminalText(l))).join('\n'));
}

/** Dates listed by `show` before "… and N more" (a long report can hold a hundred). */
const SHOWN_DATES = 20;

/**
 * A time mention's value as `show` lists it: "2026-09-03 to 2026-09-10 (day)", "4 Mar (year
 * unknown)" (as the published line spells a date without its year), the TIMEX3 value where no
 * calendar date holds it ("P3Y (duration)", "2027-Q3"), or "unresolved" with what it is relative to.
 */
export function timeValueText(v: TimeValue): string {
  const notBefore = v.notBefore ? `, not before ${v.notBefore}` : '';
  if (!v.iso) {
    if (v.timex) return `${v.timex}${v.kind ? ` (${v.kind})` : ''}${notBefore}`;
    return `unresolved${v.relativeTo ? ` (relative to "${truncate(oneLine(v.relativeTo), 60)}")` : ''}${notBefore}`;
  }
  const date = (iso: string) => (v.precision === 'month-day' ? readableDate(iso) : iso);
  const range = v.end && v.end !== v.iso ? `${date(v.iso)} to ${date(v.end)}` : date(v.iso);
  return `${range}${v.precision === 'month-day' ? '' : ` (${v.precision})`}${notBefore}`;
}
