// A word typed both alone and inside a "phrase" (orchard "orchard near Tavira") is searched
// everywhere, so its snippet marks it everywhere; a word typed only inside the phrase is marked
// only where the phrase stands whole. Run against SQLite and PostgreSQL (sqlite.test.ts, postgres.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyAnalysis } from '../../src/analysis.js';
import type { Store } from '../../src/store/interface.js';
import { handDoc } from '../fixtures/hand-doc.js';

const TEXT = 'Frost damaged an orchard in the hills, growers said. Inspectors later visited the orchard near Tavira.';

export function snippetTermsSuite(engine: string, open: () => Promise<Store>, opts: { skip?: string | false } = {}): void {
  test(`${engine}: a word typed alone and inside a phrase is marked everywhere; typed only in the phrase, only there`, opts, async () => {
    const store = await open();
    await store.saveBatch([{ analysis: emptyAnalysis(handDoc('frost', TEXT, { title: 'Frost report' })), contentHash: 'frost' }]);
    const snippet = async (q: string) => (await store.search(q, { highlight: ['<', '>'] }))[0]?.snippet ?? '';
    const both = await snippet('orchard "orchard near Tavira"');
    assert.match(both, /an <orchard> in the hills/, both);
    assert.match(both, /the <orchard> <near> <Tavira>/, both);
    const phraseOnly = await snippet('"orchard near Tavira"');
    assert.match(phraseOnly, /an orchard in the hills/, phraseOnly);
    assert.match(phraseOnly, /the <orchard> <near> <Tavira>/, phraseOnly);
    await store.close();
  });
}
