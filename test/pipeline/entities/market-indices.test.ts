// A market index or average is a thing (MISC), whatever the tagger called it. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { repairByHeadNoun } from '../../../src/pipeline/entities/head-nouns.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const shown = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}`);

test('an index or an average the tagger read as a firm or a place is MISC', () => {
  const text = 'The Halvorsen Global Equity Index slipped while the Tarrant Utilities Average and the Lisbon Bourse Index rose.';
  const out = repairByHeadNoun(text, [at(text, 'Halvorsen Global Equity Index', 'ORG'), at(text, 'Tarrant Utilities Average', 'ORG'), at(text, 'Lisbon Bourse Index', 'LOC')]);
  assert.deepEqual(shown(out), ['MISC:Halvorsen Global Equity Index', 'MISC:Tarrant Utilities Average', 'MISC:Lisbon Bourse Index']);
});

test('the firm that compiles an index, written alone, stays a firm; a lone word is not read', () => {
  const text = 'Halvorsen Data publishes a price index. Average was the horse that won.';
  const ms = [at(text, 'Halvorsen Data', 'ORG'), at(text, 'Average', 'PER')];
  assert.deepEqual(shown(repairByHeadNoun(text, ms)), shown(ms));
});
