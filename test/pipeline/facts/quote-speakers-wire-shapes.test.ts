// Quote speakers in wire copy's shapes (TBAQ tuning sets G and H): a title with its field before
// the name ("Secretary of Energy Paul Lund, speaking on …, said"), a bare quoted paragraph opened
// with the wire's `` after the speaker's quotation, and the second quotation of a sentence whose
// first one has a speaker. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { buildInput, type FixtureSpec } from './helpers.js';
import { extractFacts } from '../../../src/pipeline/facts/index.js';
import { segment } from '../../../src/pipeline/segment/index.js';
import { loadSyntaxModel, parseDocument } from '../../../src/pipeline/syntax/index.js';
import { analyseText } from '../../fixtures/analyse-text.js';

/** The facts stage as the pipeline runs it: real tokens and the parse, names given by the fixture. */
function factsOf(spec: FixtureSpec) {
  const input = buildInput(spec);
  const segmentation = segment(spec.text);
  return extractFacts({ ...input, segmentation, syntax: parseDocument(spec.text, segmentation, loadSyntaxModel()) });
}

test('"Secretary of Energy" before a name is a title: the speaker is the name, not the whole phrase', () => {
  const { quotes } = factsOf({
    text:
      'The talks on the port dispute resumed on Sunday.\n\n' +
      'Secretary of Energy Paul Lund, speaking on the radio programme "Morning Call," said the offer gives both sides "a fair basis for ending the strike and that sort of thing."',
    names: { PER: ['Paul Lund'], ORG: ['Morning Call'] },
  });
  const q = quotes.find((x) => x.kind === 'direct' && x.text.startsWith('a fair basis'));
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, "Paul Lund", JSON.stringify(q));
});

test('a paragraph quoted with `` and nothing else continues the speaker of the paragraph before', () => {
  const text =
    'OSLO, Norway (AP) _\n\n' +
    'Health Minister Karin Dahl on Monday led a team of doctors to the north to help victims of the floods.\n\n' +
    "``We want to build on the long partnership between our regions to help the families who lost their homes,'' Dahl said at a news conference.\n\n" +
    "``At the same time, we want to help the region prepare for future floods, whatever their cause.''\n\n" +
    'The floods on May 7 killed 25 people and injured more than 500.';
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.startsWith('At the same time'));
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Karin Dahl');
});

test('the second quotation of a sentence whose first one has a speaker is that speaker\'s, not a source of the sentence before', () => {
  const text =
    'The Daily Courier reported that the court upheld the old rules on Monday by five votes to four. ' +
    "As Judge Ann Ortiz asked in a sharp dissent, ``what sense does it make to keep these rules'' and to apply them " +
    "``only to tenants and not to owners in a city where rents can double in a year _ where both pay the same taxes and both vote?''.";
  const direct = analyseText(text).quotes.filter((x) => x.kind === 'direct');
  assert.equal(direct.length, 2, direct.map((q) => q.text).join(' | '));
  for (const q of direct) assert.equal(q.speaker, 'Ann Ortiz', q.text);
});

test('"the company" with no organisation in the last sentences is the one the article opened on', () => {
  const text =
    'Holder rights plan set by hotel chain\n\n' +
    'Harbor Lights Corp. said it adopted a plan to protect holders from a cheap takeover offer.\n\n' +
    'The plan gives each holder one right for each share outstanding. Each right lets holders buy half a share for $20.\n\n' +
    'Last week, a group led by two of the directors, Anne Moor and Paul Greer, said it held a 41% stake and would seek more seats on the board.\n\n' +
    'The company said it was "worried about the stated intent to take control of the company" by the group.';
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.includes('worried about'));
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Harbor Lights Corp.');
});

test('"According to X the minister said: “…”" is the minister\'s quotation, X only relays it', () => {
  const text =
    'Finance Minister Lars Berg faces a hard year.\n\n' +
    'According to Ms Holm the finance minister said: "Give me one more budget and I will then step aside."\n\n' +
    'Ms Holm, the author of a new book on the government, said the remark was made in 2003.';
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.startsWith('Give me'));
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Lars Berg');
});
