import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';
import { alignTexts, derivedSpan } from '../../src/eval/lib/text-align.js';
import { sourceKind } from '../../src/eval/quote-speakers.js';

const TEXT = [
  'Harbour officials met on Tuesday to discuss the storm damage.',
  '',
  '"The crossing will reopen on Friday," said Marta Lindqvist, who runs the ferry company.',
  '',
  '"We expect long delays at first," she said.',
  '',
  '"Nobody told us anything about the timetable," Peter Osei complained.',
  '',
].join('\n');

/** A PolNeAR-layout folder: one article, three attributions (a name, a pronoun, and a name the quote's own speaker is not). */
function corpus(): string {
  const dir = tempDir('chronicle-quote-speakers-');
  mkdirSync(join(dir, 'text'));
  mkdirSync(join(dir, 'attributions'));
  writeFileSync(join(dir, 'text', 'harbour.txt'), TEXT);
  let t = 0;
  const span = (type: string, s: string) => {
    const i = TEXT.indexOf(s);
    return `T${++t}\t${type} ${i} ${i + s.length}\t${s}`;
  };
  const lines = [
    span('Source', 'Marta Lindqvist'), span('Cue', 'said'), span('Content', '"The crossing will reopen on Friday,"'),
    'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3',
    span('Source', 'she'), span('Cue', 'said'), span('Content', '"We expect long delays at first,"'),
    'E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6',
    span('Source', 'Harbour officials'), span('Cue', 'complained'), span('Content', '"Nobody told us anything about the timetable,"'),
    'E3\tAttribution:T8 Source:T7 Cue:T8 Content:T9',
    '',
  ];
  writeFileSync(join(dir, 'attributions', 'harbour_aa.ann'), lines.join('\n'));
  return dir;
}

interface Census {
  articles: number;
  directQuotes: number;
  named: { right: number; wrong: number; noSpeaker: number; total: number; accuracy: number };
  pronoun: Record<string, number>;
  cases?: Array<{ verdict: string; kind: string; gold: string; speaker: string | null }>;
}

test('sourceKind: a lone pronoun, a description without a capitalised word past its opener, else a name', () => {
  assert.equal(sourceKind('She'), 'pronoun');
  assert.equal(sourceKind('they'), 'pronoun');
  assert.equal(sourceKind('a spokesman for the ministry'), 'description');
  assert.equal(sourceKind('The committee chairman'), 'description');
  assert.equal(sourceKind('The Harbour Authority'), 'name');
  assert.equal(sourceKind('Peter Osei'), 'name');
});

test('alignTexts: offsets survive collapsed whitespace and a dropped paragraph', () => {
  const source = 'Menu  Home\n\nThe  council voted.\n\nIt   met again.';
  const derived = 'The council voted.\nIt met again.';
  const a = alignTexts(source, derived);
  const at = (s: string) => {
    const i = source.indexOf(s);
    const d = derivedSpan(a, i, i + s.length);
    return d ? derived.slice(d.start, d.end) : null;
  };
  assert.equal(at('council voted'), 'council voted');
  assert.equal(at('It   met'), 'It met');
  assert.equal(at('Menu'), null);
});

test('eval attribution --quote-speakers: named sources scored, pronouns apart, the misses listed', () => {
  const r = runCli(['eval', 'attribution', '--quote-speakers', '--corpus', corpus(), '--json', '--details']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { part: string; quoteSpeakers: Census };
  const c = out.quoteSpeakers;
  assert.equal(out.part, 'all');
  assert.equal(c.articles, 1);
  assert.equal(c.directQuotes, 3);
  // Marta Lindqvist right; Peter Osei is not the gold's "Harbour officials"
  assert.deepEqual({ right: c.named.right, wrong: c.named.wrong, total: c.named.total }, { right: 1, wrong: 1, total: 2 });
  assert.equal(c.named.accuracy, 0.5);
  assert.deepEqual(c.pronoun, { 'same source': 1 });
  assert.deepEqual(c.cases?.map((x) => [x.verdict, x.gold]), [['wrong', 'Harbour officials']]);
  const even = runCli(['eval', 'attribution', '--quote-speakers', '--part', 'odd', '--corpus', corpus(), '--json']);
  assert.equal(even.status, 0, even.stderr);
  assert.equal((JSON.parse(even.stdout) as { quoteSpeakers: Census }).quoteSpeakers.articles, 0);
  assert.notEqual(runCli(['eval', 'attribution', '--part', 'odd', '--corpus', corpus()]).status, 0);
});
