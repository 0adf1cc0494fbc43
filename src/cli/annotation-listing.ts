// Shared body of `chronicle events|figures|quotes`: list one annotation kind, optionally by label.
import type { Command } from './command.js';
import { parseFlags, parsePositiveInt } from './args.js';
import { printJson, printTable, truncate } from './output.js';
import { withStore } from './store.js';
import type { AnnotationKind, StoredAnnotation } from '../store/interface.js';

export interface ListingSpec {
  kind: AnnotationKind;
  plural: string;
  summary: string;
  typeHelp: string;
  /** Columns for the human table. */
  columns: string[];
  row(a: StoredAnnotation & { docId: string }): string[];
}

export function annotationListing(spec: ListingSpec): Command {
  return {
    summary: spec.summary,
    usage: `Usage: chronicle ${spec.plural} [--type T] [--doc ID] [--db FILE] [--json] [--limit N]

--type T    ${spec.typeHelp}
--doc ID    only this document
--json      prints [{docId, start, end, text, ...fields}] with every field and span`,
    async run(argv) {
      const { values } = parseFlags(argv, {
        db: { type: 'string' },
        json: { type: 'boolean' },
        type: { type: 'string' },
        doc: { type: 'string' },
        limit: { type: 'string' },
      }, false);
      const limit = values.limit ? parsePositiveInt(values.limit, 'limit', 0) : undefined;
      const rows = await withStore(values.db, (store) =>
        store.listAnnotations({ kind: spec.kind, label: values.type, docId: values.doc, limit }),
      );
      if (values.json) {
        printJson(rows.map((r) => ({ docId: r.docId, start: r.start, end: r.end, text: r.text, ...r.data })));
      } else if (rows.length === 0) {
        console.log(`No ${spec.plural} stored${values.type ? ` of type ${values.type}` : ''}.`);
      } else {
        printTable(rows.map((r) => spec.row(r).map((c) => truncate(c, 120))), spec.columns);
      }
      return 0;
    },
  };
}
