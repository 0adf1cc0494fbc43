// /api/quotes gives a quote's words without the comma its reporting sentence puts before the cue
// ("…on the quay," they said), as `chronicle quotes` and the exports do; its end and key end where
// the words do, and a key that ended at the stored span (a link made before) still finds it. Made-up text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyAnalysis } from '../../src/analysis.js';
import type { QuoteItem } from '../../src/server/api-types.js';
import { handDoc } from '../fixtures/hand-doc.js';
import { serveAnalyses } from './helpers.js';

const TEXT = 'Ferry delayed\n\n"We waited four hours on the quay," a passenger said.';
const START = TEXT.indexOf('"') + 1;
const END = TEXT.indexOf('"', START);

test('a quote listed, and found by its key, without the comma before its cue', async () => {
  const served = await serveAnalyses([{
    ...emptyAnalysis(handDoc('quay3', TEXT, { title: 'Ferry delayed', location: 'quay.txt' })),
    quotes: [{ start: START, end: END, text: TEXT.slice(START, END), kind: 'direct', speaker: 'passenger', speakerText: 'a passenger', sentence: { start: START - 1, end: TEXT.length } }],
  }]);
  try {
    const { items } = await served.get<{ items: QuoteItem[] }>('/api/quotes');
    assert.equal(items.length, 1);
    const [q] = items;
    assert.equal(q.text, 'We waited four hours on the quay');
    assert.equal(TEXT.slice(q.start, q.end), q.text);
    assert.equal(q.key, `${q.docId}:${q.start}-${q.end}`);
    assert.deepEqual(await served.get(`/api/quotes/${encodeURIComponent(q.key)}`), q);
    assert.deepEqual(await served.get(`/api/quotes/${encodeURIComponent(`${q.docId}:${START}-${END}`)}`), q, 'the key of the stored span');
  } finally {
    await served.close();
  }
});
