// A company designator right after a span the tagger read as a person's makes the span a company. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { typeCompanyNames } from '../../../src/pipeline/entities/company-names.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const shown = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}`);

test('"Dana Whitcombe Co. said": the designator joins the span, which is a company and settled', () => {
  const text = 'Dana Whitcombe Co. said it would close a plant; Whitcombe Holdings denied it.';
  const input = [at(text, 'Dana Whitcombe', 'PER'), at(text, 'Whitcombe', 'MISC', 40)];
  const { mentions, settled } = typeCompanyNames(input, text);
  assert.deepEqual(shown(mentions), ['ORG:Dana Whitcombe Co.', 'ORG:Whitcombe Holdings']);
  assert.equal(settled.size, 2);
});

test('a place before "Co." is a county; a lower-case noun or a titled name is left alone', () => {
  const text = 'Farms in Clare Co. flooded. The Whitcombe company grew. Mr. Whitcombe Inc. is a joke.';
  const input = [at(text, 'Clare', 'LOC'), at(text, 'Whitcombe', 'PER'), { ...at(text, 'Mr. Whitcombe', 'PER'), title: 'Mr.' }];
  assert.deepEqual(shown(typeCompanyNames(input, text).mentions), shown(input));
});
