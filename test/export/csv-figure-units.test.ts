// The figures CSV carried a figure's value without its unit: 12 million euros and 300 kg were
// 12000000 and 300. Its unit and change (up, down, none) are now the last two columns, after
// every earlier one, so readers of the columns by position are not broken.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cliCsvOfArticle } from './helpers.js';
import { runCli } from '../helpers.js';

test('the figures CSV gives each figure its unit and change, in columns after the earlier ones', () => {
  const [header, ...rows] = cliCsvOfArticle('cheese-deal.txt', 'Dairy sells cheese abroad\n\nThe dairy cooperative sold 450 kg of cheese to a buyer in Riga for 9 million euros, its chairman said.\n', 'figures');
  // the earlier columns in place (the source's words, entity and span came after them)
  assert.deepEqual(header.slice(0, 13), ['doc', 'value', 'qualifier', 'what', 'source', 'evidence', 'start', 'end', 'text', 'vague_words', 'unit', 'change', 'qualifier_words']);
  const byText = new Map(rows.map((r) => [r[header.indexOf('text')], r]));
  assert.deepEqual(['value', 'unit', 'change'].map((c) => byText.get('450 kg')?.[header.indexOf(c)]), ['450', 'kg', 'none'], JSON.stringify(rows));
  assert.deepEqual(['value', 'unit', 'change'].map((c) => byText.get('9 million euros')?.[header.indexOf(c)]), ['9000000', 'EUR', 'none'], JSON.stringify(rows));
});

test('export --help lists the figures CSV columns that carry the unit', () => {
  assert.match(runCli(['export', '--help']).stdout, /figures: doc, value, .*vague_words,\s+unit \(.*\) and change \(up,\s+down,\s+none\)/s);
});
