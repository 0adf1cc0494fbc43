// Property test on real noisy articles: offsets are exact, tokens ordered and
// disjoint, sentences trimmed and consistent with their tokens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segment } from '../../../src/pipeline/segment/index.js';
import { SHARED_MISSING, sharedDir } from '../../helpers.js';

function checkInvariants(name: string, text: string): void {
  const seg = segment(text);
  const { tokens, sentences, sentenceTokenStart } = seg;
  assert.equal(sentenceTokenStart.length, sentences.length + 1, name);
  assert.equal(sentenceTokenStart[sentences.length], tokens.length, name);
  let prevEnd = 0;
  let covered = 0;
  for (const t of tokens) {
    assert.equal(t.text, text.slice(t.start, t.end), `${name}: token text differs from its span at ${t.start}`);
    assert.ok(t.end > t.start, `${name}: empty token at ${t.start}`);
    assert.ok(t.start >= prevEnd, `${name}: tokens overlap at ${t.start}`);
    assert.ok(!/\s/.test(t.text), `${name}: token with whitespace ${JSON.stringify(t.text)}`);
    prevEnd = t.end;
    covered += t.end - t.start;
  }
  // Everything that is not whitespace is in some token.
  assert.equal(covered, text.replace(/[\s\u200b\u200e\u200f\u2060\ufeff]/g, '').length, `${name}: characters lost`);
  sentences.forEach((s, i) => {
    const from = sentenceTokenStart[i];
    const to = sentenceTokenStart[i + 1];
    assert.ok(to > from, `${name}: empty sentence ${i}`);
    assert.equal(s.start, tokens[from].start);
    assert.equal(s.end, tokens[to - 1].end);
    const body = text.slice(s.start, s.end);
    assert.equal(body, body.trim(), `${name}: sentence ${i} has outer whitespace`);
    for (let t = from; t < to; t++) assert.equal(tokens[t].sentence, i);
  });
}

test('invariants hold on the seed articles', (t) => {
  const shared = sharedDir();
  if (!shared) return t.skip(SHARED_MISSING);
  const dir = join(shared, 'seeds');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  assert.ok(files.length > 0);
  for (const f of files) checkInvariants(f, readFileSync(join(dir, f), 'utf8'));
});

test('invariants hold on own fixtures and odd inputs', () => {
  for (const f of readdirSync('test/fixtures/segment')) checkInvariants(f, readFileSync(join('test/fixtures/segment', f), 'utf8'));
  const odd = [
    "'", '...', '\u00ad', 'a\r\nb\r\n\r\nc', '😀😀', '\ud800x', 'x\udc00', "n't", "'s", 'U.S.', 'http://', 'www.', '@', '#1', 'a@b', '1.', '-', 'x-', '-x', 'St.', "rock'n'roll", 'e.g.', 'O\'', '”.', '.”', '\u2028',
  ];
  for (const s of odd) checkInvariants(JSON.stringify(s), s);
});
