// An ingest Ctrl-C (or SIGTERM) can stop without losing work, as `chronicle ingest` and the first
// ingest of `chronicle start` run it: the first signal stops reading, the articles already analysed
// are saved, the corpus passes over them are left pending for the next run (which resumes, storing
// nothing twice); a second signal quits at once. Run to the end, the corpus passes follow.
import type { Store } from '../store/interface.js';
import { ingest, type IngestOptions, type IngestSummary } from '../ingest/index.js';
import { afterIngest } from '../corpus/after-ingest.js';
import type { TypePassResult } from '../corpus/entities/type-pass.js';
import { restoreExport } from '../export/restore.js';
import { counted } from '../plural.js';
import { catchInterrupts, SIGNAL_EXIT } from './interrupt.js';

export interface StoppableIngestSummary extends IngestSummary {
  /** The corpus type pass after a run not interrupted. */
  corpusTypes?: TypePassResult & { seconds: number };
}

export interface StoppableIngestOptions extends Omit<IngestOptions, 'signal' | 'onSaved'> {
  /** Chronicle JSONL exports to restore as they are, after the articles. */
  exports?: string[];
  /** Decide every name's type over the whole corpus again, not only the names of this run's articles. */
  fullTypePass?: boolean;
}

/** Ingests `articles` (and restores `exports`) into the store; with `interrupted` set in the summary
 *  when a signal stopped it, and `stoppedBy` naming the signal (for the exit status). */
export async function stoppableIngest(
  articles: string[],
  store: Store,
  opts: StoppableIngestOptions = {},
): Promise<{ summary: StoppableIngestSummary; stoppedBy: keyof typeof SIGNAL_EXIT | null }> {
  const { exports = [], fullTypePass = false, ...ingestOpts } = opts;
  const saved: string[] = [];
  const interrupts = catchInterrupts('Interrupted: saving the articles analysed so far (Ctrl-C again to quit at once, losing them)…');
  let result: StoppableIngestSummary;
  try {
    result = articles.length
      ? await ingest(articles, store, { ...ingestOpts, signal: interrupts.signal, onSaved: (id) => saved.push(id) })
      : { ingested: 0, duplicates: 0, nearDuplicates: 0, unchanged: 0, failed: [] };
    for (const path of exports) {
      if (interrupts.signal.aborted) break;
      const r = await restoreExport(path, store, { onDocument: () => ingestOpts.onProgress?.(), signal: interrupts.signal });
      result.ingested += r.restored;
      result.duplicates += r.duplicates;
      result.failed.push(...r.failed);
    }
    if (interrupts.signal.aborted) result.interrupted = true;
  } finally {
    interrupts.dispose();
  }
  // interrupted: the corpus passes over what was saved run with the next ingest (stored as pending)
  if (result.interrupted) return { summary: result, stoppedBy: interrupts.signal.reason === 'SIGTERM' ? 'SIGTERM' : 'SIGINT' };
  // one name, one type over the whole corpus, this run's articles and the earlier ones alike: only
  // the names the new articles give can change (a restored export's, any)
  const typeStarted = performance.now();
  const types = await afterIngest(store, fullTypePass || exports.length > 0 ? undefined : { docIds: saved });
  return { summary: { ...result, corpusTypes: { ...types, seconds: Math.round(performance.now() - typeStarted) / 1000 } }, stoppedBy: null };
}

/** The summary's duplicates, saying plainly how many were the same article re-saved in another form. */
export function duplicatesPart(summary: IngestSummary): string {
  const part = counted(summary.duplicates, 'duplicate');
  if (!summary.resaved) return part;
  const copies = summary.resaved === 1 ? 'a re-saved copy of a stored article' : `${summary.resaved} re-saved copies of stored articles`;
  return `${part} (${copies}, differing only in case, spacing or Unicode form)`;
}

/**
 * The summary's speed, for `read` articles in `seconds`: docs/s, or seconds per article when slower
 * than one a second, since rounding made one article in 20 s "0 docs/s", which read like a stall.
 */
export function speedPart(read: number, seconds: number): string {
  if (seconds > 0 && read < seconds) return `${(seconds / read).toFixed(1)} s per article`;
  return `${seconds > 0 ? Math.round((read / seconds) * 10) / 10 : read} docs/s`;
}

/** What an interrupted run tells the user: how many articles were saved and how to go on. */
export function interruptedLine(summary: IngestSummary): string {
  return `Interrupted: ${counted(summary.ingested, 'new article')} saved. Run the same command again to continue: articles already stored are skipped.`;
}
