// Shared helpers for the read-stage tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs, type ReadOptions, type ReadResult } from '../../../src/pipeline/read/index.js';
import type { RawDoc, ReadFailure } from '../../../src/types.js';

export const FIXTURES = 'test/fixtures/read';

export async function readAll(inputs: string[], opts?: ReadOptions): Promise<{ docs: RawDoc[]; failures: ReadFailure[]; results: ReadResult[] }> {
  const results: ReadResult[] = [];
  for await (const r of readInputs(inputs, opts)) results.push(r);
  return {
    results,
    docs: results.flatMap((r) => (r.ok ? [r.raw] : [])),
    failures: results.flatMap((r) => (r.ok ? [] : [r.failure])),
  };
}

/** A fresh temporary folder, removed after the test. */
export function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-read-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
