// An ordinal before a numbered court or unit is part of its name; CNN is the broadcaster. Sentences
// are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { applyPostRules } from '../../../src/pipeline/entities/postrules.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const names = (text: string) => analyseText(text).mentions.map((m) => `${m.type}:${m.text}`);

test('"the 9th U.S. Circuit Court of Appeals" keeps its ordinal', () => {
  const found = names('The 9th U.S. Circuit Court of Appeals in San Francisco ruled against the state on Monday.');
  assert.ok(found.includes('ORG:9th U.S. Circuit Court of Appeals'), found.join(' | '));
});

test('an ordinal before a precinct or a Congress, not before any organisation', () => {
  const text = 'Officers of the 41st Precinct told the 102nd Congress about the 3rd Acme Bank branch.';
  const out = applyPostRules(text, [at(text, 'Precinct', 'ORG'), at(text, 'Congress', 'ORG'), at(text, 'Acme Bank', 'ORG')]);
  assert.deepEqual(out.map((m) => m.text), ['41st Precinct', '102nd Congress', 'Acme Bank']);
});

test('CNN after "of" is the broadcaster, not a place', () => {
  const found = names('In an interview with the Spanish language service of CNN, the minister said he would resign.');
  assert.ok(found.includes('ORG:CNN'), found.join(' | '));
});

test('a numbered precinct is found though the tagger left it out, with "Police" inside it', () => {
  const text = 'Marchers reached the 41st Precinct stationhouse, then the 12th Police Precinct station.';
  assert.deepEqual(applyPostRules(text, []).map((m) => `${m.type}:${m.text}`), ['ORG:41st Precinct', 'ORG:12th Police Precinct']);
});
