// A quote told before its speaker is stored up to its cue, with the comma the reporting sentence
// puts there ("…on the quay," they said). Every listing shows the quote's words without it (one
// trimming, src/quote-text.ts), its end moved to match, so its span still cites its text. Made-up text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { emptyAnalysis } from '../../src/analysis.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { quoteWords, shownQuote } from '../../src/quote-text.js';
import { handDoc } from '../fixtures/hand-doc.js';
import { tempDir } from '../helpers.js';
import { csvObjects, exportString, jsonLines } from './helpers.js';

test('the punctuation before a cue is not the quote\'s; a full stop, question or exclamation mark is', () => {
  assert.equal(quoteWords('We waited four hours on the quay,'), 'We waited four hours on the quay');
  assert.equal(quoteWords('the talks had failed; '), 'the talks had failed');
  assert.equal(quoteWords('Nobody told us:'), 'Nobody told us');
  assert.equal(quoteWords('It is over.'), 'It is over.');
  assert.equal(quoteWords('Why now?'), 'Why now?');
  assert.equal(quoteWords('"We acted within the law,"'), '"We acted within the law,"', 'a closing quotation mark ends the quote');
  assert.deepEqual(shownQuote({ start: 10, end: 20, text: 'Come back,' }), { start: 10, end: 19, text: 'Come back' });
  const whole = { start: 0, end: 4, text: 'Yes.' };
  assert.equal(shownQuote(whole), whole, 'nothing to trim: the same quote');
});

test('the quotes export gives the quote\'s words and a span that cites them', async () => {
  const text = 'Ferry delayed\n\n"We waited four hours on the quay," a passenger said.';
  const start = text.indexOf('"') + 1;
  const end = text.indexOf('"', start);
  const store = new SqliteStore(join(tempDir('chronicle-quote-words-'), 'kb.db'));
  try {
    await store.saveBatch([{ contentHash: 'quay', analysis: {
      ...emptyAnalysis(handDoc('quay2', text, { title: 'Ferry delayed', location: 'quay.txt' })),
      quotes: [{ start, end, text: text.slice(start, end), kind: 'direct', speaker: 'passenger', speakerText: 'a passenger', sentence: { start: start - 1, end: text.length } }],
    } }]);
    const [row] = csvObjects(await exportString(store, { format: 'csv', type: 'quotes' }));
    assert.equal(row.quote, 'We waited four hours on the quay');
    assert.equal(text.slice(Number(row.start), Number(row.end)), row.quote);
    const [record] = jsonLines(await exportString(store, { format: 'jsonl', type: 'quotes' }));
    assert.equal(record.text, 'We waited four hours on the quay');
    assert.equal(text.slice(record.start as number, record.end as number), record.text);
  } finally {
    await store.close();
  }
});
