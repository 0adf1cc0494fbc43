// Ingest: read inputs, analyse each document, save in batched transactions.
// Resumable: an input already stored with the same content is skipped, and each batch commits
// atomically, so a crash loses at most the batch in flight, which the next run redoes.
import type { Analysis, Mention, ReadFailure } from '../types.js';
import type { Store } from '../store/interface.js';
import { contentHash } from '../store/simhash.js';
import { readInputs, type ReadOptions } from '../pipeline/read/index.js';
import { analyse, defaultContext, type PipelineContext } from '../pipeline/index.js';

export interface IngestSummary {
  ingested: number;
  duplicates: number;
  nearDuplicates: number;
  unchanged: number;
  failed: ReadFailure[];
}

export interface IngestOptions extends ReadOptions {
  batchSize?: number;
  onDocument?: (outcome: 'ingested' | 'duplicate' | 'unchanged' | 'failed') => void;
  /** Pipeline context; by default the shipped model and aliases plus the store's user aliases. */
  context?: PipelineContext;
}

/** The default pipeline context with the user's own aliases from the store added. */
export async function contextForStore(store: Store, base: PipelineContext = defaultContext()): Promise<PipelineContext> {
  for (const a of await store.listUserAliases()) base.aliases.add(a.type as Mention['type'], a.alias, a.canonical);
  return base;
}

export async function ingest(inputs: string[], store: Store, opts: IngestOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = { ingested: 0, duplicates: 0, nearDuplicates: 0, unchanged: 0, failed: [] };
  const batchSize = opts.batchSize ?? 64;
  const ctx = await contextForStore(store, opts.context);
  let batch: Array<{ analysis: Analysis; contentHash: string }> = [];

  const flush = async () => {
    if (batch.length === 0) return;
    const outcomes = await store.saveBatch(batch);
    batch = [];
    for (const o of outcomes) {
      if (o.status === 'new') {
        summary.ingested++;
        if (o.nearDuplicateOf) summary.nearDuplicates++;
        opts.onDocument?.('ingested');
      } else {
        summary.duplicates++;
        opts.onDocument?.('duplicate');
      }
    }
  };

  for await (const result of readInputs(inputs, opts)) {
    if (!result.ok) {
      summary.failed.push(result.failure);
      opts.onDocument?.('failed');
      continue;
    }
    const { raw } = result;
    const hash = contentHash(raw.content);
    if (await store.hasSource(raw.source.location, hash)) {
      summary.unchanged++;
      opts.onDocument?.('unchanged');
      continue;
    }
    try {
      batch.push({ analysis: analyse(raw, ctx), contentHash: hash });
    } catch (err) {
      summary.failed.push({ input: raw.source.location, error: `could not analyse: ${err instanceof Error ? err.message : String(err)}` });
      opts.onDocument?.('failed');
      continue;
    }
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return summary;
}
