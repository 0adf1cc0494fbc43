// Whether an ingest stored anything: the CLI removes a database it created for nothing, and the
// upload route answers 422 for an article it could not read. One formula for both.
import type { IngestSummary } from './index.js';

/** True when the run stored or already held some article (new, a duplicate, or unchanged). */
export function storedAnything(summary: Pick<IngestSummary, 'ingested' | 'duplicates' | 'unchanged'>): boolean {
  return summary.ingested + summary.duplicates + summary.unchanged > 0;
}
