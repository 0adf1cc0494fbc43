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
