// Browsers the news names are products (MISC), not their makers; in lower case nothing is tagged.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

test('a browser named in a report is a product, not a company', () => {
  const a = analyseText('Tovik Labs warned that a flaw in Internet Explorer lets intruders in, while Firefox users were spared, the firm said.');
  const types = new Map(a.mentions.map((m) => [m.text, m.type]));
  assert.equal(types.get('Internet Explorer'), 'MISC');
  assert.equal(types.get('Firefox'), 'MISC');
});

test('the words in lower case are no name', () => {
  const a = analyseText('The internet explorer Mara Quell set out to map every forum, a firefox plush in her bag.');
  assert.ok(!a.mentions.some((m) => /explorer|firefox/iu.test(m.text)));
});
