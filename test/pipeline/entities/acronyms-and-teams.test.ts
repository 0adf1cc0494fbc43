// Within one article: an acronym of a name that holds an acronym spells it out ("US Geological
// Survey" … "USGS"); a team's plural name written alone is the longer name that puts a place before
// it ("New Orleans Saints" … "the Saints"), while a singular short form is not ("New York Fed" …
// "the Fed"). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { acronymWithInnerAcronyms } from '../../../src/pipeline/entities/names.js';

const idOf = (text: string, name: string) => analyseText(text).mentions.find((m) => m.text === name)?.entityId;

test('an acronym inside a name is spelled out in the name\'s acronym', () => {
  assert.equal(acronymWithInnerAcronyms('US Geological Survey'), 'usgs');
  assert.equal(acronymWithInnerAcronyms('UN Development Programme'), 'undp');
  assert.equal(acronymWithInnerAcronyms('Geological Survey'), null);
});

test('"USGS" is the "US Geological Survey" of its article', () => {
  const text = 'The US Geological Survey put the tremor at magnitude 5.2. The USGS said no damage was reported.';
  const a = analyseText(text);
  const full = a.mentions.find((m) => m.text === 'US Geological Survey');
  const short = a.mentions.find((m) => m.text === 'USGS');
  assert.ok(full?.entityId);
  assert.equal(short?.entityId, full.entityId);
});

test('"the Red Sox" after "the Boston Red Sox" is that team; "the Fed" after "the New York Fed" stays apart', () => {
  const text = 'The Boston Red Sox signed a new pitcher on Monday. The Red Sox said he would start on Friday.';
  assert.equal(idOf(text, 'Red Sox'), idOf(text, 'Boston Red Sox'));
  const fed = 'The New York Fed bought bonds on Monday. The Fed said it would buy more in June.';
  const a = analyseText(fed);
  const short = a.mentions.find((m) => m.text === 'Fed');
  const long = a.mentions.find((m) => m.text === 'New York Fed');
  assert.ok(short && long);
  assert.notEqual(short.entityId, long.entityId);
});

test('"The New York Times" … "The Times": a publication\'s ending is no team\'s short name', () => {
  const a = analyseText('The New York Times broke the story. The Times, a London paper, followed it a day later.');
  const nyt = a.mentions.find((m) => m.text === 'New York Times' || m.text === 'The New York Times');
  const times = a.mentions.find((m) => /^(?:The )?Times$/u.test(m.text));
  assert.ok(nyt?.entityId && times?.entityId, JSON.stringify(a.mentions));
  assert.notEqual(times.entityId, nyt.entityId);
});
