import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';

/** Lines "CONTENT, SOURCE CUE." (the content first, unlike the other trainer tests), and a line with no attribution. */
const LINES: Array<[string, string, string]> = [
  ['The pass is closed above the hut', 'the guide', 'radioed'],
  ['Two climbers are overdue', 'a ranger', 'said'],
  ['The snow bridge will not hold', 'the warden', 'cautioned'],
  ['Nobody should cross the glacier today', 'the rescue team', 'advised'],
  ['The cable car runs again on Friday', 'the operator', 'announced'],
  ['The cairns were moved in the storm', 'a shepherd', 'reported'],
];

function writeCorpus(dir: string, articles: number, shift: number): void {
  mkdirSync(join(dir, 'text'));
  mkdirSync(join(dir, 'attributions'));
  for (let a = 0; a < articles; a++) {
    let text = '';
    const ann: string[] = [];
    let t = 0;
    for (let k = 0; k < LINES.length; k++) {
      const [content, source, cue] = LINES[(k + a + shift) % LINES.length];
      const c = text.length;
      const s = c + content.length + 2;
      const q = s + source.length + 1;
      text += `${content}, ${source} ${cue}. The valley was quiet.\n`;
      ann.push(`T${++t}\tContent ${c} ${c + content.length}\t${content}`, `T${++t}\tSource ${s} ${s + source.length}\t${source}`, `T${++t}\tCue ${q} ${q + cue.length}\t${cue}`);
      ann.push(`E${k + 1}\tAttribution:T${t} Content:T${t - 2} Cue:T${t} Source:T${t - 1}`);
    }
    writeFileSync(join(dir, 'text', `valley_${a}.txt`), text);
    writeFileSync(join(dir, 'attributions', `valley_${a}_a1.ann`), ann.join('\n') + '\n');
  }
}

function train(trainDir: string, devDir: string, extra: string[] = []): { out: string; stderr: string } {
  const out = join(tempDir(), 'attribution.bin.gz');
  const r = runCli(['train', 'attribution', '--train', trainDir, '--dev', devDir, '--out', out, '--no-syntax', '--epochs', '3', ...extra]);
  assert.equal(r.status, 0, r.stderr);
  return { out, stderr: r.stderr };
}

function modelInfo(out: string, corpus: string): Record<string, unknown> {
  const run = runCli(['eval', 'attribution', '--corpus', corpus, '--model', out, '--json']);
  assert.equal(run.status, 0, run.stderr);
  return (JSON.parse(run.stdout) as { model: Record<string, unknown> }).model;
}

test('train attribution --train-cv: epochs and cue bias are chosen on train alone, so another --dev changes none of them', () => {
  const trainDir = tempDir();
  writeCorpus(trainDir, 6, 0);
  const devA = tempDir();
  writeCorpus(devA, 2, 1);
  // a dev set with every attribution dropped: choosing on it would prefer other settings
  const devB = tempDir();
  writeCorpus(devB, 2, 2);
  for (const f of ['valley_0_a1.ann', 'valley_1_a1.ann']) writeFileSync(join(devB, 'attributions', f), '');
  const a = train(trainDir, devA, ['--train-cv']);
  const b = train(trainDir, devB, ['--train-cv']);
  assert.match(a.stderr, /train-CV cue F1/);
  assert.doesNotMatch(a.stderr, /dev cue F1 0\./);
  const ia = modelInfo(a.out, trainDir);
  const ib = modelInfo(b.out, trainDir);
  assert.equal(ia.chosenOn, 'train-cv');
  for (const k of ['cueEpoch', 'roleEpoch', 'cueBias']) assert.equal(ia[k], ib[k], k);
});

test('train attribution --train-cv: the same command writes the same bytes', () => {
  const trainDir = tempDir();
  writeCorpus(trainDir, 6, 3);
  const a = train(trainDir, trainDir, ['--train-cv']);
  const b = train(trainDir, trainDir, ['--train-cv']);
  assert.ok(readFileSync(a.out).equals(readFileSync(b.out)));
});
