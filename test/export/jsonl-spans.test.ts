import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXPORT_TYPES } from '../../src/export/index.js';
import { exportString, fixtureStore, jsonLines } from './helpers.js';

interface CitedSpan {
  docId: string;
  start: number;
  end: number;
  text?: string;
  where: string;
}

/** Every {start, end} in a record, with the document it counts in (the nearest docId above it, or the document's own id). */
function spansIn(value: unknown, docId: string | undefined, where: string, out: CitedSpan[]): CitedSpan[] {
  if (Array.isArray(value)) value.forEach((v, i) => spansIn(v, docId, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const doc = typeof o.docId === 'string' ? o.docId : docId;
    if (typeof o.start === 'number' && typeof o.end === 'number' && doc)
      out.push({ docId: doc, start: o.start, end: o.end, text: typeof o.text === 'string' ? o.text : undefined, where });
    for (const [k, v] of Object.entries(o)) if (v && typeof v === 'object') spansIn(v, doc, `${where}.${k}`, out);
  }
  return out;
}

test('jsonl: every record says its kind, and every span slices the stored text to the words it cites', async () => {
  const { store } = await fixtureStore();
  const texts = new Map<string, string>();
  for (const d of jsonLines(await exportString(store, { format: 'jsonl', type: 'documents' }))) texts.set(d.id as string, d.text as string);
  let checked = 0;
  for (const type of EXPORT_TYPES) {
    for (const record of jsonLines(await exportString(store, { format: 'jsonl', type }))) {
      assert.equal(typeof record.chronicle, 'string', `${type}: a record without its kind`);
      const own = record.chronicle === 'document' ? (record.id as string) : undefined;
      for (const span of spansIn(record, own, `${type}:${record.chronicle}`, [])) {
        const text = texts.get(span.docId);
        assert.ok(text !== undefined, `${span.where}: document ${span.docId} is not in the export`);
        assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${span.where}: ${span.start}-${span.end} outside its document`);
        if (span.text !== undefined) assert.equal(text.slice(span.start, span.end), span.text, span.where);
        checked++;
      }
    }
  }
  assert.ok(checked > 20, `only ${checked} spans checked`);
  await store.close();
});
