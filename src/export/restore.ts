// Restores a JSON Lines export (`chronicle export --format jsonl`) into a store: each document
// record becomes the Analysis it was saved from, saved in batched transactions.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Analysis } from '../types.js';
import type { SaveOutcome, Store } from '../store/interface.js';
import { contentHash } from '../store/simhash.js';
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

async function* lines(path: string): AsyncGenerator<{ line: string; lineNo: number }> {
  const input = createReadStream(path, { encoding: 'utf8' });
  const reader = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (const raw of reader) {
      lineNo++;
      const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (line.trim()) yield { line, lineNo };
    }
  } finally {
    reader.close();
    input.destroy(); // a caller that stops early (isChronicleExport) must not leave the file open
  }
}

/** True when the first non-empty line of the file is a Chronicle export record. */
export async function isChronicleExport(path: string): Promise<boolean> {
  try {
    for await (const { line } of lines(path)) {
      if (!line.trimStart().startsWith('{')) return false;
      try {
        return recordKind(JSON.parse(line)) !== null;
      } catch {
        return false;
      }
    }
  } catch {
    return false; // unreadable: let the ordinary readers report it
  }
  return false;
}

/** Saves every document record of an export, and the user's aliases and curations; bad lines are failures naming "path line N". */
export async function restoreExport(path: string, store: Store, opts: { onDocument?: () => void } = {}): Promise<RestoreSummary> {
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
  for await (const { line, lineNo } of lines(path)) {
    const where = `${path} line ${lineNo}`;
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
    const analysis = analysisFromRecord(value as DocumentRecord);
    batch.push({ analysis, contentHash: contentHash(analysis.doc.text), where });
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return summary;
}
