// "According to a senior union source, … . “…,” the source said": the anonymous source the article
// introduced (as "the spokeswoman" is the spokeswoman introduced before), not a description of
// nobody. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

test('"the source" that speaks is the source introduced a sentence before', () => {
  const text = [
    'Talks over the Tromso shipyard resumed on Monday.',
    'According to a senior union source, the owners had offered a new contract.',
    '"Nobody expected the owners to move so fast," the source said.',
  ].join('\n\n');
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.startsWith('Nobody'));
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'senior union source');
});

test('"the source" after a source that spoke with "said" is that source too', () => {
  const text = [
    'Talks over the Tromso shipyard resumed on Monday.',
    'A senior union source said the owners had offered a new contract.',
    '"Nobody expected the owners to move so fast," the source said.',
  ].join('\n\n');
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.startsWith('Nobody'));
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'senior union source');
});
