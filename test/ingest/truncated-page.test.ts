// A page cut off while it was saved (HTML never closed, text stopping mid-word) is kept as read, but
// marked: the document's meta says so, the ingest summary lists it, and the document view carries the note.
import test from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers.js';
import { openStore } from '../../src/store/open.js';
import { ingest } from '../../src/ingest/index.js';
import { extract } from '../../src/pipeline/extract/index.js';
import { truncationNote } from '../../src/pipeline/extract/truncation.js';
import type { RawDoc } from '../../src/types.js';

const HEAD = '<!doctype html><html><head><title>Storm floods river valley towns</title></head><body><article><h1>Storm floods river valley towns</h1>';
const BODY = '<p>Heavy rain swelled the river overnight and water reached the main square of two towns by dawn, the regional fire service said on Thursday.</p><p>Crews moved families from low-lying streets to a school on the hill, and the service said the water had damaged bridges and destroyed warehou';
const CUT = HEAD + BODY;
const WHOLE = `${HEAD}${BODY}ses along the bank.</p></article></body></html>`;

const page = (content: string): RawDoc => ({ source: { kind: 'file', location: 'storm.html', name: 'storm.html' }, format: 'html', content, encoding: 'utf-8', hints: {} });

test('a page whose HTML is never closed and whose text stops mid-word is kept and marked truncated', () => {
  const doc = extract(page(CUT));
  assert.match(doc.text, /destroyed warehou$/);
  assert.match(doc.meta.truncated ?? '', /cut off/);
  assert.equal(extract(page(WHOLE)).meta.truncated, undefined);
});

test('an unclosed page whose text ends on a full stop, or a fragment that never opened <html>, is not called cut off', () => {
  assert.equal(truncationNote('<html><body><p>The bridge reopened on Friday.</p>', 'The bridge reopened on Friday.'), null);
  assert.equal(truncationNote('<p>The bridge reopened on Fri', 'The bridge reopened on Fri'), null);
  assert.ok(truncationNote('<html><body><p>The bridge reopened on Fri', 'The bridge reopened on Fri'));
});

test('ingest lists a cut-off page in its summary, and the document view carries the note', async () => {
  const { startServer } = await import('../../src/server/app.js');
  const dir = tempDir();
  writeFileSync(join(dir, 'storm.html'), CUT);
  const store = await openStore(join(tempDir(), 'db.sqlite'));
  try {
    const summary = await ingest([dir], store, {});
    assert.equal(summary.ingested, 1);
    assert.equal(summary.truncated?.length, 1);
    assert.match(summary.truncated?.[0].input ?? '', /storm\.html$/);
    const running = await startServer({ store, port: 0, host: '127.0.0.1', staticDir: null });
    try {
      const list = (await (await fetch(`${running.url}/api/documents`)).json()) as { items: Array<{ id: string }> };
      const doc = (await (await fetch(`${running.url}/api/documents/${list.items[0].id}`)).json()) as { meta: { truncated?: string } };
      assert.match(doc.meta.truncated ?? '', /cut off/);
    } finally {
      await running.close();
    }
  } finally {
    await store.close();
  }
});
