import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';

/** Sentences of the form SOURCE CUE CONTENT, each written into a PolNeAR-layout article. */
const SENTENCES: Array<[string, string, string]> = [
  ['The ferry operator', 'said', 'that crossings would resume on Monday'],
  ['A lighthouse keeper', 'warned', 'that the fog was thickening'],
  ['The mayor', 'claimed', 'the budget was balanced'],
  ['Two fishermen', 'insisted', 'that the catch had been poor'],
  ['The harbour board', 'announced', 'new mooring fees'],
  ['She', 'added', 'that nobody had been hurt'],
  ['The coastguard', 'reported', 'that three boats were missing'],
  ['A council spokesman', 'denied', 'that the pier would close'],
];

function writeCorpus(dir: string): void {
  mkdirSync(join(dir, 'text'));
  mkdirSync(join(dir, 'attributions'));
  for (let a = 0; a < 4; a++) {
    let text = '';
    const ann: string[] = [];
    let t = 0;
    for (let k = 0; k < SENTENCES.length; k++) {
      const [source, cue, content] = SENTENCES[(k + a) % SENTENCES.length];
      const s = text.length;
      text += `${source} ${cue} ${content}. The tide was out.\n`;
      const c = s + source.length + 1;
      const b = c + cue.length + 1;
      ann.push(`T${++t}\tSource ${s} ${s + source.length}\t${source}`, `T${++t}\tCue ${c} ${c + cue.length}\t${cue}`, `T${++t}\tContent ${b} ${b + content.length}\t${content}`);
      ann.push(`E${k + 1}\tAttribution:T${t - 1} Content:T${t} Cue:T${t - 1} Source:T${t - 2}`);
    }
    writeFileSync(join(dir, 'text', `harbour_${a}.txt`), text);
    writeFileSync(join(dir, 'attributions', `harbour_${a}_a1.ann`), ann.join('\n') + '\n');
  }
}

test('train attribution: the dev figures stored in the model are those eval attribution gives the written model', () => {
  const dir = tempDir();
  writeCorpus(dir);
  const out = join(tempDir(), 'attribution.bin.gz');
  // a high --min-weight drops rows the tagger used in training, so the written model differs from the trained one
  const train = runCli(['train', 'attribution', '--train', dir, '--dev', dir, '--out', out, '--no-syntax', '--epochs', '2', '--min-weight', '2']);
  assert.equal(train.status, 0, train.stderr);
  const run = runCli(['eval', 'attribution', '--corpus', dir, '--model', out, '--json']);
  assert.equal(run.status, 0, run.stderr);
  const r = JSON.parse(run.stdout) as { exact: Record<'source' | 'cue' | 'content', { f1: number }>; model: Record<string, number> };
  assert.equal(r.model.devSourceF1, r.exact.source.f1);
  assert.equal(r.model.devCueF1, r.exact.cue.f1);
  assert.equal(r.model.devContentF1, r.exact.content.f1);
});

test('train attribution: the role tagger learns from predicted cue masks unless --gold-cue-masks, and the model says which', () => {
  const dir = tempDir();
  writeCorpus(dir);
  for (const [flags, predicted] of [[[], true], [['--gold-cue-masks'], false]] as const) {
    const out = join(tempDir(), 'attribution.bin.gz');
    const train = runCli(['train', 'attribution', '--train', dir, '--dev', dir, '--out', out, '--no-syntax', '--epochs', '2', ...flags]);
    assert.equal(train.status, 0, train.stderr);
    assert.equal(train.stderr.includes('cue masks predicted'), predicted);
    const run = runCli(['eval', 'attribution', '--corpus', dir, '--model', out, '--json']);
    assert.equal(run.status, 0, run.stderr);
    const r = JSON.parse(run.stdout) as { exact: Record<'source' | 'cue' | 'content', { f1: number }>; model: Record<string, unknown> };
    assert.equal(r.model.predictedCueMasks, predicted);
    // four articles repeating eight sentences: either way the taggers learn them
    assert.ok(r.exact.cue.f1 > 0.9, JSON.stringify(r.exact));
  }
});

test('train attribution --cue-candidates: the candidate classifier is trained, and kept only when it helps on held-out train', () => {
  const dir = tempDir();
  writeCorpus(dir);
  const out = join(tempDir(), 'attribution.bin.gz');
  const train = runCli(['train', 'attribution', '--train', dir, '--dev', dir, '--out', out, '--epochs', '2', '--cue-candidates']);
  assert.equal(train.status, 0, train.stderr);
  if (train.stderr.includes('no dependency parse')) return;
  const kept = train.stderr.includes('cue candidates: taken above');
  assert.ok(kept || train.stderr.includes('cue candidates: none raises'), train.stderr);
  const run = runCli(['eval', 'attribution', '--corpus', dir, '--model', out, '--json']);
  assert.equal(run.status, 0, run.stderr);
  const r = JSON.parse(run.stdout) as { model: Record<string, unknown> };
  assert.equal(r.model.cueCandidates, kept);
});
