// A verb whose event needs a word after it ("opened fire", "set ablaze") may end its text: a headline or a
// sentence without a full stop. Reading it must not look past the last word. Texts are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

test('a text that ends on a verb with a particle-bound sense is read without error', () => {
  for (const text of [
    'The council met on Monday. The new casino finally opens',
    'BOARD SAYS SHARE BUYBACK SET',
  ]) {
    const analysis = analyseText(text, { published: '2024-05-06' });
    assert.ok(Array.isArray(analysis.events), text);
  }
});

test('the same verb followed by its particle still names its event', () => {
  const analysis = analyseText('The council met on Monday. Gunmen opened fire on the crowd', { published: '2024-05-06' });
  assert.ok(analysis.events.some((e) => e.type === 'attack'), analysis.events.map((e) => `${e.type}:${e.trigger.text}`).join(', '));
});
