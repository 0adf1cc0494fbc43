// The event-trigger detector learns from TBAQ files in no gold set: its file list shares no file with
// any TBAQ gold (sets A–H and K–N, by their document keys only) and holds each file once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { projectPath } from '../../src/paths.js';
import type { AnchoredGoldFile } from '../../src/eval/lib/gold-anchored.js';

test('the event-trigger training list holds no gold set file', () => {
  const dir = projectPath('test', 'fixtures', 'heldout');
  const listed = readFileSync(projectPath('test', 'fixtures', 'heldout', 'event-trigger-train-files.txt'), 'utf8')
    .split('\n').map((l) => l.trim()).filter((l) => l !== '');
  assert.equal(new Set(listed).size, listed.length, 'each file once');
  assert.equal(listed.length, 67);
  const golds = readdirSync(dir).filter((f) => /^tbaq-set-[a-z]\.json$/.test(f));
  assert.ok(golds.includes('tbaq-set-k.json') && golds.includes('tbaq-set-l.json') && golds.includes('tbaq-set-m.json') && golds.includes('tbaq-set-n.json'));
  for (const gold of golds) {
    const keys = Object.keys((JSON.parse(readFileSync(projectPath('test', 'fixtures', 'heldout', gold), 'utf8')) as AnchoredGoldFile).documents);
    for (const key of keys) assert.ok(!listed.includes(key), `${key} of ${gold} is in the training list`);
  }
});
