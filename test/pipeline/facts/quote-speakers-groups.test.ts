// Quote speakers in shapes the ECB+ tuning set showed: an apposition that ends in no name before
// "told" ("Ann Lee, an official at the town's office, told AFP"), a "they" whose group the nearest
// plural subject names ("The farmers … . “…,” they chanted"), and a bare quotation after a sentence
// cut at its colon ("Crowds of workers marched, shouting: ¶ “…”"), where the people of a partitive
// ("crowds of striking workers") speak. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteStarting } from '../../fixtures/analyse-text.js';

test('an apposition with no name at its end, closed by a comma before "told", is the named speaker\'s', () => {
  const text =
    'The council met on Monday to vote on the budget.\n\n' +
    '"We will open the new school before the spring, whatever the cost," Maria Olsen, an official at one of the town\'s council offices, told reporters.';
  const q = quoteStarting(text, 'We will open');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Maria Olsen');
});

test('the same with the possessive written apart, as tokenised text has it', () => {
  const text =
    'The council met on Monday to vote on the budget .\n\n' +
    '" We will open the new school before the spring , whatever the cost , " Maria Olsen , an official at one of the town \' s council offices , told reporters .';
  const q = quoteStarting(text, 'We will open');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Maria Olsen');
});

test('"they" after a sentence whose subject is a plural noun for people is that group, not a name nearby', () => {
  const text =
    'The death of Jonas Berg has angered the whole valley.\n\n' +
    'The farmers, however, struggle to say exactly what they want from the ministry.\n\n' +
    '"Give us back the land we lost," they chanted as they marched to the gates of the ministry.';
  const q = quoteStarting(text, 'Give us back');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'farmers');
});

test('a quotation after a sentence cut at "…, shouting:" is said by that sentence\'s subject, the people of a partitive', () => {
  const text =
    'The strike entered its third week on Friday.\n\n' +
    'Bands of students roamed the old town late into the night, shouting:\n\n' +
    '"We will not go back to work without a contract!"';
  const q = quoteStarting(text, 'We will not go back');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'students');
});

test('"hundreds of nurses" chanting are the nurses', () => {
  const text =
    'The strike entered its third week on Friday.\n\n' +
    'Hundreds of nurses walked out of the hospital on Monday, chanting:\n\n' +
    '"We will not go back to work without a contract!"';
  const q = quoteStarting(text, 'We will not go back');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'nurses');
});

// A bare plural opening its sentence is capitalised for that alone: the parse may tag "Doctors" a
// proper noun, but WordNet writes the word in lower case, so it is the group a later "they" refers
// to; and a plural WordNet gives people ("Miners") names that group though no list of speaker nouns has it.
test('"they" after a sentence opened by a capitalised bare plural ("Doctors visited …") is that group', () => {
  const text =
    'The clinic reopened its doors on Wednesday.\n\n' +
    'Doctors visited the ward before noon. "Most of them will be home by the weekend," they said.';
  const q = quoteStarting(text, 'Most of them');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker?.toLowerCase(), 'doctors');
});

test('"they" after a bare plural that WordNet gives people ("Miners marched …") is that group', () => {
  const text =
    'The pit closed on Friday.\n\n' +
    'Miners marched to the gates at dawn. "We will strike again next month," they said.';
  const q = quoteStarting(text, 'We will strike');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker?.toLowerCase(), 'miners');
});
