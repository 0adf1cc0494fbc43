// A place's own body the tagger ended at the place ("Carvell County Police", "Dunmore Law School")
// is one organisation; a body after a nationality ("Norwegian Foreign Office") is named apart from
// the nationality, as CoNLL-2003 writes "German" "Foreign Ministry"; the Arab League is a curated
// organisation. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { repairByHeadNoun } from '../../../src/pipeline/entities/head-nouns.js';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { Mention } from '../../../src/types.js';

const at = (text: string, name: string, type: Mention['type']): Mention => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, type, text: name };
};
const shown = (ms: Mention[]) => ms.map((m) => `${m.type} ${m.text}`);

test('a place then an untagged body word is the place\'s body', () => {
  const text = 'On Sunday Puerto Rico Police Superintendent Ana Ruiz spoke.';
  assert.deepEqual(shown(repairByHeadNoun(text, [at(text, 'Puerto Rico', 'LOC'), at(text, 'Ana Ruiz', 'PER')])), ['ORG Puerto Rico Police', 'PER Ana Ruiz']);
  const school = 'said a lecturer at Leeds Law School yesterday.';
  assert.deepEqual(shown(repairByHeadNoun(school, [at(school, 'Leeds', 'LOC')])), ['ORG Leeds Law School']);
});

test('a town then an untagged court is the town\'s court; a court word alone or after a person makes no name', () => {
  const text = 'The case went from Harlow Magistrates Court to Orland County Superior Court, past the Appeals Court and Tom Hale Court.';
  const ms = [at(text, 'Harlow', 'LOC'), at(text, 'Orland County', 'LOC'), at(text, 'Tom Hale', 'PER')];
  assert.deepEqual(shown(repairByHeadNoun(text, ms)), ['ORG Harlow Magistrates Court', 'ORG Orland County Superior Court', 'PER Tom Hale']);
});

test('a police or school word alone makes no name, nor after a person', () => {
  const text = 'Officers of the Riot Police met Tom Hale School governors.';
  assert.deepEqual(shown(repairByHeadNoun(text, [at(text, 'Tom Hale', 'PER')])), ['PER Tom Hale']);
});

test('a body after a nationality is named apart from it', () => {
  const text = 'A Norwegian Foreign Office spokesman declined to comment.';
  assert.deepEqual(shown(repairByHeadNoun(text, [at(text, 'Norwegian', 'MISC')])), ['MISC Norwegian', 'ORG Foreign Office']);
});

test('the Arab League is an organisation after its nationality-like first word', () => {
  const { mentions } = analyseText('Ministers from nine Arab League states met in the capital on Monday.');
  assert.equal(mentions.find((m) => m.text === 'Arab League')?.type, 'ORG');
});

test('a society or movement named with a nationality keeps it in its name; a ministry does not', () => {
  const text = 'Funds came from the Danish Seafarers Federation and the Peruvian Heritage Movement, said the Danish Foreign Ministry.';
  const mentions = [at(text, 'Danish', 'MISC'), at(text, 'Peruvian', 'MISC'), at(text, 'Heritage', 'MISC')];
  mentions.push({ ...at(text.slice(90), 'Danish', 'MISC'), start: 90 + text.slice(90).indexOf('Danish'), end: 90 + text.slice(90).indexOf('Danish') + 6 });
  assert.deepEqual(shown(repairByHeadNoun(text, mentions)), ['ORG Danish Seafarers Federation', 'ORG Peruvian Heritage Movement', 'MISC Danish', 'ORG Foreign Ministry']);
});

test('a body the tagger named after a nationality stays apart from it', () => {
  const text = 'The Chilean Rowing Association chose its crew.';
  assert.deepEqual(shown(repairByHeadNoun(text, [at(text, 'Chilean', 'MISC'), at(text, 'Rowing Association', 'ORG')])), ['MISC Chilean', 'ORG Rowing Association']);
});

test('a nationality and a capitalised navy or army are one body; a lower-case navy is no name', () => {
  const text = 'A Norwegian Navy frigate and the Danish Army came, and the Swedish navy stayed home.';
  const ms = [at(text, 'Norwegian', 'MISC'), at(text, 'Navy', 'ORG'), at(text, 'Danish Army', 'LOC'), at(text, 'Swedish', 'MISC')];
  assert.deepEqual(shown(repairByHeadNoun(text, ms)), ['ORG Norwegian Navy', 'ORG Danish Army', 'MISC Swedish']);
  const lone = 'A Norwegian Navy frigate came.';
  assert.deepEqual(shown(repairByHeadNoun(lone, [at(lone, 'Norwegian', 'MISC')])), ['ORG Norwegian Navy']);
});
