// A company's name before a noun for a thing ("the Garrity Marine tank farm") is the company's, not
// a person's name used for a thing, so the company's first word written alone stays free to be its
// short name. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

test('a word of a company\'s name before a noun for a thing does not keep its bare use a person', () => {
  const text = [
    'Depot blaze',
    'Firefighters worked to keep the flames from the fuel-laden Garrity Marine tank farm nearby.',
    'The blaze never spread to the Garrity Marine Corp. sales office, a fire chief said.',
    'Garrity said the tanks were never at risk.',
  ].join('\n\n');
  const bare = analyseText(text).mentions.filter((m) => m.text === 'Garrity');
  assert.equal(bare.length, 1);
  assert.equal(bare[0].type, 'ORG');
});
