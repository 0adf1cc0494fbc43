// Worker-thread entry: analyses RawDocs sent by the pool, one at a time, and posts the Analysis back.
// The models are loaded once per thread, before it tells the pool it is ready.
import { parentPort, workerData } from 'node:worker_threads';
import type { RawDoc } from '../types.js';
import { analyse, defaultContext, type StageName } from '../pipeline/index.js';
import type { UserAlias } from '../store/interface.js';
import type { EntityType } from '../types.js';
import { StageTimes } from '../pipeline/stage-clock.js';
import { useSharedBytes, type SharedBytes } from '../pipeline/shared-bytes.js';
import { warmUp } from './warm-up.js';

const { until, userAliases, timeStages, sharedBytes } = workerData as { until?: StageName; userAliases: UserAlias[]; timeStages?: boolean; sharedBytes: SharedBytes };
// before anything reads them: the data files the pool read once for every thread
useSharedBytes(sharedBytes);
const ctx = defaultContext(until);
for (const a of userAliases) ctx.aliases.add(a.type as EntityType, a.alias, a.canonical);
// untimed: start-up is no document's stage time (the thread's whole CPU still counts it)
warmUp(ctx);
const clock = timeStages ? new StageTimes() : undefined;
ctx.clock = clock;
// documents the pool posted meanwhile wait in the port: their clocks start from this message
parentPort!.postMessage({ ready: true, threadMs: clock?.threadMs() });

parentPort!.on('message', (msg: { id: number; raw: RawDoc }) => {
  try {
    const analysis = analyse(msg.raw, ctx);
    // the tokens and the parse are recomputed when needed and never stored: don't copy them
    // across threads (copying is paid on both sides, and the main thread also writes the store)
    analysis.segmentation = { sentences: [], tokens: [], sentenceTokenStart: [0], tokensApart: false };
    analysis.syntax = { words: [], sentenceWordStart: [0] };
    // the thread's whole CPU so far rides along: the pool adds the last figure when the thread ends
    parentPort!.postMessage({ id: msg.id, analysis, stageMs: clock?.take(), threadMs: clock?.threadMs() });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
});
