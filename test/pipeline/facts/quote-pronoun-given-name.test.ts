// A he / she goes to a person of that gender where the article gives none: the first name of a
// full name is evidence by the table learned from news (models/given-name-genders.tsv). A name the
// table lacks is resolved as before. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { givenNameGender, givenNameGenderWithForms } from '../../../src/pipeline/reference/given-name-gender.js';

function speakerOf(text: string, opening: string): string | null {
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.startsWith(opening));
  assert.ok(q, 'the quotation is found');
  return q.speaker;
}

test('the learned table gives common first names their gender', () => {
  assert.equal(givenNameGender('David'), 'm');
  assert.equal(givenNameGender('Rachel'), 'f');
  assert.equal(givenNameGender('Orrin'), undefined);
});

test('"she" after two people goes past the one whose first name news uses for men', () => {
  const text = 'Rachel Quenby sat beside David Farrow at the hearing. David Farrow spoke first. "We are ready to answer every question," she said.';
  assert.equal(speakerOf(text, 'We are ready'), 'Rachel Quenby');
});

test('a first name the table lacks gives no gender: the nearer, salient person is "she" as before', () => {
  const text = 'Ysolde Quenby sat beside Orrin Vaszary at the hearing. Orrin Vaszary spoke first. "We are ready to answer every question," she said.';
  assert.equal(speakerOf(text, 'We are ready'), 'Orrin Vaszary');
});

test('of two people as salient, "she" is the one whose first name news uses for women', () => {
  const text = 'On Monday, Rachel Quenby met Orrin Vaszary in the city hall. "We agreed on nothing at all," she said.';
  assert.equal(speakerOf(text, 'We agreed'), 'Rachel Quenby');
});

test('with no learned first name, the tie goes to the later person as before', () => {
  const text = 'On Monday, Ysolde Quenby met Orrin Vaszary in the city hall. "We agreed on nothing at all," she said.';
  assert.equal(speakerOf(text, 'We agreed'), 'Orrin Vaszary');
});

test('a familiar form the table lacks takes the gender of the full name it stands for, unless those disagree', () => {
  assert.equal(givenNameGender('Billy'), undefined);
  assert.equal(givenNameGenderWithForms('Billy'), 'm');
  assert.equal(givenNameGenderWithForms('Orrin'), undefined);
});

test('"she" goes past a man known by a familiar form of his first name', () => {
  const text = 'Ysolde Quenby sat beside Billy Vaszary at the hearing. Billy Vaszary spoke first. "We are ready to answer every question," she said.';
  assert.equal(speakerOf(text, 'We are ready'), 'Ysolde Quenby');
});

test('a first name the learned table lacks takes the sex birth records nearly always give it; a name given to both stays without one', () => {
  assert.equal(givenNameGender('Bernadette'), undefined);
  assert.equal(givenNameGenderWithForms('Bernadette'), 'f');
  assert.equal(givenNameGenderWithForms('BERNADETTE'), 'f');
  assert.equal(givenNameGenderWithForms('Jordan'), undefined);
  assert.equal(givenNameGenderWithForms('Leslie'), undefined);
});

test('a full name the familiar-forms list holds, and its forms, take the birth records\' sex where the learned table has none', () => {
  assert.equal(givenNameGender('Kathryn'), undefined);
  assert.equal(givenNameGenderWithForms('Kathryn'), 'f');
});

test('"he" goes past a woman whose first name only the birth records know', () => {
  const text = 'Bernadette Quenby sat beside Orrin Vaszary at the hearing. Bernadette Quenby spoke first. "We are ready to answer every question," he said.';
  assert.equal(speakerOf(text, 'We are ready'), 'Orrin Vaszary');
});
