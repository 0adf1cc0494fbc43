// The lexicon matcher looks names up by their first word in one pass over the text; what it finds
// must be what a search for each listed name finds.
import test from 'node:test';
import assert from 'node:assert/strict';
import { LexiconMatcher, parseLexicon } from '../../../src/pipeline/entities/lexicon.js';

const lexicon = parseLexicon(
  [
    'ORG\tHarbour Pilots Guild\tHPG',
    'LOC\tSaint-Amand Valley\tSt Amand',
    'ORG\tValley Water Board',
    'LOC\tValley',
    'ORG\tΟΔΟΣ Group',
  ].join('\n'),
);
const matcher = new LexiconMatcher(lexicon);
const found = (text: string) => matcher.find(text).map((m) => `${m.type}:${text.slice(m.start, m.end)}@${m.start}`);

test('names match whatever their case (with a capital somewhere), acronyms only as written', () => {
  assert.deepEqual(found('The harbour pilots Guild and the HPG met; hpg did not.'), ['ORG:harbour pilots Guild@4', 'ORG:HPG@33']);
  assert.deepEqual(found('no capital here: harbour pilots guild'), []);
});

test('spaces and hyphens inside a name match any run of spaces and hyphens', () => {
  assert.deepEqual(found('Floods in the Saint Amand  valley and in st-Amand.'), ['LOC:Saint Amand  valley@14', 'LOC:st-Amand@41']);
});

test('a name inside a longer word is not found', () => {
  assert.deepEqual(found('HPGs and preHPG and Valleys'), []);
});

test('matches come in list order, then text order; names sharing a first word are each tried', () => {
  assert.deepEqual(found('Valley Water Board staff left the Valley.'), ['ORG:Valley Water Board@0', 'LOC:Valley@0', 'LOC:Valley@34']);
});

test('case folding beyond ASCII: a Greek name listed in capitals, written with a final sigma', () => {
  assert.deepEqual(found('The Οδος group said so.'), ['ORG:Οδος group@4']);
  assert.deepEqual(found('the οδοσ Group'), ['ORG:οδοσ Group@4']);
});
