import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';

const TEXT = 'The ferry operator said the crossing would resume on Friday.\nPassengers were told to check the timetable.\n';

/** A PolNeAR-layout folder with one article and its annotation (one attribution). */
function corpus(): string {
  const dir = tempDir('chronicle-attr-eval-');
  mkdirSync(join(dir, 'text'));
  mkdirSync(join(dir, 'attributions'));
  writeFileSync(join(dir, 'text', 'ferry.txt'), TEXT);
  const span = (s: string) => {
    const i = TEXT.indexOf(s);
    return `${i} ${i + s.length}\t${s}`;
  };
  writeFileSync(
    join(dir, 'attributions', 'ferry_aa.ann'),
    [
      `T1\tSource ${span('The ferry operator')}`,
      `T2\tCue ${span('said')}`,
      `T3\tContent ${span('the crossing would resume on Friday')}`,
      'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3',
      '',
    ].join('\n'),
  );
  return dir;
}

interface Prf {
  f1: number;
  tp: number;
}
type Roles = Record<'source' | 'cue' | 'content', Prf>;
interface Figures {
  exact: Roles;
  overlap: Roles;
  relation: Prf;
}
interface EvalOutput extends Figures {
  articles: number;
  goldRelations: number;
  quoted: Figures;
  speed: Record<string, unknown> & { timedPasses: number; articlesPerCpuSecond: number; articlesPerCpuSecondRange: number[] };
}

test('eval attribution: exact and overlap figures per role, relations, quoted contents and the speed of the timed passes', () => {
  const r = runCli(['eval', 'attribution', '--corpus', corpus(), '--json']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as EvalOutput;
  assert.equal(out.articles, 1);
  assert.equal(out.goldRelations, 1);
  for (const kind of ['exact', 'overlap'] as const) for (const role of ['source', 'cue', 'content'] as const) assert.equal(typeof out[kind][role].f1, 'number', `${kind} ${role}`);
  // the plain "said" of the first sentence is found, with its subject
  assert.equal(out.exact.cue.tp, 1);
  assert.equal(out.exact.source.tp, 1);
  assert.equal(typeof out.relation.f1, 'number');
  assert.equal(out.quoted.exact.content.tp, 0);
  for (const key of ['articlesPerSecond', 'tokensPerSecond', 'articlesPerCpuSecond', 'tokensPerArticle']) assert.equal(typeof out.speed[key], 'number', key);
  // the median of several timed passes, not one
  assert.ok(out.speed.timedPasses >= 3, `${out.speed.timedPasses} timed passes`);
  const [slowest, fastest] = out.speed.articlesPerCpuSecondRange;
  assert.ok(slowest <= out.speed.articlesPerCpuSecond && out.speed.articlesPerCpuSecond <= fastest, JSON.stringify(out.speed));
});
