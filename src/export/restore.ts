// Restores a JSON Lines export (`chronicle export --format jsonl`) into a store: each document
// record becomes the Analysis it was saved from, saved in batched transactions.
import { stat } from 'node:fs/promises';
import { boundedLines } from '../pipeline/read/lines.js';
import { overLimit } from '../pipeline/read/messages.js';
import type { Analysis } from '../types.js';
import type { SaveOutcome, Store } from '../store/interface.js';
import { contentHash } from '../store/simhash.js';
import { annotationRows } from '../store/annotations.js';
import {
  aliasOf,
  aliasProblem,
  analysisFromRecord,
  curationOf,
  curationProblem,
  documentRecordProblem,
  recordKind,
  type DocumentRecord,
} from './records.js';

export interface RestoreSummary {
  restored: number;
  duplicates: number;
  failed: Array<{ input: string; error: string }>;
  /** User aliases and curation decisions (merges, splits) restored. */
  settings: number;
}

const BATCH = 64;

/** Longest export line read (one document record); a longer one is reported, never built as one string. */
const MAX_RECORD_BYTES = 256 * 1024 * 1024;
/** How much of a file the export detector reads: a first line longer than this is not taken for an export. */
const DETECT_BYTES = 64 * 1024 * 1024;

/** True when the first non-empty line of the file is a Chronicle export record. */
export async function isChronicleExport(path: string): Promise<boolean> {
  try {
    if (!(await stat(path)).isFile()) return false;
    for await (const item of boundedLines(path, DETECT_BYTES, { end: DETECT_BYTES, utf8Only: true })) {
      if ('tooLong' in item) return false;
      if (!item.line.trim()) continue;
      if (!item.line.trimStart().startsWith('{')) return false;
      try {
        return recordKind(JSON.parse(item.line)) !== null;
      } catch {
        return false;
      }
    }
  } catch {
    return false; // unreadable: let the ordinary readers report it
  }
  return false;
}

/** Saves every document record of an export, and the user's aliases and curations; bad lines are failures naming "path line N".
 *  Once `signal` is aborted it reads no further line and saves the records already read. */
export async function restoreExport(path: string, store: Store, opts: { onDocument?: () => void; signal?: AbortSignal } = {}): Promise<RestoreSummary> {
  const summary: RestoreSummary = { restored: 0, duplicates: 0, failed: [], settings: 0 };
  let batch: Array<{ analysis: Analysis; contentHash: string; where: string }> = [];
  const count = (outcome: SaveOutcome) => {
    if (outcome.status === 'new') summary.restored++;
    else summary.duplicates++;
    opts.onDocument?.();
  };
  const flush = async () => {
    if (!batch.length) return;
    const toSave = batch;
    batch = [];
    try {
      (await store.saveBatch(toSave)).forEach(count);
    } catch {
      // The batch rolled back as a whole: save one by one so only the bad records fail.
      for (const item of toSave) {
        try {
          (await store.saveBatch([item])).forEach(count);
        } catch (err) {
          summary.failed.push({ input: item.where, error: `could not save: ${err instanceof Error ? err.message : String(err)}` });
        }
      }
    }
  };
  for await (const item of boundedLines(path, MAX_RECORD_BYTES, { utf8Only: true })) {
    if (opts.signal?.aborted) break;
    const where = `${path} line ${item.lineNo}`;
    if ('tooLong' in item) {
      summary.failed.push({ input: where, error: overLimit(item.tooLong, MAX_RECORD_BYTES) });
      continue;
    }
    const { line } = item;
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      summary.failed.push({ input: where, error: `invalid JSON (${err instanceof Error ? err.message : String(err)})` });
      continue;
    }
    const kind = recordKind(value);
    if (kind === 'alias' || kind === 'curation') {
      const record = value as Record<string, unknown>;
      const problem = kind === 'alias' ? aliasProblem(record) : curationProblem(record);
      if (problem) summary.failed.push({ input: where, error: problem });
      else {
        if (kind === 'alias') await store.addUserAlias(aliasOf(record));
        else await store.addCuration(curationOf(record));
        summary.settings++;
      }
      continue;
    }
    if (kind !== 'document') {
      const what = kind ? `a Chronicle ${kind} record` : 'not a Chronicle record';
      summary.failed.push({ input: where, error: `${what}: only exports made with --format jsonl --type documents can be ingested` });
      continue;
    }
    const problem = documentRecordProblem(value as Record<string, unknown>);
    if (problem) {
      summary.failed.push({ input: where, error: problem });
      continue;
    }
    let analysis: Analysis;
    try {
      analysis = analysisFromRecord(value as DocumentRecord);
      annotationRows(analysis); // what the store will write: a malformed annotation fails here, for this record only
    } catch (err) {
      summary.failed.push({ input: where, error: `not a valid document record (${err instanceof Error ? err.message : String(err)})` });
      continue;
    }
    batch.push({ analysis, contentHash: contentHash(analysis.doc.text), where });
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return summary;
}
