// A lone "he" or "she" after a quotation never stands for someone the quotation names in the third
// person: "“Brandt started the fire,” he said" is not Brandt's, however salient Brandt is. Sentences
// are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

test('"“NAME did it,” he said": the other man speaks, not the one named', () => {
  const text = [
    'Oskar Lindqvist, a night porter at the mill, took the stand on Tuesday against Henrik Brandt.',
    'Brandt, 19, sat still as the porter described the evening.',
    '"Henrik lit the rags by the boiler and ran," he said.',
  ].join('\n\n');
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.includes('lit the rags'));
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Oskar Lindqvist');
});

test('a quotation naming nobody keeps the salient antecedent', () => {
  const text = [
    'Oskar Lindqvist, a night porter at the mill, took the stand on Tuesday against Henrik Brandt.',
    'Brandt, 19, stood up as the verdict was read.',
    '"I never meant for anyone to get hurt," he said.',
  ].join('\n\n');
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.includes('never meant'));
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Henrik Brandt');
});
