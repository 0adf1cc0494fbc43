// A plural name with "the" is a team where a record, a score or a game goes with it; a pitcher's
// record, a people or a plural name with no game stays as the tagger read it. Our own sentences.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType, Mention } from '../../../src/types.js';
import { analyseText } from '../../fixtures/analyse-text.js';
import { typeTeamNicknames } from '../../../src/pipeline/entities/team-nicknames.js';
import { installedWordNet } from '../../../src/pipeline/lexicons/wordnet.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const wn = installedWordNet();
const noWordNet = wn ? false : 'WordNet is not installed';

/** The rule over `names` (each with the tagger's type) in `text`, parsed as the pipeline parses it. */
function typed(text: string, names: Array<[string, EntityType]>): string[] {
  const syntax = analyseText(text, { until: 'syntax' }).syntax;
  const ms: Mention[] = names.map(([n, type]) => at(text, n, type));
  return typeTeamNicknames(text, ms, syntax, wn).mentions.map((m) => `${m.type}:${m.text}`);
}

test('a season record or a score after "the" and a plural name makes a team, settled', () => {
  assert.deepEqual(typed('Coach Dana Price said the Sea Otters (6-3) need a win at home.', [['Sea Otters', 'MISC']]), ['ORG:Sea Otters']);
  assert.deepEqual(typed('They fell to the ninth - seeded Herons ( 12 - 14 ) in overtime .', [['Herons', 'PER']]), ['ORG:Herons']);
  const text = 'Portland edged the Lumberjacks 24-21 on Sunday.';
  assert.deepEqual(typed(text, [['Lumberjacks', 'MISC']]), ['ORG:Lumberjacks']);
  const syntax = analyseText(text, { until: 'syntax' }).syntax;
  assert.equal(typeTeamNicknames(text, [at(text, 'Lumberjacks', 'MISC')], syntax, wn).settled.size, 1);
});

test('a plural name the parse makes a side of a game is a team', { skip: noWordNet }, () => {
  assert.deepEqual(typed('It was a narrow victory over the Falcons at a packed stadium.', [['Falcons', 'MISC']]), ['ORG:Falcons']);
});

test('a record after a pitcher, a people, a singular name or a plural with no game stays as tagged', () => {
  assert.deepEqual(typed('Starter Tom Estes (3-4) lasted six innings.', [['Tom Estes', 'PER']]), ['PER:Tom Estes']);
  assert.deepEqual(typed('the Kurds (3-1) and the Americans 2-0 were listed.', [['Kurds', 'MISC'], ['Americans', 'MISC']]), ['MISC:Kurds', 'MISC:Americans']);
  assert.deepEqual(typed('The Hartwells were at the Glass Sea festival with friends.', [['Hartwells', 'PER']]), ['PER:Hartwells']);
  assert.deepEqual(typed('He met the Harrises (two families) in spring.', [['Harrises', 'PER']]), ['PER:Harrises']);
});

test('a place or an organisation is left to the rules for towns', () => {
  assert.deepEqual(typed('the Ardens (5-2) and the Ridge Wolves (3-3) meet today.', [['Ardens', 'LOC'], ['Ridge Wolves', 'ORG']]), ['LOC:Ardens', 'ORG:Ridge Wolves']);
});

test('a plural-looking name that modifies a game noun names a competition, not a side', { skip: noWordNet }, () => {
  assert.deepEqual(typed('Rain stopped the third match of the Harbor Cup Series tournament on Friday.', [['Harbor Cup Series', 'MISC']]), ['MISC:Harbor Cup Series']);
});

test('a plural of an animal read as a thing is a side with no record, score or "the", settled', { skip: noWordNet }, () => {
  const text = "The Jaguars' new coach praised two former Falcons stars and the Blue Eagles defence.";
  assert.deepEqual(typed(text, [['Jaguars', 'MISC'], ['Falcons', 'MISC'], ['Blue Eagles', 'MISC']]), ['ORG:Jaguars', 'ORG:Falcons', 'ORG:Blue Eagles']);
  const syntax = analyseText(text, { until: 'syntax' }).syntax;
  assert.equal(typeTeamNicknames(text, [at(text, 'Jaguars', 'MISC')], syntax, wn).settled.size, 1);
});

test('animals named otherwise stay: a singular, a person so named, a plural of no animal, a people', { skip: noWordNet }, () => {
  const text = 'Falcon Ridge hired Tom Crowes; the Pioneers and the Kurds marched with the Mavericks.';
  const names: Array<[string, EntityType]> = [['Falcon Ridge', 'MISC'], ['Tom Crowes', 'PER'], ['Pioneers', 'MISC'], ['Kurds', 'MISC']];
  assert.deepEqual(typed(text, names), ['MISC:Falcon Ridge', 'PER:Tom Crowes', 'MISC:Pioneers', 'MISC:Kurds']);
});
