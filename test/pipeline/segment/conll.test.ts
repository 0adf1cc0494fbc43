// Agreement with CoNLL-2003 tokenization: each training sentence is
// detokenized with simple spacing rules and must come back token for token.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segment } from '../../../src/pipeline/segment/index.js';
import { SHARED_MISSING, sharedDir } from '../../helpers.js';

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%', "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", '...']);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$']);

function detokenize(tokens: string[]): string {
  let text = '';
  let inQuote = false;
  let prev: string | null = null;
  for (const t of tokens) {
    let space = prev !== null && !NO_SPACE_BEFORE.has(t) && !NO_SPACE_AFTER.has(prev);
    if (t === '"') {
      if (inQuote) space = false;
      inQuote = !inQuote;
    } else if (prev === '"' && inQuote) space = false;
    text += (space ? ' ' : '') + t;
    prev = t;
  }
  return text;
}

test('reproduces CoNLL-2003 tokens on at least 98% of training sentences', (t) => {
  const shared = sharedDir();
  const file = shared && join(shared, 'data', 'conll2003', 'train.txt');
  if (!file || !existsSync(file)) return t.skip(SHARED_MISSING);
  const sentences: string[][] = [];
  let current: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('-DOCSTART-')) {
      if (current.length) sentences.push(current);
      current = [];
    } else current.push(line.slice(0, line.indexOf(' ')));
  }
  let agree = 0;
  for (const gold of sentences) {
    const got = segment(detokenize(gold)).tokens;
    if (got.length === gold.length && got.every((tok, i) => tok.text === gold[i])) agree++;
  }
  const rate = agree / sentences.length;
  assert.ok(sentences.length > 10000);
  assert.ok(rate >= 0.98, `agreement ${rate.toFixed(4)}`);
});
