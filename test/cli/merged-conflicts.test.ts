// `events --merged` says where a merged event's reports disagree, as the web UI does: a conflicts
// column in the table and a conflicts list in --json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clusterConflicts, conflictsText } from '../../src/corpus/events/conflicts.js';
import type { EventRecord } from '../../src/types.js';
import { runCli, tempDir } from '../helpers.js';

function report(docId: string, killed: number, iso: string): { docId: string; data: EventRecord } {
  return {
    docId,
    data: {
      id: 'e1', type: 'attack', trigger: { start: 0, end: 6, text: 'attack' }, sentence: { start: 0, end: 40 },
      date: { iso, precision: 'day' }, place: null, actors: [], targets: [],
      counts: { killed: { value: killed, qualifier: 'exact' } }, status: 'asserted',
    },
  };
}

test('the reports of two articles that give different counts and days disagree on both', () => {
  const conflicts = clusterConflicts([report('a', 12, '2031-03-03'), report('b', 17, '2031-03-09'), undefined]);
  assert.deepEqual(conflicts.map((c) => c.field).sort(), ['date', 'killed']);
  assert.deepEqual(conflicts.find((c) => c.field === 'killed')!.values.map((v) => v.reports), [['a#e1'], ['b#e1']]);
  assert.equal(conflictsText(conflicts.filter((c) => c.field === 'killed')), 'killed: 12 or 17');
});

test('reports that agree, or come from one article, have no conflicts', () => {
  assert.equal(conflictsText(clusterConflicts([report('a', 12, '2031-03-03'), report('b', 12, '2031-03-03')])), '—');
  assert.deepEqual(clusterConflicts([report('a', 12, '2031-03-03'), { ...report('a', 17, '2031-03-09'), data: { ...report('a', 17, '2031-03-09').data, id: 'e2' } }]), []);
});

test('the merged table has a conflicts column and --json a conflicts list', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'in'), { recursive: true });
  writeFileSync(join(dir, 'in', 'a.txt'), 'Dock strike ends\n\nPolice arrested four dock workers in Gdansk on 3 May 2021.');
  const db = join(dir, 'c.db');
  assert.equal(runCli(['ingest', join(dir, 'in'), '--db', db]).status, 0);
  const table = runCli(['events', '--merged', '--db', db]);
  assert.equal(table.status, 0, table.stderr);
  assert.match(table.stdout.split('\n')[0], /\bsources\s+conflicts\s+evidence\b/);
  const json = JSON.parse(runCli(['events', '--merged', '--db', db, '--json']).stdout) as Array<{ conflicts: unknown[] }>;
  assert.ok(json.length > 0 && json.every((e) => Array.isArray(e.conflicts)));
});
