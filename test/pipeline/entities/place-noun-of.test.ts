// A place's noun before "of" names the place: "the port city of Qarmal", "the island of Velmora".
// A body's noun does not ("the bank of Velmora" is no statement of what Velmora is). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const typeOf = (text: string, name: string) => analyseText(text, { until: 'entities' }).mentions.filter((m) => m.text === name).map((m) => m.type);

test('a name after "the city of", "the port city of" or "the island of" is a place', () => {
  assert.deepEqual(typeOf('The storm also flooded the port city of Bandar Kesh and cut power for hours.', 'Bandar Kesh'), ['LOC']);
  assert.deepEqual(typeOf('Ferries to the island of Velmora were cancelled on Monday.', 'Velmora'), ['LOC']);
});

test('a name the tagger read as a person is the place after "the town of"; a person after "the judge of" stays', async () => {
  const { typeByDescriptors } = await import('../../../src/pipeline/entities/descriptors.js');
  const { handParse } = await import('../../fixtures/syntax/hand-parse.js');
  const { mentionAt } = await import('../../fixtures/entities/mentions.js');
  const { text, syn } = handParse([
    ['Crews', 'NOUN', 'nsubj', 1],
    ['reached', 'VERB', 'root', -1],
    ['the', 'DET', 'det', 4],
    ['hill', 'NOUN', 'compound', 4],
    ['town', 'NOUN', 'obj', 1],
    ['of', 'ADP', 'case', 7],
    ['Marta', 'PROPN', 'compound', 7],
    ['Velloso', 'PROPN', 'nmod', 4],
    ['and', 'CCONJ', 'cc', 10],
    ['the', 'DET', 'det', 10],
    ['lawyer', 'NOUN', 'conj', 4],
    ['of', 'ADP', 'case', 13],
    ['Ines', 'PROPN', 'compound', 13],
    ['Carvalho', 'PROPN', 'nmod', 10],
  ]);
  const { mentions, settled } = typeByDescriptors([mentionAt(text, 'Marta Velloso', 'PER'), mentionAt(text, 'Ines Carvalho', 'PER')], syn);
  assert.deepEqual(mentions.map((m) => m.type), ['LOC', 'PER']);
  assert.equal(settled.size, 1);
});
