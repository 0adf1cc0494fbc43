// Session 28 names rules, on our own sentences: a one-word name counted with "a"/"an" is a thing
// named so, not a person.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../src/types.js';
import { analyseText } from '../fixtures/analyse-text.js';
import { typeIndefiniteNames } from '../../src/pipeline/entities/indefinite-names.js';
import { mentionAt as at } from '../fixtures/entities/mentions.js';


function counted(text: string, names: Array<[string, number?]>): string[] {
  const syntax = analyseText(text, { until: 'syntax' }).syntax;
  const ms: Mention[] = names.map(([n, from]) => at(text, n, 'PER', from));
  return typeIndefiniteNames(text, ms, syntax).mentions.map((m) => `${m.type}:${m.text}`);
}

test('"won an Oscar": the name counted with an indefinite article is a thing, settled', () => {
  const text = 'Tamsin Vale starred in it. The film won a Quillby in May, and Quillby praised the cast.';
  assert.deepEqual(counted(text, [['Tamsin Vale'], ['Quillby'], ['Quillby', 60]]), ['PER:Tamsin Vale', 'MISC:Quillby', 'PER:Quillby']);
  const syntax = analyseText(text, { until: 'syntax' }).syntax;
  assert.equal(typeIndefiniteNames(text, [at(text, 'Quillby', 'PER')], syntax).settled.size, 1);
});

test('a family counted with "a" stays a person, as does a titled or a full name', () => {
  assert.deepEqual(counted('Harlan Brisk spoke first. She later married a Brisk from Ohio.', [['Harlan Brisk'], ['Brisk', 20]]), ['PER:Harlan Brisk', 'PER:Brisk']);
  assert.deepEqual(counted('She met a Tamsin Vale at the fair.', [['Tamsin Vale']]), ['PER:Tamsin Vale']);
});

test('the pipeline keeps "an Oscar"-like awards apart from the person whose first name they share', () => {
  const a = analyseText('Quillby Marsh starred in the film. It later won a Quillby for its music.');
  const award = a.mentions.find((m) => m.text === 'Quillby');
  if (award) assert.notEqual(award.type, 'PER');
});
