// A dateline standing alone on the first line is read only in the dateline's own shape with a place
// the gazetteer knows, and it is then no title. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText, rawText } from '../../fixtures/analyse-text.js';
import { extract } from '../../../src/pipeline/extract/index.js';

const docOf = (text: string) => analyseText(text, { published: '2022-04-05' }).doc;

test('a caps kicker or headline ending in a dash is no dateline', () => {
  assert.equal(docOf('LATEST HEADLINES --\n\nThe council voted on Monday to close the pool.').meta.dateline, null);
  assert.equal(docOf('FERRY STRIKE ENDS --\n\nCrews returned to work on Tuesday after a week.').meta.dateline, null);
});

test('a lone dateline line is the dateline and the story\'s first words are the title', () => {
  const doc = docOf('LISBON (AP) --\n\nThe port authority said on Monday it would lower its fees.');
  assert.equal(doc.meta.dateline?.place, 'Lisbon');
  assert.equal(doc.title, 'The port authority said on Monday it would lower its fees.');
});

test('a first line that is only a place and a date, with no dash after it, is the dateline, not the title', () => {
  const caps = docOf('OSLO, March 4\n\nThe state ferry company said on Monday it would buy two electric ships.');
  assert.equal(caps.meta.dateline?.text, 'OSLO, March 4');
  assert.equal(caps.meta.dateline?.date, '--03-04');
  assert.equal(caps.title, 'The state ferry company said on Monday it would buy two electric ships.');
  const agency = docOf('MADRID (AP)\n\nRail unions called off a strike planned for Friday.');
  assert.equal(agency.meta.dateline?.place, 'Madrid');
  assert.equal(agency.title, 'Rail unions called off a strike planned for Friday.');
  const region = docOf('NAIROBI, Kenya\n\nThe central bank left its lending rate unchanged on Tuesday.');
  assert.equal(region.meta.dateline?.place, 'Nairobi');
  assert.equal(region.title, 'The central bank left its lending rate unchanged on Tuesday.');
  const short = docOf('NEWARK, N.J.\n\nThe transit agency added two late trains on weekends.');
  assert.equal(short.meta.dateline?.place, 'Newark');
  assert.equal(short.title, 'The transit agency added two late trains on weekends.');
});

test('a headline without a dash stays the title: a caps word alone, or a place with words that are no date', () => {
  for (const [text, title] of [
    ['MADRID\n\nRail unions called off a strike planned for Friday.', 'MADRID'],
    ['FERRY STRIKE ENDS\n\nCrews returned to work on Tuesday after a week.', 'FERRY STRIKE ENDS'],
    ['Madrid, the quiet weekend\n\nRail unions called off a strike planned for Friday.', 'Madrid, the quiet weekend'],
  ]) {
    const doc = docOf(text);
    assert.equal(doc.title, title, text);
    assert.equal(doc.meta.dateline, null, text);
  }
});

test("with no title, a dateline opening the lede is no part of the first words taken for one", () => {
  const doc = docOf('LISBON, Portugal (AP) -- The dock workers union called off its strike on Friday.\n\nShips were unloaded again by evening.');
  assert.equal(doc.meta.dateline?.text, 'LISBON, Portugal (AP)');
  assert.equal(doc.title, 'The dock workers union called off its strike on Friday.');
  assert.ok(doc.text.startsWith('LISBON, Portugal (AP) -- The dock'), 'the text keeps its dateline');
});

test('a title-case place and date, or a caps place and region, without a dash or agency stays the title', () => {
  for (const [text, title] of [
    ['Lisbon, April 25, 1974\n\nThe museum opened a new room on the revolution on Saturday.', 'Lisbon, April 25, 1974'],
    ['Vienna, 12 March 2019\n\nA choir from the suburbs sang at the opening of the hall.', 'Vienna, 12 March 2019'],
    ['DENVER, COLORADO\n\nThe band played its first album from start to end.', 'DENVER, COLORADO'],
    ['KANSAS CITY, MISSOURI\n\nThe novel follows two brothers who run a diner.', 'KANSAS CITY, MISSOURI'],
  ]) {
    const doc = extract(rawText(text));
    assert.equal(doc.title, title, text);
    assert.equal(doc.meta.dateline, null, text);
    // the title's date is no publication date
    assert.equal(doc.meta.published.value, null, text);
  }
});

test('a first line the user named as the title is no dateline, and its date no publication date', () => {
  const doc = extract(rawText('OSLO, March 4\n\nThe state ferry company said it would buy two electric ships.', { title: 'OSLO, March 4' }));
  assert.equal(doc.title, 'OSLO, March 4');
  assert.equal(doc.meta.dateline, null);
  assert.equal(doc.meta.published.value, null);
});
