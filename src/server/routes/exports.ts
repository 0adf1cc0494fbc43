// The exports of `chronicle export` as downloads, so that a reader of the web UI can take the
// events, figures or claims into a spreadsheet without the command line.
import { EXPORT_FORMATS, EXPORT_TYPES, DEFAULT_TYPE, GRAPH_EDGES, runExport, type ExportFormat, type ExportType } from '../../export/index.js';
import { Download } from '../download.js';
import { HttpError } from '../http.js';
import { route } from '../router.js';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  ftm: 'application/x-ndjson; charset=utf-8',
  graphml: 'application/xml; charset=utf-8',
};

/** What the saved file is called: the table and a suffix a spreadsheet or graph tool recognises. */
function fileName(format: ExportFormat, type: ExportType | undefined): string {
  if (format === 'ftm') return 'chronicle.ftm.json';
  if (format === 'graphml') return 'chronicle.graphml';
  return `chronicle-${type ?? DEFAULT_TYPE[format]}.${format}`;
}

export const exportRoutes = [
  route({
    method: 'GET',
    path: '/api/export',
    summary: 'The knowledge base as a file to save, as `chronicle export` writes it: CSV or JSON Lines of one table, FollowTheMoney or GraphML of the whole graph',
    tag: 'export',
    download: true,
    query: {
      format: { type: 'enum', values: EXPORT_FORMATS, default: 'csv', description: 'csv, jsonl (re-importable), ftm (FollowTheMoney entities) or graphml' },
      type: { type: 'enum', values: EXPORT_TYPES, description: `The table, for csv and jsonl: ${EXPORT_TYPES.join(', ')} (default: events for csv, documents for jsonl)` },
      edges: { type: 'enum', values: GRAPH_EDGES, description: 'For graphml: all (default; undirected co-mentions and directed event roles in one graph), co-mention or event-role (one kind, a graph that networkx also reads)' },
    },
    async handle({ app, query }) {
      if (query.type !== undefined && (query.format === 'ftm' || query.format === 'graphml'))
        throw new HttpError(400, `type applies to csv and jsonl; ${query.format} exports the whole graph`);
      if (query.edges !== undefined && query.format !== 'graphml') throw new HttpError(400, 'edges applies to graphml only');
      return new Download(fileName(query.format, query.type), CONTENT_TYPES[query.format], (out) =>
        runExport(app.store, out, { format: query.format, ...(query.type ? { type: query.type } : {}), ...(query.edges ? { edges: query.edges } : {}) }),
      );
    },
  }),
];
