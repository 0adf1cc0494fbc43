// Worker-thread entry: analyses RawDocs sent by the pool, one at a time, and posts back the rows
// the store writes, their data already JSON: strings copy across threads as whole blocks, where
// the Analysis's object graph was cloned field by field on both sides, then stringified by the
// main thread, which also writes the store.
// The entity model is loaded once per thread.
import { parentPort, workerData } from 'node:worker_threads';
import type { RawDoc } from '../types.js';
import { analyse, defaultContext, type StageName } from '../pipeline/index.js';
import type { UserAlias } from '../store/interface.js';
import type { EntityType } from '../types.js';
import { StageTimes } from '../pipeline/stage-clock.js';
import { storableDocument } from '../store/annotations.js';

const { until, userAliases, timeStages } = workerData as { until?: StageName; userAliases: UserAlias[]; timeStages?: boolean };
const ctx = defaultContext(until);
const clock = timeStages ? new StageTimes() : undefined;
ctx.clock = clock;
for (const a of userAliases) ctx.aliases.add(a.type as EntityType, a.alias, a.canonical);

parentPort!.on('message', (msg: { id: number; raw: RawDoc }) => {
  try {
    const document = storableDocument(analyse(msg.raw, ctx));
    parentPort!.postMessage({ id: msg.id, document, stageMs: clock?.take() });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
});
