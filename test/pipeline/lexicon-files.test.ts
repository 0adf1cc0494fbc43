// The lexicons under data/ share one reader: comment lines start with "#", a "#" elsewhere is a word, and a
// bad line names its file and line. Lines written for this test.
import test from 'node:test';
import assert from 'node:assert/strict';
import { dataNumberTable, dataWordList, lexiconLines, parseNumberTable } from '../../src/pipeline/lexicon-files.js';

test('comment and blank lines are dropped; the rest keep their line numbers and trimmed cells', () => {
  const lines = lexiconLines('# what this file holds\n\nrally\tprotest \n  # an indented comment\nflight # gate\n');
  assert.deepEqual(lines, [
    { line: 3, cells: ['rally', 'protest'] },
    { line: 5, cells: ['flight # gate'] },
  ]);
});

test('a number table reads words and values, and a bad line is an error naming the file and line', () => {
  assert.deepEqual([...parseNumberTable('# word<TAB>value\nscore\t20\ngross\t144', 'counts.tsv')], [['score', 20], ['gross', 144]]);
  assert.throws(() => parseNumberTable('score\t20\ngross\tmany', 'counts.tsv'), /counts\.tsv:2: expected a word and a number/);
  assert.throws(() => parseNumberTable('score 20', 'counts.tsv'), /counts\.tsv:1:/);
});

test('the shipped word lists and number tables load from data/', () => {
  assert.ok(dataWordList('words', 'speech-verbs.txt').includes('said'));
  assert.ok(dataWordList('words', 'identifier-before.txt').includes('#'));
  assert.equal(dataNumberTable('number-multipliers.tsv').get('million'), 1e6);
});
