// `chronicle export`: the knowledge base as JSON Lines, CSV, FollowTheMoney or GraphML, streamed.
import type { Store } from '../store/interface.js';
import { CSV_BOM, csvRow } from './csv.js';
import type { ExportFilters } from './documents.js';
import { exportFtm } from './ftm.js';
import { exportGraphml, type GraphEdges } from './graphml.js';
import { jsonLine } from './json-line.js';
import type { ExportOutput } from './output.js';
import { RECORD_VERSION } from './records.js';
import { EXPORT_TYPES, TABLES, type ExportType } from './tables/index.js';
import type { ExportProgress } from './tables/table.js';

export { EXPORT_TYPES, type ExportType } from './tables/index.js';
export { GRAPH_EDGES, type GraphEdges } from './graphml.js';
export type { ExportFilters } from './documents.js';
export { openOutput, type ExportOutput } from './output.js';
export { isChronicleExport, restoreExport, type RestoreSummary } from './restore.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'ftm', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** How a format's file name ends (FollowTheMoney's tools read and write entities as `.ftm.json` lines). */
export const FILE_EXTENSIONS: Record<ExportFormat, string> = { jsonl: 'jsonl', csv: 'csv', ftm: 'ftm.json', graphml: 'graphml' };

/** The table a format exports when --type is not given. */
export const DEFAULT_TYPE: Record<'jsonl' | 'csv', ExportType> = { jsonl: 'documents', csv: 'events' };

export interface ExportOptions {
  format: ExportFormat;
  /** jsonl and csv only; ftm and graphml export their whole graph. */
  type?: ExportType;
  filters?: ExportFilters;
  progress?: ExportProgress;
  /** graphml only: both edge kinds (a mixed graph, the default) or one of them. */
  edges?: GraphEdges;
}

/** Writes the export to `out` (not closed here); returns how many records, rows or graph items were written. */
export async function runExport(store: Store, out: ExportOutput, opts: ExportOptions): Promise<{ written: number }> {
  const ctx = { store, filters: opts.filters ?? {}, progress: opts.progress ?? { setTotal() {}, tick() {} } };
  if (opts.format === 'ftm') return { written: await exportFtm(ctx, out) };
  if (opts.format === 'graphml') {
    const { nodes, edges } = await exportGraphml(ctx, out, opts.edges);
    return { written: nodes + edges };
  }
  const type = opts.type ?? DEFAULT_TYPE[opts.format];
  if (!EXPORT_TYPES.includes(type)) throw new Error(`unknown export type "${type}" (${EXPORT_TYPES.join(', ')})`);
  const table = TABLES[type];
  let written = 0;
  if (opts.format === 'csv') await out.write(CSV_BOM + csvRow(table.columns));
  for await (const item of table.items(ctx)) {
    if (opts.format === 'jsonl') {
      await out.write(jsonLine({ chronicle: table.kind, version: RECORD_VERSION, ...table.record(item) }));
      written++;
    } else {
      for (const row of table.rows(item)) {
        await out.write(csvRow(row));
        written++;
      }
    }
  }
  if (opts.format === 'jsonl' && table.trailer)
    for await (const { kind, record } of table.trailer(ctx)) {
      await out.write(jsonLine({ chronicle: kind, version: RECORD_VERSION, ...record }));
      written++;
    }
  return { written };
}
