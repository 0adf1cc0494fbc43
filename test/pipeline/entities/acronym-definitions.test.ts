import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { definedAcronyms, spellsAcronym } from '../../../src/pipeline/entities/acronym-definitions.js';

test('a capitalised phrase whose initials spell the acronym in brackets after it: both are one organisation', () => {
  const text = 'She is a fellow with the Institute for Rural Transport Studies (IRTS.) Tom Reed (TR) disagreed, as did the Kestrel Workers Union (KFU).';
  const out = definedAcronyms(text, [] as Mention[]);
  assert.deepEqual(out.map((m) => `${m.type}:${m.text}`), ['ORG:Institute for Rural Transport Studies', 'ORG:IRTS']);
  for (const m of out) assert.equal(text.slice(m.start, m.end), m.text);
});

test('an acronym that takes more than the first letter of a word is defined too, and carries the name it stands for', () => {
  const text = 'Shares of Velmora Insurance (VEIN) rose. Analysts at Brightwater Capital Partners (BCAP) agreed; Tom Reed (TREE) did not.';
  const tagged = (name: string, type: Mention['type']): Mention => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, type, text: name });
  const out = definedAcronyms(text, [tagged('Velmora Insurance', 'ORG'), tagged('Brightwater Capital Partners', 'ORG'), tagged('Tom Reed', 'PER')]);
  assert.deepEqual(
    out.map((m) => `${m.type}:${m.text}${m.expands ? ` = ${m.expands}` : ''}`),
    ['ORG:Velmora Insurance', 'ORG:VEIN = Velmora Insurance', 'ORG:Brightwater Capital Partners', 'ORG:BCAP = Brightwater Capital Partners', 'PER:Tom Reed'],
  );
  assert.equal(spellsAcronym('Velmora Insurance', 'VEIN'), true);
  // letters that are not the beginnings of its words, in order, do not spell a name
  assert.equal(spellsAcronym('Velmora Insurance', 'VIE'), false);
  assert.equal(spellsAcronym('Kestrel Workers Union', 'KFU'), false);
});

test('a name the tagger read as a person is an organisation once it is given initials to be called by', () => {
  const text = 'Volontaires Sans Limites (VSL) sent two surgeons. Grupo Ferreira Alves (GFA) denied it. Dr Ana Lima Souza (ALS) spoke.';
  const tagged = (name: string, type: Mention['type'], title?: string): Mention => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, type, text: name, ...(title ? { title } : {}) });
  const out = definedAcronyms(text, [tagged('Volontaires Sans Limites', 'PER'), tagged('Grupo Ferreira Alves', 'PER'), tagged('Ana Lima Souza', 'PER', 'Dr')]);
  assert.deepEqual(out.map((m) => `${m.type}:${m.text}`), [
    'ORG:Volontaires Sans Limites', 'ORG:VSL', 'ORG:Grupo Ferreira Alves', 'ORG:GFA', 'PER:Ana Lima Souza', 'PER:ALS',
  ]);
});
