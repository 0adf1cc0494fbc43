// A text in another language is stored and searchable, and the ingest summary names it as not analysed.
import test from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers.js';
import { openStore } from '../../src/store/open.js';
import { ingest } from '../../src/ingest/index.js';

const GERMAN = 'Die Feuerwehr in Bremen wurde am Sonntag zu einem Brand in einer alten Lagerhalle gerufen. Nach Angaben der Polizei ist niemand verletzt worden, aber die Halle ist nicht mehr zu retten.';

test('ingest stores a German text, lists it as not analysed, and search finds it', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'bremen.txt'), `Brand in Bremen\n\n${GERMAN}`);
  const store = await openStore(join(tempDir(), 'db.sqlite'));
  try {
    const summary = await ingest([dir], store, {});
    assert.equal(summary.ingested, 1);
    assert.equal(summary.notAnalysed?.length, 1);
    assert.equal(summary.notAnalysed?.[0].language, 'de');
    assert.match(summary.notAnalysed?.[0].input ?? '', /bremen\.txt$/);
    const hits = await store.search('Lagerhalle', { limit: 5 });
    assert.equal(hits.length, 1);
  } finally {
    await store.close();
  }
});

test('the document view says the text was not analysed and names its language; an English one says nothing', async () => {
  const { startServer } = await import('../../src/server/app.js');
  const dir = tempDir();
  writeFileSync(join(dir, 'bremen.txt'), `Brand in Bremen\n\n${GERMAN}`);
  writeFileSync(join(dir, 'galway.txt'), 'Pier closed in Galway\n\nThe harbour authority in Galway said on Monday that the old pier will be closed for repairs until the spring, and that boats should use the new quay.\n');
  const store = await openStore(join(tempDir(), 'db.sqlite'));
  await ingest([dir], store);
  const running = await startServer({ store, port: 0, host: '127.0.0.1', staticDir: null });
  try {
    const list = (await (await fetch(`${running.url}/api/documents`)).json()) as { items: Array<{ id: string; title: string }> };
    const view = async (title: string) => {
      const id = list.items.find((d) => d.title === title)?.id ?? '';
      return ((await (await fetch(`${running.url}/api/documents/${id}`)).json()) as { meta: { language?: string; notAnalysed?: string } }).meta;
    };
    const de = await view('Brand in Bremen');
    assert.equal(de.language, 'de');
    assert.match(de.notAnalysed ?? '', /not English/);
    const en = await view('Pier closed in Galway');
    assert.equal(en.language, 'en');
    assert.equal(en.notAnalysed, undefined);
  } finally {
    await running.close();
    await store.close();
  }
});
