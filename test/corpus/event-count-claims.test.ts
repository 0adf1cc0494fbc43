// Counts of one merged event from two reports are a claim group of their own: the figures each
// report gives, side by side with who gives them, though no nationality or setting keys them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventRecord } from '../../src/types.js';
import type { ClaimInput } from '../../src/corpus/claims/group.js';
import { reportFamilies } from '../../src/corpus/claims/group.js';
import { eventCountGroups } from '../../src/corpus/claims/event-counts.js';
import { runCli, tempDir } from '../helpers.js';

function event(id: string, sentence: [number, number], counts: EventRecord['counts']): EventRecord {
  return {
    id, type: 'attack', trigger: { start: sentence[0], end: sentence[0] + 4, text: 'blast' }, sentence: { start: sentence[0], end: sentence[1] },
    date: null, place: null, actors: [], targets: [], counts, status: 'asserted',
  };
}

function figure(docId: string, start: number, value: number, qualifier: ClaimInput['qualifier'], source: string | null): ClaimInput {
  return { docId, start, end: start + 2, value, qualifier, what: 'people', source, evidence: String(value) };
}

test('two reports of one event with different tolls: one disputed group, each figure with its source', () => {
  const clusters = [{ id: 'evt_x', type: 'attack', events: [
    { docId: 'a', data: event('e1', [0, 80], { killed: { value: 9, qualifier: 'at_least' } }) },
    { docId: 'b', data: event('e4', [100, 180], { killed: { value: 14, qualifier: 'exact' }, injured: { value: 30, qualifier: 'about' } }) },
  ] }];
  const figures = [
    figure('a', 40, 9, 'at_least', 'the mayor'),
    figure('a', 300, 9, 'exact', null), // same value, another sentence: not this event's count
    figure('b', 120, 14, 'exact', 'rescue workers'),
    figure('b', 150, 30, 'about', 'rescue workers'),
  ];
  const groups = eventCountGroups(clusters, figures);
  assert.equal(groups.length, 1, 'injured: only one report gives it');
  const [g] = groups;
  assert.equal(g.disputed, true);
  assert.deepEqual(g.claims.map((c) => [c.docId, c.start, c.source]), [['a', 40, 'the mayor'], ['b', 120, 'rescue workers']]);
  assert.match(g.quantity, /^killed in the attack/);
});

test('agreeing reports group without dispute; one story copied on two sites is no comparison', () => {
  const clusters = [{ id: 'evt_y', type: 'attack', events: [
    { docId: 'a', data: event('e1', [0, 80], { killed: { value: 5, qualifier: 'exact' } }) },
    { docId: 'copy', data: event('e1', [0, 80], { killed: { value: 6, qualifier: 'exact' } }) },
  ] }];
  const figures = [figure('a', 10, 5, 'exact', 'police'), figure('copy', 10, 6, 'exact', 'police')];
  assert.deepEqual(eventCountGroups(clusters, figures, reportFamilies([['a', 'copy']])), []);
  const same = [{ id: 'evt_z', type: 'attack', events: [
    { docId: 'a', data: event('e1', [0, 80], { killed: { value: 5, qualifier: 'exact' } }) },
    { docId: 'c', data: event('e2', [0, 80], { killed: { value: 5, qualifier: 'exact' } }) },
  ] }];
  const agreeing = eventCountGroups(same, [figure('a', 10, 5, 'exact', 'police'), figure('c', 10, 5, 'exact', 'a hospital')]);
  assert.equal(agreeing.length, 1);
  assert.equal(agreeing[0].disputed, false);
});

test('claims lists the toll of an event two outlets count differently', () => {
  const dir = tempDir();
  const folder = join(dir, 'in');
  mkdirSync(folder);
  writeFileSync(join(folder, 'valley-echo.txt'), 'Fuel depot blast in Tarnow kills eight\n\nTARNOW, Poland, May 3, 2029 (Valley Echo) - An explosion tore through a fuel depot in Tarnow on Thursday, killing eight workers, the regional fire service said.\n\nFirefighters fought the blaze through the night.\n');
  writeFileSync(join(folder, 'plains-courier.txt'), 'Tarnow depot explosion toll rises\n\nTARNOW, Poland, May 4, 2029 (Plains Courier) - Eleven workers were killed when an explosion tore through a fuel depot in Tarnow on Thursday, hospital officials said.\n\nThe cause of the blast is not yet known.\n');
  const db = join(dir, 'db.db');
  assert.equal(runCli(['ingest', folder, '--db', db]).status, 0);
  const run = runCli(['claims', '--json', '--db', db]);
  assert.equal(run.status, 0, run.stderr);
  const groups = JSON.parse(run.stdout) as Array<{ quantity: string; relation: string; claims: Array<{ value: number; source: string | null }> }>;
  const toll = groups.find((g) => /^killed in the /.test(g.quantity));
  assert.ok(toll, `a group for the toll: ${run.stdout.slice(0, 400)}`);
  // the later report gives the higher toll: an update over time, each figure with who gives it
  assert.deepEqual(toll.claims.map((c) => [c.value, c.source]), [[8, 'regional fire service'], [11, 'hospital officials']]);
  assert.equal(toll.relation, 'update');
});

test('two counts of one value in one sentence each take their own figure, one that counts people first', () => {
  const clusters = [{ id: 'evt_v', type: 'attack', events: [
    { docId: 'a', data: event('e1', [0, 120], { killed: { value: 8, qualifier: 'exact' }, injured: { value: 8, qualifier: 'exact' } }) },
    { docId: 'b', data: event('e2', [0, 120], { killed: { value: 12, qualifier: 'exact' }, injured: { value: 20, qualifier: 'exact' } }) },
  ] }];
  const figures: ClaimInput[] = [
    { ...figure('a', 5, 8, 'exact', 'firefighters'), what: 'separate fires' }, // not people
    { ...figure('a', 30, 8, 'exact', 'firefighters'), what: 'workers' },
    { ...figure('a', 60, 8, 'exact', 'firefighters'), what: 'others' },
    figure('b', 10, 12, 'exact', 'a hospital'),
    figure('b', 40, 20, 'exact', 'a hospital'),
  ];
  const groups = eventCountGroups(clusters, figures);
  const of = (q: string) => groups.find((g) => g.quantity.startsWith(q))!.claims.find((c) => c.docId === 'a')!.start;
  assert.equal(of('killed'), 30);
  assert.equal(of('injured'), 60);
});
