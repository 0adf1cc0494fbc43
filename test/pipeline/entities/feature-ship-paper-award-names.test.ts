// Names whose own words say what they are: a natural feature's word ("… Glacier", "Gulf of …") makes
// a place, a ship's prefix ("INS", "MV") a ship, a paper's last word ("… Herald") after a town the
// tagger read as the town a publication, an award's word ("… Prize", "Medal of …") a thing.
// Invented sentences.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { repairByHeadNoun } from '../../../src/pipeline/entities/head-nouns.js';
import { typeShipPrefixedNames } from '../../../src/pipeline/entities/vessel-names.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const shown = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}`);

test('a glacier, sea or gulf the tagger made a thing or a person is a place', () => {
  const text = 'Hikers crossed the Varnok Glacier to the Gulf of Esselmar, above the Orlen Sea.';
  const ms = [at(text, 'Varnok Glacier', 'PER'), at(text, 'Gulf of Esselmar', 'MISC'), at(text, 'Orlen Sea', 'MISC')];
  assert.deepEqual(shown(repairByHeadNoun(text, ms)), ['LOC:Varnok Glacier', 'LOC:Gulf of Esselmar', 'LOC:Orlen Sea']);
});

test('a body ending in a feature word, an invasion named for a bay and a surname that is a feature stay', () => {
  const text = 'The Gulf Sea Company and the Bay of Talvo fiasco embarrassed Dara Lake.';
  const ms = [at(text, 'Gulf Sea Company', 'ORG'), at(text, 'Bay of Talvo', 'MISC'), at(text, 'Dara Lake', 'PER')];
  assert.deepEqual(shown(repairByHeadNoun(text, ms)), ['ORG:Gulf Sea Company', 'MISC:Bay of Talvo', 'PER:Dara Lake']);
  // a body the tagger typed ORG keeps its type, though its name ends in a feature's word
  const sea = 'Shares of Orlen Sea rose.';
  assert.deepEqual(shown(repairByHeadNoun(sea, [at(sea, 'Orlen Sea', 'ORG')])), ['ORG:Orlen Sea']);
});

test("a town's paper the tagger read as a place is the paper; a place stays", () => {
  const text = '"It was quiet," he told the Varnok Herald in Varnok.';
  const ms = [at(text, 'Varnok Herald', 'LOC'), at(text, 'Varnok', 'LOC')];
  assert.deepEqual(shown(repairByHeadNoun(text, ms)), ['ORG:Varnok Herald', 'LOC:Varnok']);
});

test("a name after a ship's prefix is the ship, settled", () => {
  const text = 'The INS Talvora and MV Orlen Star docked beside HMS Brackwater.';
  const casing = new Map<string, number>();
  const { mentions, settled } = typeShipPrefixedNames([at(text, 'INS Talvora', 'ORG'), at(text, 'MV Orlen Star', 'PER'), at(text, 'HMS Brackwater', 'LOC')], casing);
  assert.deepEqual(shown(mentions), ['MISC:INS Talvora', 'MISC:MV Orlen Star', 'MISC:HMS Brackwater']);
  assert.equal(settled.size, 3);
});

test("a ship whose article also writes its name alone is the ship both times, so the two stay one entity", () => {
  const text = 'The INS Talvora docked. Later Talvora sailed.';
  const ms = [at(text, 'INS Talvora', 'PER'), at(text, 'Talvora', 'PER', 20)];
  const { mentions, settled } = typeShipPrefixedNames(ms, new Map());
  assert.deepEqual(shown(mentions), ['MISC:INS Talvora', 'MISC:Talvora']);
  assert.equal(settled.size, 2);
});

test('"INS" before an office or a common word is the immigration service, and other prefixes are not ships', () => {
  const text = 'INS Commissioner Dara Vell met MS Office users.';
  // the casing prior: news mostly writes "commissioner" and "office" in lower case
  const casing = new Map<string, number>([['commissioner', 0], ['office', 0]]);
  const { mentions } = typeShipPrefixedNames([at(text, 'INS Commissioner', 'ORG'), at(text, 'MS Office', 'MISC')], casing);
  assert.deepEqual(shown(mentions), ['ORG:INS Commissioner', 'MISC:MS Office']);
});

test('an award the tagger made a body or a person is a thing (MISC); a newspaper called "Globe" and a body stay', () => {
  const text = 'She won the Ola Berg Award for Civic Courage, the Varnok Medal of Valor and the Talvik Prize; the Varnok Globe and the Talvik Prize Foundation said so.';
  const ms = [at(text, 'Ola Berg Award for Civic Courage', 'ORG'), at(text, 'Varnok Medal of Valor', 'LOC'), at(text, 'Talvik Prize', 'PER'), at(text, 'Varnok Globe', 'ORG'), at(text, 'Talvik Prize Foundation', 'ORG')];
  assert.deepEqual(shown(repairByHeadNoun(text, ms)), ['MISC:Ola Berg Award for Civic Courage', 'MISC:Varnok Medal of Valor', 'MISC:Talvik Prize', 'ORG:Varnok Globe', 'ORG:Talvik Prize Foundation']);
});

test('a competition the tagger made a body is an event (MISC); the league stays a body', () => {
  const text = 'The Varnok League reached the Varnok League Finals and the Talvik Tournament.';
  const ms = [at(text, 'Varnok League', 'ORG'), at(text, 'Varnok League Finals', 'ORG'), at(text, 'Talvik Tournament', 'ORG')];
  assert.deepEqual(shown(repairByHeadNoun(text, ms)), ['ORG:Varnok League', 'MISC:Varnok League Finals', 'MISC:Talvik Tournament']);
});
