import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { segment } from '../../../src/pipeline/segment/index.js';
import { sentenceStarts } from '../../../src/pipeline/segment/sentences.js';
import { tokenize } from '../../../src/pipeline/segment/tokenize.js';
import { detectLayout } from '../../../src/pipeline/segment/layout.js';

function sents(text: string): string[] {
  const seg = segment(text);
  return seg.sentences.map((s) => text.slice(s.start, s.end));
}

test('splits at . ! ? … before a capital, quote or digit', () => {
  assert.deepEqual(sents('It rained. Then it stopped! Why? “Nobody knows.” 45 people left… Others stayed.'), [
    'It rained.', 'Then it stopped!', 'Why?', '“Nobody knows.”', '45 people left…', 'Others stayed.',
  ]);
});

test('keeps closing quotes and brackets with the sentence', () => {
  assert.deepEqual(sents('He said “stop.” She left. (It was late.) They slept.'), ['He said “stop.”', 'She left.', '(It was late.)', 'They slept.']);
  assert.deepEqual(sents('“Go home!” he shouted.'), ['“Go home!” he shouted.']);
});

test('does not split after abbreviations, initials, No. and decimals', () => {
  assert.deepEqual(sents('Gen. Smith and Dr. Jones met J. R. Doe on Jan. 5 at Acme Inc. Europe office.'), [
    'Gen. Smith and Dr. Jones met J. R. Doe on Jan. 5 at Acme Inc. Europe office.',
  ]);
  assert.deepEqual(sents('It was No. 1 with 1.4 million. It grew 3.5 percent.'), ['It was No. 1 with 1.4 million.', 'It grew 3.5 percent.']);
  assert.deepEqual(sents('Officials in the U.S. said so.'), ['Officials in the U.S. said so.']);
});

test('an abbreviation before a sentence opener ends the sentence', () => {
  assert.deepEqual(sents('They moved to the U.S. The move was costly.'), ['They moved to the U.S.', 'The move was costly.']);
  assert.deepEqual(sents('It bought Acme Inc. It paid cash.'), ['It bought Acme Inc.', 'It paid cash.']);
});

test('no split before a lower-case word after an abbreviation', () => {
  assert.deepEqual(sents('Fruit, nuts, etc. were sent.'), ['Fruit, nuts, etc. were sent.']);
});

test('odd capitalisation of translations: a full stop before a lower-case word still splits', () => {
  assert.deepEqual(sents('The attack was planned. the suspects fled.'), ['The attack was planned.', 'the suspects fled.']);
});

test('a missing space after a full stop before a capitalised word splits', () => {
  assert.deepEqual(sents('Click here for more...LET THE GAMES BEGIN!'), ['Click here for more...', 'LET THE GAMES BEGIN!']);
});

test('blank lines and headings end sentences', () => {
  assert.deepEqual(sents('A Headline Without Stop\n\nFirst para text\n\nHow many can return\nThey said it.'), [
    'A Headline Without Stop', 'First para text', 'How many can return', 'They said it.',
  ]);
});

test('one paragraph per line: every newline ends a sentence', () => {
  const text = readFileSync('test/fixtures/segment/paragraph-lines.txt', 'utf8');
  const got = sents(text);
  assert.equal(got[0], 'Storm Hits Coastal Town');
  assert.ok(got.includes('Get the Latest'));
  for (const s of got) assert.ok(!s.includes('\n'), `sentence spans a newline: ${JSON.stringify(s)}`);
});

test('hard-wrapped text: single newlines do not end sentences, indented lines do', () => {
  const text = readFileSync('test/fixtures/segment/wrapped.txt', 'utf8');
  const got = sents(text).map((s) => s.replace(/\s+/g, ' '));
  assert.deepEqual(got, [
    'WELLINGTON, March 3 - Farmers in the southern districts said on Tuesday that the dry spell had cut the wool clip by about 12 pct from a year earlier, the regional board reported.',
    'Prices at the main auction rose to 4.35 dlrs a kilo.',
    'The board said it expected the clip to recover in the next season if rainfall returned to normal levels in the autumn months.',
    'Exports to Japan and the U.S. were steady, it said.',
  ]);
});

test('an abbreviation inside brackets does not end the sentence', () => {
  assert.deepEqual(sents('Tim Henman (U.S.) beat Doug Flach (U.S.) 6-3 6-4'), ['Tim Henman (U.S.) beat Doug Flach (U.S.) 6-3 6-4']);
  assert.deepEqual(sents('“It will be built in the U.S.” The plan is old.'), ['“It will be built in the U.S.”', 'The plan is old.']);
});

test('numbered list items are one sentence each', () => {
  assert.deepEqual(sents('Leading times:\n1. Gerhard Berger 1:53.706\n2. David Coulthard 1:54.3'), ['Leading times:', '1. Gerhard Berger 1:53.706', '2. David Coulthard 1:54.3']);
});

test('a newline before a lower-case continuation does not end the sentence', () => {
  assert.deepEqual(sents('NOTE: Current loss included a gain of 870,000 dlrs\nand 70,000 dlrs from sales.\nNet loss 1,780,000'), [
    'NOTE: Current loss included a gain of 870,000 dlrs\nand 70,000 dlrs from sales.', 'Net loss 1,780,000',
  ]);
});

test('sentences and tokens are consistent', () => {
  const text = 'One. Two three.\n\nFour';
  const seg = segment(text);
  assert.deepEqual(seg.sentenceTokenStart, [0, 2, 5, 6]);
  seg.sentences.forEach((s, i) => {
    const first = seg.tokens[seg.sentenceTokenStart[i]];
    const last = seg.tokens[seg.sentenceTokenStart[i + 1] - 1];
    assert.equal(s.start, first.start);
    assert.equal(s.end, last.end);
  });
  assert.deepEqual(seg.tokens.map((t) => t.sentence), [0, 0, 1, 1, 1, 2]);
});

test('an unlisted firm abbreviation closing a name joined by "&", "et" or "y" does not end the sentence', () => {
  assert.deepEqual(sents('Shares of Lambert et Cie. Chairman Paul Roux fell after the vote.'), ['Shares of Lambert et Cie. Chairman Paul Roux fell after the vote.']);
  assert.deepEqual(sents('The grain trader Ortiz y Cia. Buenos Aires unit was sold.'), ['The grain trader Ortiz y Cia. Buenos Aires unit was sold.']);
  // a sentence opener after it still ends the sentence
  assert.deepEqual(sents('He joined Lambert et Cie. The firm grew.'), ['He joined Lambert et Cie.', 'The firm grew.']);
});

test('a short word the text writes elsewhere with its period before a lower-case word is an abbreviation there', () => {
  const text = 'Brandt Cie. said on Monday it would cut jobs. Analysts at Brandt Cie. Paris office expect more.';
  assert.deepEqual(sents(text), ['Brandt Cie. said on Monday it would cut jobs.', 'Analysts at Brandt Cie. Paris office expect more.']);
  // without such a sign, a name's last word before a capitalised word still ends the sentence
  assert.deepEqual(sents('The striker joined Roma. Coach Luca Bruni said so.'), ['The striker joined Roma.', 'Coach Luca Bruni said so.']);
});

test('a title\'s plural before names keeps its period inside the sentence', () => {
  assert.deepEqual(sents('The bill was drafted by Sens. Ann Ruiz and Tom Hale. It passed.'), ['The bill was drafted by Sens. Ann Ruiz and Tom Hale.', 'It passed.']);
  assert.deepEqual(sents('Aides to Reps. Joan Marsh and Ed Cole said so.'), ['Aides to Reps. Joan Marsh and Ed Cole said so.']);
});

test('a name before a period is no abbreviation because one capitalised or brand word follows it once, nor a word joined by "&"', () => {
  // "iPhone", "eBay": names written with a lower-case first letter are no sign the period abbreviates
  assert.deepEqual(sents('He bought an Xbox. iPhone sales fell. Later he sold the Xbox. Sony said nothing.'),
    ['He bought an Xbox.', 'iPhone sales fell.', 'Later he sold the Xbox.', 'Sony said nothing.']);
  assert.deepEqual(sents('She works at Uber. eBay said it would hire. She left Uber. Lyft hired her.'),
    ['She works at Uber.', 'eBay said it would hire.', 'She left Uber.', 'Lyft hired her.']);
  // a word of the language closing "X & Y." ends the sentence
  assert.deepEqual(sents('He loved Rock & Roll. Elvis was his hero.'), ['He loved Rock & Roll.', 'Elvis was his hero.']);
  // the listed and unlisted abbreviations keep their periods
  assert.deepEqual(sents('He joined Acme Inc. The firm grew.'), ['He joined Acme Inc.', 'The firm grew.']);
  assert.deepEqual(sents('He joined Lazard et Cie. The firm grew.'), ['He joined Lazard et Cie.', 'The firm grew.']);
  assert.deepEqual(sents('He served in the U.S. Army. The war ended.'), ['He served in the U.S. Army.', 'The war ended.']);
});

test('without WordNet a long lower-case word after "Cie." is still evidence that the period abbreviates', () => {
  const text = 'Brandt Cie. announced cuts on Monday. Analysts at Brandt Cie. Paris office expect more.';
  const raw = tokenize(text, detectLayout(text));
  const bounds = sentenceStarts(text, raw, null);
  const found = bounds.slice(0, -1).map((b, k) => text.slice(raw.starts[b], raw.ends[bounds[k + 1] - 1]));
  assert.deepEqual(found, ['Brandt Cie. announced cuts on Monday.', 'Analysts at Brandt Cie. Paris office expect more.']);
  // and the same split with WordNet, where it is installed
  assert.deepEqual(sents(text), found);
});

test('tokenised text: a listed title written apart from its stop does not end the sentence before a name', () => {
  assert.deepEqual(sents('The report was read out by Sgt . Ivo Marsh on Monday , " we are done , " said Capt . Lena Brook .'), [
    'The report was read out by Sgt . Ivo Marsh on Monday , " we are done , " said Capt . Lena Brook .',
  ]);
  // before a sentence opener the stop still ends it, as "Sgt." does
  assert.deepEqual(sents('The file went to the Gen . The rest stayed here .'), ['The file went to the Gen .', 'The rest stayed here .']);
});

test('tokenised text: a stop set apart after an initial, a listed abbreviation or a short number keeps the sentence going', () => {
  const text = 'Pia K . Lund , who grew up in the U . K . , flew home on Nov . 3 at 7 . 15 a . m . in a 2 . 5 ton plane , her sister \'s friends said .';
  assert.deepEqual(sents(text), [text]);
  // before a sentence opener the stop of an initial still ends it
  assert.deepEqual(sents('The cargo was shipped to the U . K . The crew went home , " we are tired , " they said .'), [
    'The cargo was shipped to the U . K .', 'The crew went home , " we are tired , " they said .',
  ]);
  // ordinary text is read as before
  assert.deepEqual(sents('The man was 43. 12 more came later.'), ['The man was 43.', '12 more came later.']);
});
