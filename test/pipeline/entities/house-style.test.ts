// House styles and one type per name per article, on invented sentences.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { applyHouseStyle } from '../../../src/pipeline/entities/house-style.js';
import { harmoniseTypes } from '../../../src/pipeline/entities/consistency.js';
import { splitHonorific, splitPostNominal, titleBefore } from '../../../src/pipeline/entities/honorifics.js';
import { loadNerModel, recognise } from '../../../src/pipeline/entities/index.js';
import { segment } from '../../../src/pipeline/segment/index.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const shown = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}`);

test('titles and letters after a name', () => {
  assert.deepEqual(splitHonorific('Mr Okonjo'), { title: 'Mr', name: 'Okonjo' });
  assert.deepEqual(splitHonorific('Lord Chancellor'), { title: null, name: 'Lord Chancellor' });
  assert.deepEqual(splitHonorific('Mister Softee'), { title: null, name: 'Mister Softee' });
  const before = (text: string) => titleBefore(text, text.indexOf('Amundsen'));
  assert.equal(before('said Dr. Amundsen'), 'Dr');
  assert.equal(before('the Mrs Amundsen'), 'Mrs');
  assert.equal(before('said Hamr Amundsen'), null);
  // a title ending a paragraph names nobody in the next one
  assert.equal(before('she moved to Tupelo, Miss .\n\nAmundsen'), null);
  assert.equal(before('a ranch near Helena, Mont.\nAmundsen'), null);
  assert.deepEqual(splitPostNominal('Ruth Abara QC'), { name: 'Ruth Abara', letters: 'QC', plural: false });
  assert.deepEqual(splitPostNominal('Green MPs'), { name: 'Green', letters: 'MP', plural: true });
});

test('"Mr X" is a person whatever the tagger said; the title joins a lone surname\'s span and is kept on the mention', () => {
  const text = 'Mr Quarry spoke first. Later Ms Vell met Dr Faraday Ostrom and the Lord Chancellor.';
  const out = applyHouseStyle(text, [at(text, 'Mr Quarry', 'ORG'), at(text, 'Vell', 'LOC'), at(text, 'Lord Chancellor', 'ORG')]);
  assert.deepEqual(shown(out), ['PER:Mr Quarry', 'PER:Ms Vell', 'PER:Faraday Ostrom', 'ORG:Lord Chancellor']);
  assert.deepEqual(out.map((m) => m.title ?? null), ['Mr', 'Ms', 'Dr', null]);
  for (const m of out) assert.equal(text.slice(m.start, m.end), m.text);
});

test('a title closing a paragraph is no title of the name opening the next', () => {
  const text = 'The family farmed near Tupelo, Miss .\n\nOrla Vennick sold the land.\nMrs\nPell Arno left.';
  const out = applyHouseStyle(text, [at(text, 'Orla Vennick', 'PER')]);
  assert.deepEqual(shown(out), ['PER:Orla Vennick']);
  assert.equal(out[0].title ?? null, null);
});

test('a plural after a party the tagger took for a person leaves the party, an organisation', () => {
  const text = 'Green Union MPs objected.';
  assert.deepEqual(shown(applyHouseStyle(text, [at(text, 'Green Union MPs', 'PER')])), ['ORG:Green Union']);
});

test('letters after a name make a person; a plural leaves the party; the letters alone are nobody', () => {
  const text = 'Ruth Abara QC said Green MPs and MPs agreed.';
  const out = applyHouseStyle(text, [at(text, 'Ruth Abara QC', 'ORG'), at(text, 'Green MPs', 'MISC'), at(text, 'MPs', 'PER', 30)]);
  assert.deepEqual(shown(out), ['PER:Ruth Abara QC', 'MISC:Green']);
});

test('one type per name per article; a titled mention and a curated entry keep theirs', () => {
  const text = 'Brakel rose. Brakel fell. Brakel shut. Mr Ferrand left. Ferrand stayed. Ferrand went.';
  const ms = [at(text, 'Brakel', 'ORG'), at(text, 'Brakel', 'ORG', 10), at(text, 'Brakel', 'LOC', 22), at(text, 'Mr Ferrand', 'PER'), at(text, 'Ferrand', 'ORG', 50), at(text, 'Ferrand', 'LOC', 66)];
  assert.deepEqual(shown(harmoniseTypes(ms)), ['ORG:Brakel', 'ORG:Brakel', 'ORG:Brakel', 'PER:Mr Ferrand', 'PER:Ferrand', 'PER:Ferrand']);
  const fixed = new Set([ms[2]]);
  assert.equal(harmoniseTypes(ms, { fixed })[2].type, 'LOC');
});

test('a full name whose surname the article writes with a title is a person', () => {
  const text = 'Dorian Kessel spoke. Mr Kessel left.';
  const out = harmoniseTypes([at(text, 'Dorian Kessel', 'ORG'), at(text, 'Mr Kessel', 'PER')]);
  assert.deepEqual(shown(out), ['PER:Dorian Kessel', 'PER:Mr Kessel']);
});

test('with the shipped model: "Mr X" mentions of a news article come out as persons', () => {
  const text = 'Opposition leader Halvard Brisk attacked the plan on Monday. Mr Brisk said the budget was a fantasy, and Mr Brisk\'s deputy, Ms Tallow, agreed. Later Mr Brisk visited Leeds.';
  const ms = recognise(text, segment(text), loadNerModel());
  for (const [title, name, count] of [['Mr', 'Brisk', 3], ['Ms', 'Tallow', 1]] as const) {
    const found = ms.filter((m) => m.title === title && m.text === `${title} ${name}`);
    assert.equal(found.length, count, `${title} ${name}: ${shown(ms)}`);
    assert.ok(found.every((m) => m.type === 'PER'), `${title} ${name}: ${shown(found)}`);
  }
});

test('a common word at a sentence start is no name unless the article also capitalises it mid-sentence', async () => {
  const { dropCommonWordsAtSentenceStart } = await import('../../../src/pipeline/entities/sentence-start.js');
  const casing = new Map([['harvest', 2], ['quorn', 5]]);
  const text = 'Harvest yields fell. Quorn rose. Harvest Trust said so.';
  const seg = segment(text);
  const ms = [at(text, 'Harvest', 'ORG'), at(text, 'Quorn', 'ORG')];
  assert.deepEqual(shown(dropCommonWordsAtSentenceStart(text, ms, seg, casing)), ['ORG:Quorn']);
  const text2 = 'Harvest yields fell. The union Harvest said so.';
  assert.deepEqual(shown(dropCommonWordsAtSentenceStart(text2, [at(text2, 'Harvest', 'ORG')], segment(text2), casing)), ['ORG:Harvest']);
});

test('a word the prior calls a name is a common word at a sentence start when the article writes it after a determiner in lower case', async () => {
  const { dropCommonWordsAtSentenceStart } = await import('../../../src/pipeline/entities/sentence-start.js');
  const casing = new Map([['coalition', 4], ['ostrava', 4]]);
  const text = 'Coalition leaders met in Ostrava. They said the coalition would hold. Ostrava voted; ostrava turnout rose.';
  const ms = [at(text, 'Coalition', 'LOC'), at(text, 'Ostrava', 'LOC'), at(text, 'Ostrava', 'LOC', 40)];
  // "Ostrava" is also capitalised mid-sentence and its lower-case copy has no determiner: kept
  assert.deepEqual(shown(dropCommonWordsAtSentenceStart(text, ms, segment(text), casing)), ['LOC:Ostrava', 'LOC:Ostrava']);
  const text2 = 'Ostrava voted. Turnout in ostrava rose.';
  assert.deepEqual(shown(dropCommonWordsAtSentenceStart(text2, [at(text2, 'Ostrava', 'LOC')], segment(text2), casing)), ['LOC:Ostrava']);
});

test('a party word at a sentence start before a role and a person is that person\'s organisation', async () => {
  const { dropCommonWordsAtSentenceStart } = await import('../../../src/pipeline/entities/sentence-start.js');
  const casing = new Map([['harvest', 2]]);
  const text = 'Harvest co-chairman Ana Holt spoke. Harvest yields fell.';
  const ms = [at(text, 'Harvest', 'ORG'), at(text, 'Ana Holt', 'PER'), at(text, 'Harvest', 'ORG', 30)];
  assert.deepEqual(shown(dropCommonWordsAtSentenceStart(text, ms, segment(text), casing)), ['ORG:Harvest', 'PER:Ana Holt']);
});

test('a two-word name sharing a surname with a person of the article is a person (a relative)', () => {
  const text = 'Ines Varro spoke. Her father Tomas Varro, a painter, agreed. Varro Street was closed.';
  const out = harmoniseTypes([at(text, 'Ines Varro', 'PER'), at(text, 'Tomas Varro', 'LOC'), at(text, 'Varro Street', 'LOC')]);
  assert.deepEqual(shown(out), ['PER:Ines Varro', 'PER:Tomas Varro', 'LOC:Varro Street']);
});
