// Text that arrives with every token spaced ("the U . K . team", "Mt . Hood") reads to the tagger as
// it would written together; spans stay on the text as written. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { segment } from '../../../src/pipeline/segment/index.js';
import { taggerSentences } from '../../../src/pipeline/entities/spaced-abbreviations.js';
import { splitHonorific, titleBefore } from '../../../src/pipeline/entities/honorifics.js';

const typed = (text: string) => analyseText(text).mentions.map((m) => `${m.type} ${m.text}`);

test('spaced initials are one word and the sentence goes on past their stop', () => {
  const text = 'A nurse from the U . K . joined the crew in Lima . She flew home on Friday .';
  const words = taggerSentences(text, segment(text));
  assert.equal(words.length, 2);
  assert.deepEqual(words[0].map((w) => w.form).slice(4, 6), ['U.K.', 'joined']);
});

test('a spaced country, title and middle initial are found with their whole span', () => {
  const names = typed('A nurse from the U . K . joined the crew in Lima . Two hikers were flown to Mt . Hood Village on Sunday . Later Carla J . Benning , the guide , spoke .');
  assert.ok(names.includes('LOC U . K .'), names.join(' | '));
  assert.ok(names.includes('LOC Mt . Hood Village'), names.join(' | '));
  assert.ok(names.includes('PER Carla J . Benning'), names.join(' | '));
});

test('ordinary text and a sentence ending in a capital letter are read as before', () => {
  const text = 'They chose Plan B . The vote was close .';
  assert.equal(taggerSentences(text, segment(text)).length, 2);
  const plain = 'The U.K. team met Carla J. Benning.';
  assert.deepEqual(taggerSentences(plain, segment(plain))[0].map((w) => w.form), segment(plain).tokens.map((t) => t.text));
});

test('a state abbreviation that ends its clause keeps its stop apart', () => {
  const text = 'The firm , based in Salem , Ore . , said it would hire . It moved to St . Paul in May .';
  const forms = taggerSentences(text, segment(text)).flat().map((w) => w.form);
  assert.ok(forms.includes('Ore') && !forms.includes('Ore.'), forms.join(' '));
  assert.ok(forms.includes('St.'), forms.join(' '));
});

test('a title whose stop stands apart is still a title before the name', () => {
  assert.deepEqual(splitHonorific('Sgt . Dara La Fleur'), { title: 'Sgt', name: 'Dara La Fleur' });
  assert.deepEqual(splitHonorific('Sgt. Dara La Fleur'), { title: 'Sgt', name: 'Dara La Fleur' });
  const text = 'Anyone who saw the crash should call Sgt . La Fleur on Monday .';
  assert.equal(titleBefore(text, text.indexOf('La Fleur')), 'Sgt');
});

test('a spaced abbreviation that ends a paragraph does not carry its name into the next one', () => {
  const names = typed('Rewards are offered for news of the escapee Benton Lyle Marchetti Jr .\n\nDepartment of Corrections spokesman Ann Lowe said Friday that the man was still free .');
  assert.ok(names.includes('ORG Department of Corrections'), names.join(' | '));
  assert.ok(names.every((n) => !n.includes('\n')), names.join(' | '));
  const initials = typed('A nurse from the U . K .\n\nHospital staff in Lima said she flew home .');
  assert.ok(initials.includes('LOC U . K .'), initials.join(' | '));
});

test('a first initial written apart before a given name and a surname is one word with its stop', () => {
  const text = 'The panel heard Ola Berg ; T . Maren Holt , the clerk ; and the driver K . Ivar Lund .';
  const forms = taggerSentences(text, segment(text)).flat().map((w) => w.form);
  assert.ok(forms.includes('T.') && forms.includes('K.'), forms.join(' '));
  // a letter after a lower-case noun that ends its sentence, before one capitalised word, stays apart
  const apart = 'They chose grade B . Maren spoke next .';
  assert.equal(taggerSentences(apart, segment(apart)).length, 2);
});
