// "Tanya R. Welch, Pell's lawyer, told …": when the tagger leaves the first name out of a name with
// a middle initial, the phrase still opens with that person's name, so she is the speaker (not "a
// lawyer for" her), and "she" in the next paragraph is her. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const STORY = [
  "A man from Ohio admitted threatening a senator, the prosecutor's office announced Monday.",
  'Prosecutor Mark Dale Jr. said in a release that the case shows threats are “never protected as free speech.”',
  'Tanya R. Welch, Pell’s lawyer, told the paper in a statement that her client never meant any harm.',
  '“Tom Pell cares deeply about his beliefs,” she said in an email. “He has taken responsibility for his words.”',
].join('\n\n');

test('a name whose first word the tagger left out still names the speaker of its apposition', () => {
  const quotes = analyseText(STORY).quotes;
  const reported = quotes.find((q) => q.text.startsWith('her client'));
  assert.ok(reported, 'the reported speech is found');
  assert.match(reported.speaker ?? '', /Welch$/);
  assert.equal(reported.speaksFor, undefined, 'she speaks for herself, not as a lawyer for someone');
  const cares = quotes.find((q) => q.text.startsWith('Tom Pell cares'));
  assert.match(cares?.speaker ?? '', /Welch$/);
});

test('a title before the name is not taken for a first name', () => {
  const quotes = analyseText('Senator Ruth Amos, who chairs the panel, told reporters: “The bill will pass in the spring.”').quotes;
  assert.equal(quotes[0]?.speaker, 'Ruth Amos');
});
