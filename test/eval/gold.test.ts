import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../../src/paths.js';
import { sharedDir, SHARED_MISSING } from '../helpers.js';
import { locate, sameDate, sameName, scoreDocument } from '../../src/eval/lib/gold-match.js';
import type { Analysis } from '../../src/types.js';

test('name matching tolerates descriptions, case and plurals, not different people', () => {
  assert.ok(sameName('Sergey Smirnov', 'Smirnov'));
  assert.ok(sameName('unnamed source in the Russian intelligence services', 'one of the sources in the Russian intelligence services'));
  assert.ok(sameName('officials in Tajikistan', 'Officials in Tajikistan'));
  assert.ok(!sameName('Sergey Smirnov', 'Alexander Bortnikov'));
  assert.ok(!sameName('Igor Krasnov', null));
});

test('dates: month-day gold matches any year, unknown must stay unknown', () => {
  assert.ok(sameDate('--10-11', '--10-11'));
  assert.ok(sameDate('--10-11', '2014-10-11'));
  assert.ok(sameDate('--12', '--12'));
  assert.ok(sameDate(null, null));
  assert.ok(!sameDate(null, '2017'));
  assert.ok(!sameDate('2008-09', '2008-12'));
});

test('locate finds gold evidence across changed whitespace', () => {
  assert.deepEqual(locate('a  b\nc d', 'b c'), { start: 3, end: 6 });
  assert.equal(locate('abc', 'zzz'), null);
});

test('scoring: overlap and type make a match; optional items count neither way', () => {
  const text = 'Police arrested ten men in Oslo. A bomb exploded.';
  const a = {
    doc: { text, meta: { published: { value: null, precision: 'none' } } },
    events: [
      { id: 'a', type: 'detention', trigger: { start: 7, end: 15, text: 'arrested' }, sentence: { start: 0, end: 32 }, date: null, place: { start: 27, end: 31, text: 'Oslo' }, actors: [], targets: [], counts: { detained: { value: 10, qualifier: 'exact' } }, status: 'reported' },
      { id: 'b', type: 'attack', trigger: { start: 35, end: 39, text: 'bomb' }, sentence: { start: 33, end: 49 }, date: null, place: null, actors: [], targets: [], counts: {}, status: 'reported' },
    ],
    figures: [{ start: 16, end: 19, text: 'ten', value: 10, qualifier: 'exact', what: 'men', sentence: { start: 0, end: 32 } }],
    quotes: [],
  } as unknown as Analysis;
  const s = scoreDocument(
    {
      events: [
        { id: 'arrest', type: 'arrest', date: null, place: 'Oslo', count: { value: 10, qualifier: 'exact' }, evidence: 'Police arrested ten men' },
        { id: 'x', type: 'attack', evidence: 'A bomb exploded', optional: true },
      ],
      figures: [{ what: 'men', value: 10, qualifier: 'exact', evidence: 'ten men' }],
      quotes: [],
    },
    a,
  );
  assert.deepEqual(s.events, { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(s.figures, { tp: 1, fp: 0, fn: 0 });
  assert.equal(s.attributes['event.place'].correct, 1);
  assert.equal(s.attributes['event.counts'].correct, 1);
});

test('seeds against the gold: thresholds of the facts issue', async (t) => {
  const shared = sharedDir();
  if (!shared) return t.skip(SHARED_MISSING);
  if (!existsSync(projectPath('models', 'ner.model.gz'))) return t.skip('the entity model (models/ner.model.gz) is not trained yet; skipping');
  const { analyseCorpus, scoreCorpus } = await import('../../src/eval/gold.js');
  const { loadGold } = await import('../../src/eval/lib/gold-format.js');
  const report = scoreCorpus(loadGold(join(shared, 'gold', 'seeds.json')), await analyseCorpus(join(shared, 'seeds')));
  for (const k of ['events', 'figures', 'quotes'] as const) {
    assert.ok(report[k].recall >= 0.95, `${k} recall ${report[k].recall}`);
    assert.ok(report[k].precision >= 0.8, `${k} precision ${report[k].precision}`);
  }
  for (const [k, v] of Object.entries(report.attributes)) assert.ok(v.accuracy >= 0.9, `${k} accuracy ${v.accuracy}`);
  assert.equal(report.boilerplateFacts, 0);
});
