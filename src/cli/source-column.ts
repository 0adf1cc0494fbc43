// A listing whose rows carry an attribution (figures, events): its table names each source as the
// web pages do (a description quoted and marked "(not identified)") and its --json adds the source
// resolved, beside the attribution as stored. The sources of all rows are read at once.
import type { AttributedSource } from '../figure-sources.js';
import { sourceJson } from '../figure-sources.js';
import type { Store, StoredAnnotation } from '../store/interface.js';

type Row = StoredAnnotation & { docId: string };

/** The sources of `rows`, by each row's index (figureSources, reportSources). */
type SourcesOf = (store: Store, rows: Row[]) => Promise<Map<number, AttributedSource>>;

/** annotationListing's row (no store at hand), rowsOf and jsonOf for rows whose table shows their source. */
export function sourcedRows(sourcesOf: SourcesOf, row: (a: Row, source: AttributedSource | undefined) => string[]) {
  const resolve = async (store: Store, rows: Row[]): Promise<Map<Row, AttributedSource | undefined>> => {
    const sources = await sourcesOf(store, rows);
    return new Map(rows.map((r, i) => [r, sources.get(i)]));
  };
  return {
    row: (a: Row) => row(a, undefined),
    async rowsOf(store: Store, rows: Row[]) {
      const sourceOf = await resolve(store, rows);
      return (a: Row) => row(a, sourceOf.get(a));
    },
    // the source as the table names it, with its words as written, entity and span
    async jsonOf(store: Store, rows: Row[]) {
      const sourceOf = await resolve(store, rows);
      return (a: Row) => {
        const source = sourceOf.get(a);
        return source ? sourceJson(source) : {};
      };
    },
  };
}
