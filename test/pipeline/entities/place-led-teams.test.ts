// A gazetteer town, state or region, then a capitalised plural of creatures (or of people, where the
// tagger read the name as a thing), is its club; a people, land or water, a name with no place
// before it, or a place read with a plural of things stays as the tagger read it. Our own names.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../../../src/types.js';
import { typePlaceLedTeams } from '../../../src/pipeline/entities/place-led-teams.js';
import { installedWordNet } from '../../../src/pipeline/lexicons/wordnet.js';
import { mentionsApart } from '../../fixtures/entities/mentions.js';

const wn = installedWordNet();
const noWordNet = wn ? false : 'WordNet is not installed';

function typed(...names: Array<[string, EntityType]>): string[] {
  return typePlaceLedTeams(mentionsApart(...names), wn).mentions.map((m) => `${m.type}:${m.text}`);
}

test('a town and a plural of creatures is a club, settled', { skip: noWordNet }, () => {
  assert.deepEqual(typed(['Tulsa Falcons', 'PER'], ['Fresno Bears', 'MISC'], ['Omaha Hawks', 'LOC']), ['ORG:Tulsa Falcons', 'ORG:Fresno Bears', 'ORG:Omaha Hawks']);
  assert.equal(typePlaceLedTeams(mentionsApart(['Tulsa Falcons', 'PER']), wn).settled.size, 1);
});

test('a people, land or water, no place first, or a place read with made things stays', { skip: noWordNet }, () => {
  assert.deepEqual(
    typed(['Tulsa Kurds', 'MISC'], ['Omaha Islands', 'LOC'], ['Harlowe Falcons', 'MISC'], ['Boise Anchors', 'LOC'], ['Fresno Otter', 'PER'], ['Western Millers', 'MISC']),
    ['MISC:Tulsa Kurds', 'LOC:Omaha Islands', 'MISC:Harlowe Falcons', 'LOC:Boise Anchors', 'PER:Fresno Otter', 'MISC:Western Millers'],
  );
});

test('a plural of things is no cue, nor one of people the tagger read as a person: storms and surnames end so', { skip: noWordNet }, () => {
  assert.deepEqual(typed(['Tulsa Anchors', 'PER'], ['Fresno Millers', 'PER'], ['Boise Anchors', 'MISC']), ['PER:Tulsa Anchors', 'PER:Fresno Millers', 'MISC:Boise Anchors']);
});

test('a plural of people the tagger read as a thing is a club, a demonym not', { skip: noWordNet }, () => {
  assert.deepEqual(typed(['Fresno Millers', 'MISC'], ['Omaha Pilgrims', 'MISC'], ['Tulsa Kurds', 'MISC']), ['ORG:Fresno Millers', 'ORG:Omaha Pilgrims', 'MISC:Tulsa Kurds']);
  // a storm named after a person: the plural is a named being's, no kind of person
  assert.deepEqual(typed(['Hurricane Georges', 'MISC']), ['MISC:Hurricane Georges']);
});

test('an organisation or a mention already settled is left alone', { skip: noWordNet }, () => {
  const [org, settled] = mentionsApart(['Tulsa Falcons', 'ORG'], ['Omaha Hawks', 'MISC']);
  const out = typePlaceLedTeams([org, { ...settled, typeSettled: true }], wn);
  assert.deepEqual(out.mentions.map((m) => m.type), ['ORG', 'MISC']);
  assert.equal(out.settled.size, 0);
});
