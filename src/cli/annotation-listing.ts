// Shared body of `chronicle events|figures|quotes`: list one annotation kind, optionally by label.
import type { Command } from './command.js';
import { parseFlags, parseOptionalPositiveInt } from './args.js';
import { printJson, printTable, truncate } from './output.js';
import { withStore } from './store.js';
import type { AnnotationKind, DocSummary, Store, StoredAnnotation } from '../store/interface.js';
import { UsageError } from './command.js';
import { sourceLabel } from '../outlet.js';
import { documentIdOf } from './find-document.js';
import { inDateRange, parseDateRange } from './date-range.js';

/** A listing's "doc" cell: the article's title and source ("Turkey: 14 held … (demo/…)"), its id when not stored. */
export function documentLabel(id: string, d: Pick<DocSummary, 'title' | 'source'> | undefined): string {
  return d ? `${truncate(d.title || id.slice(0, 16), 40)} (${sourceLabel(d.source)})` : id;
}

/** Rejects a --type that is not one of the kind's values, naming the valid ones. */
/** The --type value as stored: "Strike", "STRIKE" and "military operation" are strike and
 *  military_operation (`entities --type per` was taken while `events --type Strike` was refused). */
export function checkType(type: string | undefined, types: readonly string[] | undefined, noun = 'event type'): string | undefined {
  if (type === undefined || !types) return type;
  const wanted = type.trim().toLowerCase().replace(/[\s-]+/g, '_');
  const known = types.find((t) => t.toLowerCase() === wanted);
  if (known === undefined) throw new UsageError(`--type "${type}" is not ${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}; use one of: ${types.join(', ')}`);
  return known;
}

export interface ListingSpec {
  kind: AnnotationKind;
  plural: string;
  summary: string;
  typeHelp: string;
  /** The valid --type values, when the kind has a fixed set (others are not checked). */
  types?: readonly string[];
  /** What a --type value is, for the error naming the valid ones (default "event type"). */
  typeNoun?: string;
  /** Columns for the human table; a "doc" column shows the article's title and source. */
  columns: string[];
  row(a: StoredAnnotation & { docId: string }): string[];
  /** In place of `row` where a row needs more than its annotation (a figure's source checked
   *  against the names of its article): reads that once for all the rows listed. */
  rowsOf?(store: Store, rows: Array<StoredAnnotation & { docId: string }>): Promise<(a: StoredAnnotation & { docId: string }) => string[]>;
  /** Fields a --json row adds to its annotation's own, read once for all the rows listed (a figure's
   *  source resolved as the table shows it). */
  jsonOf?(store: Store, rows: Array<StoredAnnotation & { docId: string }>): Promise<(a: StoredAnnotation & { docId: string }) => Record<string, unknown>>;
  /** Options of the command beyond the listing's own, for its usage line (" [--merged]"): the command
   *  that wraps the listing documents and handles them. */
  extraOptions?: string;
  /** The listing takes --since and --until: each row's date (ISO, "--MM-DD" without a year; last: a
   *  range's last day), or null when it has none. */
  dateOf?: (a: StoredAnnotation) => { iso: string | null; last?: string } | null;
  /** What the listing shows, after its options, for a reader new to it. */
  notes?: string;
}

/** The help lines of --since and --until (events and events --merged). */
export const DATE_RANGE_HELP = `--since DATE, --until DATE  only events whose date can fall in the range (both
            ends included; DATE as YYYY, YYYY-MM or YYYY-MM-DD, and --until 2024-03
            takes all of March): a month or year that overlaps it, a day without a
            year that falls in it in some year; undated events are left out`;

export function annotationListing(spec: ListingSpec): Command {
  return {
    summary: spec.summary,
    usage: `Usage: chronicle ${spec.plural} [--type T] [--doc ID]${spec.dateOf ? ' [--since DATE] [--until DATE]' : ''}${spec.extraOptions ?? ''} [--db FILE] [--json] [--limit N]

${spec.summary}.
Every stored one is listed unless --limit N.

--type T    ${spec.typeHelp}
--doc ID    only this document (id, id prefix, or a source as \`show\` takes it)
--json      prints [{docId, start, end, text, ...fields}] with every field and span${spec.dateOf ? `\n${DATE_RANGE_HELP}` : ''}${spec.notes ? `\n\n${spec.notes}` : ''}`,
    async run(argv) {
      const { values } = parseFlags(argv, {
        db: { type: 'string' },
        json: { type: 'boolean' },
        type: { type: 'string' },
        doc: { type: 'string' },
        limit: { type: 'string' },
        ...(spec.dateOf ? { since: { type: 'string' }, until: { type: 'string' } } as const : {}),
      }, false, [...(spec.extraOptions ?? '').matchAll(/--([\w-]+)/g)].map((m) => m[1]));
      const limit = parseOptionalPositiveInt(values.limit, 'limit');
      const range = spec.dateOf ? parseDateRange(stringFlag(values, 'since'), stringFlag(values, 'until')) : null;
      const dateOf = spec.dateOf;
      const inRange = range && dateOf ? (a: StoredAnnotation) => {
        const d = dateOf(a);
        return d !== null && inDateRange(d.iso, range, d.last);
      } : null;
      const type = checkType(values.type, spec.types, spec.typeNoun);
      const { rows, docs, rowOf, jsonOf } = await withStore(values.db, async (store) => {
        const docId = values.doc ? await documentIdOf(store, values.doc) : undefined;
        // a date range is tested here, so --limit N counts the rows in it
        const listed = await store.listAnnotations({ kind: spec.kind, label: type, docId, limit: inRange ? undefined : limit });
        const rows = inRange ? listed.filter(inRange).slice(0, limit) : listed;
        const ids = [...new Set(rows.map((r) => r.docId))];
        const docs = new Map<string, DocSummary>();
        for (let i = 0; i < ids.length; i += 500) for (const d of await store.documentSummaries(ids.slice(i, i + 500))) docs.set(d.id, d);
        const rowOf = spec.rowsOf && !values.json && rows.length ? await spec.rowsOf(store, rows) : spec.row;
        const jsonOf = spec.jsonOf && values.json && rows.length ? await spec.jsonOf(store, rows) : undefined;
        return { rows, docs, rowOf, jsonOf };
      });
      const docColumn = spec.columns.indexOf('doc');
      const docLabel = (id: string) => documentLabel(id, docs.get(id));
      if (values.json) {
        printJson(rows.map((r) => ({ docId: r.docId, start: r.start, end: r.end, text: r.text, ...r.data, ...jsonOf?.(r) })));
      } else if (rows.length === 0) {
        console.log(`No ${spec.plural} stored${type ? ` of type ${type}` : ''}${range ? ' in that date range' : ''}.`);
      } else {
        printTable(rows.map((r) => rowOf(r).map((c, i) => truncate(i === docColumn ? docLabel(r.docId) : c, 120))), spec.columns);
      }
      return 0;
    },
  };
}

/** A string option that only some listings declare (parseArgs types the others out). */
function stringFlag(values: Record<string, unknown>, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}
