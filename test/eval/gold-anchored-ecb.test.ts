// Anchored golds over ECB+ XML ("anchoredTo": "ecbplus"): offsets point into the text the
// event-coreference eval makes of the tokens (ecb/text.ts), on a small fixture of our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { projectPath } from '../../src/paths.js';
import { runCli, sharedDir, SHARED_MISSING, tempDir } from '../helpers.js';
import { checkAnchoredGold, readListed, resolveAnchors, type AnchoredGoldFile } from '../../src/eval/lib/gold-anchored.js';

const KEY = 'topics/4/4_1ecbplus.xml';

/** A corpus folder shaped like ECB+ (topics/N/*.xml) holding the fixture. */
function corpus(t: { after: (fn: () => void) => void }): string {
  const dir = tempDir('chronicle-anchored-ecb-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(projectPath('test', 'fixtures', 'ecb-anchored'), dir, { recursive: true });
  return dir;
}

const gold = (documents: AnchoredGoldFile['documents']): AnchoredGoldFile => ({ anchoredTo: 'ecbplus', documents });

test('an ECB+ document reads as its tokens, a blank line between sentences, quotes and entities plain', async (t) => {
  const raws = await readListed(gold({ [KEY]: {} }), corpus(t));
  const text = raws.get(KEY)?.content ?? '';
  const lines = text.split('\n\n');
  assert.equal(lines.length, 5, 'one paragraph per sentence, the URL line included');
  assert.equal(lines[0], 'http : / / example . org / mill - fire');
  assert.equal(lines[3], '" We lost the roof within an hour , " said Chief Morag Dunn of Ravelston Fire & Rescue .');
  assert.equal(raws.get(KEY)?.format, 'text');
});

test('offsets into an ECB+ document become the strings they cover', async (t) => {
  const g = gold({
    [KEY]: {
      events: [
        { id: 'other1', type: 'other', evidence: { start: 72, end: 168 } },
        { id: 'arrest1', type: 'arrest', evidence: { start: 260, end: 314 } },
      ],
      quotes: [{ speaker: 'Morag Dunn', kind: 'direct', text: { start: 172, end: 205 } }],
    },
  });
  const raws = await readListed(g, corpus(t));
  const doc = resolveAnchors(g, new Map([...raws].map(([k, r]) => [k, r.content]))).documents[KEY];
  assert.equal(doc.events?.[0].evidence, "A fire destroyed the old flour mill in Ravelston on Friday night , the town 's fire chief said .");
  assert.equal(doc.events?.[1].evidence, 'Police arrested a teenager near the mill on Saturday .');
  assert.equal(doc.quotes?.[0].text, 'We lost the roof within an hour ,');
});

test('an ecbplus gold lists .xml files only', () => {
  assert.throws(() => checkAnchoredGold(gold({ 'TimeBank/wsj_0505.tml': {} })), /anchored to ecbplus, which reads \.xml files/);
  assert.doesNotThrow(() => checkAnchoredGold(gold({ [KEY]: {} })));
});

test('eval gold scores an ecbplus gold over the files it lists', (t) => {
  const dir = corpus(t);
  const file = join(dir, 'gold.json');
  const quote = { speaker: 'Morag Dunn', kind: 'direct' as const, text: { start: 172, end: 205 } };
  writeFileSync(file, JSON.stringify(gold({ [KEY]: { events: [{ id: 'arrest1', type: 'arrest', evidence: { start: 260, end: 314 } }], quotes: [quote] } })));
  const r = runCli(['eval', 'gold', '--gold', file, '--corpus', dir, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { documents: number; missingDocuments: string[]; events: { tp: number; fn: number }; quotes: { tp: number; fn: number } };
  assert.equal(report.documents, 1);
  assert.deepEqual(report.missingDocuments, []);
  assert.equal(report.events.tp + report.events.fn, 1, 'the one gold event is scored');
  assert.equal(report.quotes.tp + report.quotes.fn, 1, 'the one gold quote is scored');
});

// documents: how many texts the set keys (16, but set AM's draw found only 10 train topics left)
for (const { label, file, documents = 16 } of [
  { label: 'set I', file: 'ecb-set-i.json' },
  { label: 'set J', file: 'ecb-set-j.json' },
  { label: 'set O', file: 'ecb-set-o.json' },
  { label: 'set P', file: 'ecb-set-p.json' },
  { label: 'set Q', file: 'ecb-set-q.json' },
  { label: 'set R', file: 'ecb-set-r.json' },
  { label: 'set S', file: 'ecb-set-s.json' },
  { label: 'set T', file: 'ecb-set-t.json' },
  { label: 'set U', file: 'ecb-set-u.json' },
  { label: 'set V', file: 'ecb-set-v.json' },
  { label: 'set W', file: 'ecb-set-w.json' },
  { label: 'set X', file: 'ecb-set-x.json' },
  { label: 'set Y', file: 'ecb-set-y.json' },
  { label: 'set Z', file: 'ecb-set-z.json' },
  { label: 'set AA', file: 'ecb-set-aa.json' },
  { label: 'set AB', file: 'ecb-set-ab.json' },
  { label: 'set AC', file: 'ecb-set-ac.json' },
  { label: 'set AD', file: 'ecb-set-ad.json' },
  { label: 'set AE', file: 'ecb-set-ae.json' },
  { label: 'set AF', file: 'ecb-set-af.json' },
  { label: 'set AG', file: 'ecb-set-ag.json' },
  { label: 'set AH', file: 'ecb-set-ah.json' },
  { label: 'set AI', file: 'ecb-set-ai.json' },
  { label: 'set AJ', file: 'ecb-set-aj.json' },
  { label: 'set AK', file: 'ecb-set-ak.json' },
  { label: 'set AL', file: 'ecb-set-al.json' },
  { label: 'set AM', file: 'ecb-set-am.json', documents: 10 },
  { label: 'set AN', file: 'ecb-set-an.json' },
  { label: 'set AO', file: 'ecb-set-ao.json' },
  { label: 'set AP', file: 'ecb-set-ap.json' },
  { label: 'set AQ', file: 'ecb-set-aq.json' },
  { label: 'set AR', file: 'ecb-set-ar.json', documents: 14 },
  { label: 'set AS', file: 'ecb-set-as.json', documents: 12 },
  { label: 'set AT', file: 'ecb-set-at.json', documents: 9 },
]) {
  test(`${label} (${file}) resolves completely against ../shared/data/ecbplus: whole sentences, quotes inside their marks`, async (t) => {
    const shared = sharedDir();
    const corpusDir = shared ? join(shared, 'data', 'ecbplus') : null;
    if (!corpusDir || !existsSync(corpusDir)) return t.skip(SHARED_MISSING);
    const g = JSON.parse(readFileSync(projectPath('test', 'fixtures', 'heldout', file), 'utf8')) as AnchoredGoldFile;
    assert.equal(g.anchoredTo, 'ecbplus');
    const raws = await readListed(g, corpusDir);
    const texts = new Map([...raws].map(([k, r]) => [k, r.content]));
    const plain = resolveAnchors(g, texts);
    assert.equal(Object.keys(plain.documents).length, documents);
    for (const [key, d] of Object.entries(plain.documents)) {
      const text = texts.get(key) ?? '';
      for (const e of d.events ?? []) {
        // evidence is one whole sentence: a paragraph of the text, no blank line inside
        assert.ok(!e.evidence.includes('\n'), `${key} ${e.id}: one sentence`);
        const at = text.indexOf(e.evidence);
        assert.ok(at === 0 || text.slice(at - 2, at) === '\n\n', `${key} ${e.id}: starts a sentence`);
      }
      for (const q of d.quotes ?? []) assert.match(q.text, /^[^\s"].*[^\s"]$/s, `${key} quote of ${q.speaker}: inside its marks`);
    }
  });
}

test('scripts/ecb-set-draw.mjs draws set I (train, seed 26), set J (dev, seed 27), set O (train, seed 32, set I excluded), set P (train, seed 33, sets I and O excluded), set Q (train, seed 34, sets I, O and P excluded), set R (train, seed 35, sets I, O, P and Q excluded), set S (train, seed 36, sets I, O, P, Q and R excluded), set T (train, seed 37, sets I, O, P, Q, R and S excluded), set U (train, seed 38, sets I, O, P, Q, R, S and T excluded), set V (train, seed 39, sets I, O, P, Q, R, S, T and U excluded), set W (train, seed 40, sets I, O, P, Q, R, S, T, U and V excluded), set X (train, seed 41, sets I and O to W excluded), set Y (train, seed 42, sets I and O to X excluded), set Z (train, seed 43, sets I and O to Y excluded), set AA (train, seed 44, sets I and O to Z excluded), set AB (train, seed 45, sets I and O to AA excluded), set AC (train, seed 46, sets I and O to AB excluded), set AD (train, seed 47, sets I and O to AC excluded), set AE (train, seed 48, sets I and O to AD excluded), set AF (train, seed 49, sets I and O to AE excluded), set AG (train, seed 50, sets I and O to AF excluded), set AH (train, seed 51, sets I and O to AG excluded), set AI (train, seed 52, sets I and O to AH excluded), set AJ (train, seed 53, sets I and O to AI excluded), set AK (train, seed 54, sets I and O to AJ excluded), set AL (train, seed 55, sets I and O to AK excluded), set AM (train, seed 56, sets I and O to AL excluded; only 10 train topics still hold an undrawn text of 150 tokens) set AN (dev, seed 57, sets I, J and O to AM excluded), set AO (dev, seed 58, sets I, J and O to AN excluded), set AP (dev, seed 59, sets I, J and O to AO excluded), set AQ (dev, seed 60, sets I, J and O to AP excluded), set AR (dev, seed 61, sets I, J and O to AQ excluded; 14 texts: topic 23 has no undrawn text of 150 tokens left, topic 5 none in its ecbplus sub-topic) and set AT (train, seed 62, sets I, J and O to AR excluded; 9 texts: only 9 train topics still hold an undrawn text of 150 tokens) again, file for file', (t) => {
  const shared = sharedDir();
  const corpusDir = shared ? join(shared, 'data', 'ecbplus') : null;
  if (!corpusDir || !existsSync(corpusDir)) return t.skip(SHARED_MISSING);
  const draw = (...args: string[]): string[] => {
    const r = spawnSync(process.execPath, [projectPath('scripts', 'ecb-set-draw.mjs'), corpusDir, ...args], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout.trim().split('\n');
  };
  const keys = (file: string): string[] =>
    Object.keys((JSON.parse(readFileSync(projectPath('test', 'fixtures', 'heldout', file), 'utf8')) as AnchoredGoldFile).documents);
  assert.deepEqual(draw(), keys('ecb-set-i.json'), 'the default split is train, seed 26');
  const j = draw('--split', 'dev', '--seed', '27');
  assert.deepEqual(j, keys('ecb-set-j.json'));
  // two texts per dev topic, one per sub-topic where it has one long enough (topic 23's ECB texts are all short)
  const perTopic = new Map<string, string[]>();
  for (const k of j) perTopic.set(k.split('/')[1], [...(perTopic.get(k.split('/')[1]) ?? []), k]);
  assert.deepEqual([...perTopic.keys()].sort((a, b) => Number(a) - Number(b)), ['2', '5', '12', '18', '21', '23', '34', '35']);
  for (const [topic, files] of perTopic) {
    assert.equal(files.length, 2, `topic ${topic}`);
    if (topic !== '23') assert.equal(files.filter((f) => f.endsWith('ecbplus.xml')).length, 1, `topic ${topic}: one ecb, one ecbplus`);
  }
  const bad = spawnSync(process.execPath, [projectPath('scripts', 'ecb-set-draw.mjs'), corpusDir, '--split', 'test'], { encoding: 'utf8' });
  assert.equal(bad.status, 2, 'the test split is never drawn');
  const setI = projectPath('test', 'fixtures', 'heldout', 'ecb-set-i.json');
  const o = draw('--seed', '32', '--exclude', setI);
  assert.deepEqual(o, keys('ecb-set-o.json'));
  assert.equal(new Set(o.map((k) => k.split('/')[1])).size, 16, 'set O: one text per topic');
  const p = draw('--seed', '33', '--exclude', setI, '--exclude', projectPath('test', 'fixtures', 'heldout', 'ecb-set-o.json'));
  assert.deepEqual(p, keys('ecb-set-p.json'));
  assert.equal(new Set(p.map((k) => k.split('/')[1])).size, 16, 'set P: one text per topic');
  assert.equal(p.filter((k) => o.includes(k) || keys('ecb-set-i.json').includes(k)).length, 0, 'set P shares no file with sets I and O');
  const q = draw('--seed', '34', '--exclude', setI, '--exclude', projectPath('test', 'fixtures', 'heldout', 'ecb-set-o.json'), '--exclude', projectPath('test', 'fixtures', 'heldout', 'ecb-set-p.json'));
  assert.deepEqual(q, keys('ecb-set-q.json'));
  assert.equal(new Set(q.map((k) => k.split('/')[1])).size, 16, 'set Q: one text per topic');
  assert.equal(q.filter((k) => p.includes(k) || o.includes(k) || keys('ecb-set-i.json').includes(k)).length, 0, 'set Q shares no file with sets I, O and P');
  const r = draw('--seed', '35', '--exclude', setI, '--exclude', projectPath('test', 'fixtures', 'heldout', 'ecb-set-o.json'), '--exclude', projectPath('test', 'fixtures', 'heldout', 'ecb-set-p.json'), '--exclude', projectPath('test', 'fixtures', 'heldout', 'ecb-set-q.json'));
  assert.deepEqual(r, keys('ecb-set-r.json'));
  assert.equal(new Set(r.map((k) => k.split('/')[1])).size, 16, 'set R: one text per topic');
  assert.equal(r.filter((k) => q.includes(k) || p.includes(k) || o.includes(k) || keys('ecb-set-i.json').includes(k)).length, 0, 'set R shares no file with sets I, O, P and Q');
  const s = draw('--seed', '36', '--exclude', setI, '--exclude', projectPath('test', 'fixtures', 'heldout', 'ecb-set-o.json'), '--exclude', projectPath('test', 'fixtures', 'heldout', 'ecb-set-p.json'), '--exclude', projectPath('test', 'fixtures', 'heldout', 'ecb-set-q.json'), '--exclude', projectPath('test', 'fixtures', 'heldout', 'ecb-set-r.json'));
  assert.deepEqual(s, keys('ecb-set-s.json'));
  assert.equal(new Set(s.map((k) => k.split('/')[1])).size, 16, 'set S: one text per topic');
  assert.equal(s.filter((k) => r.includes(k) || q.includes(k) || p.includes(k) || o.includes(k) || keys('ecb-set-i.json').includes(k)).length, 0, 'set S shares no file with sets I, O, P, Q and R');
  const tr = draw('--seed', '37', '--exclude', setI, ...['o', 'p', 'q', 'r', 's'].flatMap((x) => ['--exclude', projectPath('test', 'fixtures', 'heldout', `ecb-set-${x}.json`)]));
  assert.deepEqual(tr, keys('ecb-set-t.json'));
  assert.equal(new Set(tr.map((k) => k.split('/')[1])).size, 16, 'set T: one text per topic');
  assert.equal(tr.filter((k) => s.includes(k) || r.includes(k) || q.includes(k) || p.includes(k) || o.includes(k) || keys('ecb-set-i.json').includes(k)).length, 0, 'set T shares no file with sets I, O, P, Q, R and S');
  const u = draw('--seed', '38', '--exclude', setI, ...['o', 'p', 'q', 'r', 's', 't'].flatMap((x) => ['--exclude', projectPath('test', 'fixtures', 'heldout', `ecb-set-${x}.json`)]));
  assert.deepEqual(u, keys('ecb-set-u.json'));
  assert.equal(new Set(u.map((k) => k.split('/')[1])).size, 16, 'set U: one text per topic');
  assert.equal(u.filter((k) => tr.includes(k) || s.includes(k) || r.includes(k) || q.includes(k) || p.includes(k) || o.includes(k) || keys('ecb-set-i.json').includes(k)).length, 0, 'set U shares no file with sets I, O, P, Q, R, S and T');
  const v = draw('--seed', '39', '--exclude', setI, ...['o', 'p', 'q', 'r', 's', 't', 'u'].flatMap((x) => ['--exclude', projectPath('test', 'fixtures', 'heldout', `ecb-set-${x}.json`)]));
  assert.deepEqual(v, keys('ecb-set-v.json'));
  assert.equal(new Set(v.map((k) => k.split('/')[1])).size, 16, 'set V: one text per topic');
  assert.equal(v.filter((k) => u.includes(k) || tr.includes(k) || s.includes(k) || r.includes(k) || q.includes(k) || p.includes(k) || o.includes(k) || keys('ecb-set-i.json').includes(k)).length, 0, 'set V shares no file with sets I, O, P, Q, R, S, T and U');
  const w = draw('--seed', '40', '--exclude', setI, ...['o', 'p', 'q', 'r', 's', 't', 'u', 'v'].flatMap((x) => ['--exclude', projectPath('test', 'fixtures', 'heldout', `ecb-set-${x}.json`)]));
  assert.deepEqual(w, keys('ecb-set-w.json'));
  assert.equal(new Set(w.map((k) => k.split('/')[1])).size, 16, 'set W: one text per topic');
  assert.equal(w.filter((k) => v.includes(k) || u.includes(k) || tr.includes(k) || s.includes(k) || r.includes(k) || q.includes(k) || p.includes(k) || o.includes(k) || keys('ecb-set-i.json').includes(k)).length, 0, 'set W shares no file with sets I, O, P, Q, R, S, T, U and V');
  const x = draw('--seed', '41', '--exclude', setI, ...['o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w'].flatMap((y) => ['--exclude', projectPath('test', 'fixtures', 'heldout', `ecb-set-${y}.json`)]));
  assert.deepEqual(x, keys('ecb-set-x.json'));
  assert.equal(new Set(x.map((k) => k.split('/')[1])).size, 16, 'set X: one text per topic');
  assert.equal(x.filter((k) => w.includes(k) || v.includes(k) || u.includes(k) || tr.includes(k) || s.includes(k) || r.includes(k) || q.includes(k) || p.includes(k) || o.includes(k) || keys('ecb-set-i.json').includes(k)).length, 0, 'set X shares no file with sets I, O, P, Q, R, S, T, U, V and W');
  const y = draw('--seed', '42', '--exclude', setI, ...['o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x'].flatMap((z) => ['--exclude', projectPath('test', 'fixtures', 'heldout', `ecb-set-${z}.json`)]));
  assert.deepEqual(y, keys('ecb-set-y.json'));
  assert.equal(new Set(y.map((k) => k.split('/')[1])).size, 16, 'set Y: one text per topic');
  assert.equal(y.filter((k) => x.includes(k) || w.includes(k) || v.includes(k) || u.includes(k) || tr.includes(k) || s.includes(k) || r.includes(k) || q.includes(k) || p.includes(k) || o.includes(k) || keys('ecb-set-i.json').includes(k)).length, 0, 'set Y shares no file with sets I, O, P, Q, R, S, T, U, V, W and X');
  const z = draw('--seed', '43', '--exclude', setI, ...['o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y'].flatMap((n) => ['--exclude', projectPath('test', 'fixtures', 'heldout', `ecb-set-${n}.json`)]));
  assert.deepEqual(z, keys('ecb-set-z.json'));
  assert.equal(new Set(z.map((k) => k.split('/')[1])).size, 16, 'set Z: one text per topic');
  assert.equal(z.filter((k) => y.includes(k) || x.includes(k) || w.includes(k) || v.includes(k) || u.includes(k) || tr.includes(k) || s.includes(k) || r.includes(k) || q.includes(k) || p.includes(k) || o.includes(k) || keys('ecb-set-i.json').includes(k)).length, 0, 'set Z shares no file with sets I, O, P, Q, R, S, T, U, V, W, X and Y');
  const aa = draw('--seed', '44', '--exclude', setI, ...['o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z'].flatMap((n) => ['--exclude', projectPath('test', 'fixtures', 'heldout', `ecb-set-${n}.json`)]));
  assert.deepEqual(aa, keys('ecb-set-aa.json'));
  assert.equal(new Set(aa.map((k) => k.split('/')[1])).size, 16, 'set AA: one text per topic');
  const earlier = new Set([...z, ...y, ...x, ...w, ...v, ...u, ...tr, ...s, ...r, ...q, ...p, ...o, ...keys('ecb-set-i.json')]);
  assert.equal(aa.filter((k) => earlier.has(k)).length, 0, 'set AA shares no file with sets I and O to Z');
  const ab = draw('--seed', '45', '--exclude', setI, ...['o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'aa'].flatMap((n) => ['--exclude', projectPath('test', 'fixtures', 'heldout', `ecb-set-${n}.json`)]));
  assert.deepEqual(ab, keys('ecb-set-ab.json'));
  assert.equal(new Set(ab.map((k) => k.split('/')[1])).size, 16, 'set AB: one text per topic');
  assert.equal(ab.filter((k) => earlier.has(k) || aa.includes(k)).length, 0, 'set AB shares no file with sets I and O to AA');
  const ac = draw('--seed', '46', '--exclude', setI, ...['o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'aa', 'ab'].flatMap((n) => ['--exclude', projectPath('test', 'fixtures', 'heldout', `ecb-set-${n}.json`)]));
  assert.deepEqual(ac, keys('ecb-set-ac.json'));
  assert.equal(new Set(ac.map((k) => k.split('/')[1])).size, 16, 'set AC: one text per topic');
  assert.equal(ac.filter((k) => earlier.has(k) || aa.includes(k) || ab.includes(k)).length, 0, 'set AC shares no file with sets I and O to AB');
  const ad = draw('--seed', '47', '--exclude', setI, ...['o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'aa', 'ab', 'ac'].flatMap((n) => ['--exclude', projectPath('test', 'fixtures', 'heldout', `ecb-set-${n}.json`)]));
  assert.deepEqual(ad, keys('ecb-set-ad.json'));
  assert.equal(new Set(ad.map((k) => k.split('/')[1])).size, 16, 'set AD: one text per topic');
  assert.equal(ad.filter((k) => earlier.has(k) || aa.includes(k) || ab.includes(k) || ac.includes(k)).length, 0, 'set AD shares no file with sets I and O to AC');
  const ae = draw('--seed', '48', '--exclude', setI, ...['o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'aa', 'ab', 'ac', 'ad'].flatMap((n) => ['--exclude', projectPath('test', 'fixtures', 'heldout', `ecb-set-${n}.json`)]));
  assert.deepEqual(ae, keys('ecb-set-ae.json'));
  assert.equal(new Set(ae.map((k) => k.split('/')[1])).size, 16, 'set AE: one text per topic');
  assert.equal(ae.filter((k) => earlier.has(k) || aa.includes(k) || ab.includes(k) || ac.includes(k) || ad.includes(k)).length, 0, 'set AE shares no file with sets I and O to AD');
  const af = draw('--seed', '49', '--exclude', setI, ...['o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'aa', 'ab', 'ac', 'ad', 'ae'].flatMap((n) => ['--exclude', projectPath('test', 'fixtures', 'heldout', `ecb-set-${n}.json`)]));
  assert.deepEqual(af, keys('ecb-set-af.json'));
  assert.equal(new Set(af.map((k) => k.split('/')[1])).size, 16, 'set AF: one text per topic');
  assert.equal(af.filter((k) => earlier.has(k) || aa.includes(k) || ab.includes(k) || ac.includes(k) || ad.includes(k) || ae.includes(k)).length, 0, 'set AF shares no file with sets I and O to AE');
  const ag = draw('--seed', '50', '--exclude', setI, ...['o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'aa', 'ab', 'ac', 'ad', 'ae', 'af'].flatMap((n) => ['--exclude', projectPath('test', 'fixtures', 'heldout', `ecb-set-${n}.json`)]));
  assert.deepEqual(ag, keys('ecb-set-ag.json'));
  assert.equal(new Set(ag.map((k) => k.split('/')[1])).size, 16, 'set AG: one text per topic');
  assert.equal(ag.filter((k) => earlier.has(k) || aa.includes(k) || ab.includes(k) || ac.includes(k) || ad.includes(k) || ae.includes(k) || af.includes(k)).length, 0, 'set AG shares no file with sets I and O to AF');
  const ah = draw('--seed', '51', '--exclude', setI, ...['o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'aa', 'ab', 'ac', 'ad', 'ae', 'af', 'ag'].flatMap((n) => ['--exclude', projectPath('test', 'fixtures', 'heldout', `ecb-set-${n}.json`)]));
  assert.deepEqual(ah, keys('ecb-set-ah.json'));
  assert.equal(new Set(ah.map((k) => k.split('/')[1])).size, 16, 'set AH: one text per topic');
  assert.equal(ah.filter((k) => earlier.has(k) || aa.includes(k) || ab.includes(k) || ac.includes(k) || ad.includes(k) || ae.includes(k) || af.includes(k) || ag.includes(k)).length, 0, 'set AH shares no file with sets I and O to AG');
  const ai = draw('--seed', '52', '--exclude', setI, ...['o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'aa', 'ab', 'ac', 'ad', 'ae', 'af', 'ag', 'ah'].flatMap((n) => ['--exclude', projectPath('test', 'fixtures', 'heldout', `ecb-set-${n}.json`)]));
  assert.deepEqual(ai, keys('ecb-set-ai.json'));
  assert.equal(new Set(ai.map((k) => k.split('/')[1])).size, 16, 'set AI: one text per topic');
  assert.equal(ai.filter((k) => earlier.has(k) || aa.includes(k) || ab.includes(k) || ac.includes(k) || ad.includes(k) || ae.includes(k) || af.includes(k) || ag.includes(k) || ah.includes(k)).length, 0, 'set AI shares no file with sets I and O to AH');
  const aj = draw('--seed', '53', '--exclude', setI, ...['o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'aa', 'ab', 'ac', 'ad', 'ae', 'af', 'ag', 'ah', 'ai'].flatMap((n) => ['--exclude', projectPath('test', 'fixtures', 'heldout', `ecb-set-${n}.json`)]));
  assert.deepEqual(aj, keys('ecb-set-aj.json'));
  assert.equal(new Set(aj.map((k) => k.split('/')[1])).size, 16, 'set AJ: one text per topic');
  assert.equal(aj.filter((k) => earlier.has(k) || aa.includes(k) || ab.includes(k) || ac.includes(k) || ad.includes(k) || ae.includes(k) || af.includes(k) || ag.includes(k) || ah.includes(k) || ai.includes(k)).length, 0, 'set AJ shares no file with sets I and O to AI');
  const ak = draw('--seed', '54', '--exclude', setI, ...['o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'aa', 'ab', 'ac', 'ad', 'ae', 'af', 'ag', 'ah', 'ai', 'aj'].flatMap((n) => ['--exclude', projectPath('test', 'fixtures', 'heldout', `ecb-set-${n}.json`)]));
  assert.deepEqual(ak, keys('ecb-set-ak.json'));
  assert.equal(new Set(ak.map((k) => k.split('/')[1])).size, 16, 'set AK: one text per topic');
  assert.equal(ak.filter((k) => earlier.has(k) || aa.includes(k) || ab.includes(k) || ac.includes(k) || ad.includes(k) || ae.includes(k) || af.includes(k) || ag.includes(k) || ah.includes(k) || ai.includes(k) || aj.includes(k)).length, 0, 'set AK shares no file with sets I and O to AJ');
  const al = draw('--seed', '55', '--exclude', setI, ...['o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'aa', 'ab', 'ac', 'ad', 'ae', 'af', 'ag', 'ah', 'ai', 'aj', 'ak'].flatMap((n) => ['--exclude', projectPath('test', 'fixtures', 'heldout', `ecb-set-${n}.json`)]));
  assert.deepEqual(al, keys('ecb-set-al.json'));
  assert.equal(new Set(al.map((k) => k.split('/')[1])).size, 16, 'set AL: one text per topic');
  assert.equal(al.filter((k) => earlier.has(k) || aa.includes(k) || ab.includes(k) || ac.includes(k) || ad.includes(k) || ae.includes(k) || af.includes(k) || ag.includes(k) || ah.includes(k) || ai.includes(k) || aj.includes(k) || ak.includes(k)).length, 0, 'set AL shares no file with sets I and O to AK');
  const am = draw('--seed', '56', '--exclude', setI, ...['o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'aa', 'ab', 'ac', 'ad', 'ae', 'af', 'ag', 'ah', 'ai', 'aj', 'ak', 'al'].flatMap((n) => ['--exclude', projectPath('test', 'fixtures', 'heldout', `ecb-set-${n}.json`)]));
  assert.deepEqual(am, keys('ecb-set-am.json'));
  assert.equal(new Set(am.map((k) => k.split('/')[1])).size, 10, 'set AM: one text per topic, 10 topics left');
  assert.equal(am.filter((k) => earlier.has(k) || aa.includes(k) || ab.includes(k) || ac.includes(k) || ad.includes(k) || ae.includes(k) || af.includes(k) || ag.includes(k) || ah.includes(k) || ai.includes(k) || aj.includes(k) || ak.includes(k) || al.includes(k)).length, 0, 'set AM shares no file with sets I and O to AL');
  // the train topics' pool ran low (16 per set, one per topic): set AN is drawn from the dev topics, as set J was, every earlier set excluded
  const an = draw('--split', 'dev', '--seed', '57', '--exclude', setI, ...['j', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'aa', 'ab', 'ac', 'ad', 'ae', 'af', 'ag', 'ah', 'ai', 'aj', 'ak', 'al', 'am'].flatMap((n) => ['--exclude', projectPath('test', 'fixtures', 'heldout', `ecb-set-${n}.json`)]));
  assert.deepEqual(an, keys('ecb-set-an.json'));
  const anPerTopic = new Map<string, string[]>();
  for (const k of an) anPerTopic.set(k.split('/')[1], [...(anPerTopic.get(k.split('/')[1]) ?? []), k]);
  assert.deepEqual([...anPerTopic.keys()].sort((a, b) => Number(a) - Number(b)), ['2', '5', '12', '18', '21', '23', '34', '35'], 'set AN: the dev topics only');
  // two texts per topic; topics 23 and 34 hold no undrawn ECB text of 150 tokens, so both of theirs are ecbplus
  for (const [topic, files] of anPerTopic) {
    assert.equal(files.length, 2, `set AN topic ${topic}`);
    assert.equal(files.filter((f) => f.endsWith('ecbplus.xml')).length, topic === '23' || topic === '34' ? 2 : 1, `set AN topic ${topic}: its sub-topics`);
  }
  assert.equal(an.filter((k) => earlier.has(k) || j.includes(k) || aa.includes(k) || ab.includes(k) || ac.includes(k) || ad.includes(k) || ae.includes(k) || af.includes(k) || ag.includes(k) || ah.includes(k) || ai.includes(k) || aj.includes(k) || ak.includes(k) || al.includes(k) || am.includes(k)).length, 0, 'set AN shares no file with sets I, J and O to AM');
  // set AO: the dev topics again, seed 58, set AN excluded as well
  const ao = draw('--split', 'dev', '--seed', '58', '--exclude', setI, ...['j', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'aa', 'ab', 'ac', 'ad', 'ae', 'af', 'ag', 'ah', 'ai', 'aj', 'ak', 'al', 'am', 'an'].flatMap((n) => ['--exclude', projectPath('test', 'fixtures', 'heldout', `ecb-set-${n}.json`)]));
  assert.deepEqual(ao, keys('ecb-set-ao.json'));
  assert.equal(ao.length, 16, 'set AO: 16 texts');
  const aoPerTopic = new Map<string, string[]>();
  for (const k of ao) aoPerTopic.set(k.split('/')[1], [...(aoPerTopic.get(k.split('/')[1]) ?? []), k]);
  assert.deepEqual([...aoPerTopic.keys()].sort((a, b) => Number(a) - Number(b)), ['2', '5', '12', '18', '21', '23', '34', '35'], 'set AO: the dev topics only');
  // two texts per topic; topics 23 and 34 still hold no undrawn ECB text of 150 tokens, so both of theirs are ecbplus
  for (const [topic, files] of aoPerTopic) {
    assert.equal(files.length, 2, `set AO topic ${topic}`);
    assert.equal(files.filter((f) => f.endsWith('ecbplus.xml')).length, topic === '23' || topic === '34' ? 2 : 1, `set AO topic ${topic}: its sub-topics`);
  }
  assert.equal(ao.filter((k) => earlier.has(k) || j.includes(k) || aa.includes(k) || ab.includes(k) || ac.includes(k) || ad.includes(k) || ae.includes(k) || af.includes(k) || ag.includes(k) || ah.includes(k) || ai.includes(k) || aj.includes(k) || ak.includes(k) || al.includes(k) || am.includes(k) || an.includes(k)).length, 0, 'set AO shares no file with sets I, J and O to AN');
  // set AP: the dev topics again, seed 59, set AO excluded as well
  const ap = draw('--split', 'dev', '--seed', '59', '--exclude', setI, ...['j', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'aa', 'ab', 'ac', 'ad', 'ae', 'af', 'ag', 'ah', 'ai', 'aj', 'ak', 'al', 'am', 'an', 'ao'].flatMap((n) => ['--exclude', projectPath('test', 'fixtures', 'heldout', `ecb-set-${n}.json`)]));
  assert.deepEqual(ap, keys('ecb-set-ap.json'));
  assert.equal(ap.length, 16, 'set AP: 16 texts');
  const apPerTopic = new Map<string, string[]>();
  for (const k of ap) apPerTopic.set(k.split('/')[1], [...(apPerTopic.get(k.split('/')[1]) ?? []), k]);
  assert.deepEqual([...apPerTopic.keys()].sort((a, b) => Number(a) - Number(b)), ['2', '5', '12', '18', '21', '23', '34', '35'], 'set AP: the dev topics only');
  // two texts per topic; topics 23 and 34 still hold no undrawn ECB text of 150 tokens, so both of theirs are ecbplus
  for (const [topic, files] of apPerTopic) {
    assert.equal(files.length, 2, `set AP topic ${topic}`);
    assert.equal(files.filter((f) => f.endsWith('ecbplus.xml')).length, topic === '23' || topic === '34' ? 2 : 1, `set AP topic ${topic}: its sub-topics`);
  }
  assert.equal(ap.filter((k) => earlier.has(k) || j.includes(k) || aa.includes(k) || ab.includes(k) || ac.includes(k) || ad.includes(k) || ae.includes(k) || af.includes(k) || ag.includes(k) || ah.includes(k) || ai.includes(k) || aj.includes(k) || ak.includes(k) || al.includes(k) || am.includes(k) || an.includes(k) || ao.includes(k)).length, 0, 'set AP shares no file with sets I, J and O to AO');
  // set AQ: the dev topics again, seed 60, set AP excluded as well
  const aq = draw('--split', 'dev', '--seed', '60', '--exclude', setI, ...['j', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'aa', 'ab', 'ac', 'ad', 'ae', 'af', 'ag', 'ah', 'ai', 'aj', 'ak', 'al', 'am', 'an', 'ao', 'ap'].flatMap((n) => ['--exclude', projectPath('test', 'fixtures', 'heldout', `ecb-set-${n}.json`)]));
  assert.deepEqual(aq, keys('ecb-set-aq.json'));
  assert.equal(aq.length, 16, 'set AQ: 16 texts');
  const aqPerTopic = new Map<string, string[]>();
  for (const k of aq) aqPerTopic.set(k.split('/')[1], [...(aqPerTopic.get(k.split('/')[1]) ?? []), k]);
  assert.deepEqual([...aqPerTopic.keys()].sort((a, b) => Number(a) - Number(b)), ['2', '5', '12', '18', '21', '23', '34', '35'], 'set AQ: the dev topics only');
  // two texts per topic; topics 23 and 34 still hold no undrawn ECB text of 150 tokens, so both of theirs are ecbplus
  for (const [topic, files] of aqPerTopic) {
    assert.equal(files.length, 2, `set AQ topic ${topic}`);
    assert.equal(files.filter((f) => f.endsWith('ecbplus.xml')).length, topic === '23' || topic === '34' ? 2 : 1, `set AQ topic ${topic}: its sub-topics`);
  }
  assert.equal(aq.filter((k) => earlier.has(k) || j.includes(k) || aa.includes(k) || ab.includes(k) || ac.includes(k) || ad.includes(k) || ae.includes(k) || af.includes(k) || ag.includes(k) || ah.includes(k) || ai.includes(k) || aj.includes(k) || ak.includes(k) || al.includes(k) || am.includes(k) || an.includes(k) || ao.includes(k) || ap.includes(k)).length, 0, 'set AQ shares no file with sets I, J and O to AP');
  // set AR: the dev topics again, seed 61, set AQ excluded as well
  const ar = draw('--split', 'dev', '--seed', '61', '--exclude', setI, ...['j', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'aa', 'ab', 'ac', 'ad', 'ae', 'af', 'ag', 'ah', 'ai', 'aj', 'ak', 'al', 'am', 'an', 'ao', 'ap', 'aq'].flatMap((n) => ['--exclude', projectPath('test', 'fixtures', 'heldout', `ecb-set-${n}.json`)]));
  assert.deepEqual(ar, keys('ecb-set-ar.json'));
  assert.equal(ar.length, 14, 'set AR: 14 texts');
  const arPerTopic = new Map<string, string[]>();
  for (const k of ar) arPerTopic.set(k.split('/')[1], [...(arPerTopic.get(k.split('/')[1]) ?? []), k]);
  // topic 23 has no undrawn text of 150 tokens left, so the sixth dev-topic set has seven topics
  assert.deepEqual([...arPerTopic.keys()].sort((a, b) => Number(a) - Number(b)), ['2', '5', '12', '18', '21', '34', '35'], 'set AR: the dev topics only, topic 23 none left');
  // two texts per topic; topic 34 still holds no undrawn ECB text of 150 tokens, so both of its are ecbplus; topic 5 none in its ecbplus sub-topic, so both of its are ECB
  for (const [topic, files] of arPerTopic) {
    assert.equal(files.length, 2, `set AR topic ${topic}`);
    assert.equal(files.filter((f) => f.endsWith('ecbplus.xml')).length, topic === '34' ? 2 : topic === '5' ? 0 : 1, `set AR topic ${topic}: its sub-topics`);
  }
  assert.equal(ar.filter((k) => earlier.has(k) || j.includes(k) || aa.includes(k) || ab.includes(k) || ac.includes(k) || ad.includes(k) || ae.includes(k) || af.includes(k) || ag.includes(k) || ah.includes(k) || ai.includes(k) || aj.includes(k) || ak.includes(k) || al.includes(k) || am.includes(k) || an.includes(k) || ao.includes(k) || ap.includes(k) || aq.includes(k)).length, 0, 'set AR shares no file with sets I, J and O to AQ');
  // set AT: the train topics again, seed 62, every earlier set excluded (the dev-topic sets' files are not in a train draw)
  const at = draw('--seed', '62', '--exclude', setI, ...['j', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'aa', 'ab', 'ac', 'ad', 'ae', 'af', 'ag', 'ah', 'ai', 'aj', 'ak', 'al', 'am', 'an', 'ao', 'ap', 'aq', 'ar'].flatMap((n) => ['--exclude', projectPath('test', 'fixtures', 'heldout', `ecb-set-${n}.json`)]));
  assert.deepEqual(at, keys('ecb-set-at.json'));
  // only 9 train topics still hold an undrawn text of 150 tokens (set AM found 10), so the set has 9 texts, one per topic
  assert.equal(at.length, 9, 'set AT: 9 texts');
  assert.equal(new Set(at.map((k) => k.split('/')[1])).size, 9, 'set AT: one text per topic, 9 topics left');
  const devOrTest = at.filter((k) => ['2', '5', '12', '18', '21', '23', '34', '35'].includes(k.split('/')[1]) || Number(k.split('/')[1]) >= 36);
  assert.deepEqual(devOrTest, [], 'set AT: the train topics only');
  assert.equal(at.filter((k) => earlier.has(k) || j.includes(k) || aa.includes(k) || ab.includes(k) || ac.includes(k) || ad.includes(k) || ae.includes(k) || af.includes(k) || ag.includes(k) || ah.includes(k) || ai.includes(k) || aj.includes(k) || ak.includes(k) || al.includes(k) || am.includes(k) || an.includes(k) || ao.includes(k) || ap.includes(k) || aq.includes(k) || ar.includes(k)).length, 0, 'set AT shares no file with sets I, J and O to AR');
});

test('scripts/ecb-set-draw.mjs draws set AS again (dev, seed 62, sets I, J and O to AR excluded; 12 texts: topics 23 and 34 have no undrawn text of 150 tokens left, topic 5 none in its ecbplus sub-topic, topic 35 none in its ECB sub-topic), file for file, sharing no file with the earlier sets', (t) => {
  const shared = sharedDir();
  const corpusDir = shared ? join(shared, 'data', 'ecbplus') : null;
  if (!corpusDir || !existsSync(corpusDir)) return t.skip(SHARED_MISSING);
  const heldout = (name: string) => projectPath('test', 'fixtures', 'heldout', `ecb-set-${name}.json`);
  const keys = (name: string): string[] => Object.keys((JSON.parse(readFileSync(heldout(name), 'utf8')) as AnchoredGoldFile).documents);
  // every ECB+ set before it: I, J and O to AR (each drawn again by the test above)
  const earlierSets = ['i', 'j', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'aa', 'ab', 'ac', 'ad', 'ae', 'af', 'ag', 'ah', 'ai', 'aj', 'ak', 'al', 'am', 'an', 'ao', 'ap', 'aq', 'ar'];
  const r = spawnSync(process.execPath, [projectPath('scripts', 'ecb-set-draw.mjs'), corpusDir, '--split', 'dev', '--seed', '62', ...earlierSets.flatMap((n) => ['--exclude', heldout(n)])], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const as = r.stdout.trim().split('\n');
  assert.deepEqual(as, keys('as'));
  assert.equal(as.length, 12, 'set AS: 12 texts');
  const asPerTopic = new Map<string, string[]>();
  for (const k of as) asPerTopic.set(k.split('/')[1], [...(asPerTopic.get(k.split('/')[1]) ?? []), k]);
  // topics 23 and 34 have no undrawn text of 150 tokens left, so the seventh dev-topic set has six topics
  assert.deepEqual([...asPerTopic.keys()].sort((a, b) => Number(a) - Number(b)), ['2', '5', '12', '18', '21', '35'], 'set AS: the dev topics only, topics 23 and 34 none left');
  // two texts per topic; topic 5 none left in its ecbplus sub-topic, so both of its are ECB; topic 35 none in its ECB sub-topic, so both of its are ecbplus
  for (const [topic, files] of asPerTopic) {
    assert.equal(files.length, 2, `set AS topic ${topic}`);
    assert.equal(files.filter((f) => f.endsWith('ecbplus.xml')).length, topic === '35' ? 2 : topic === '5' ? 0 : 1, `set AS topic ${topic}: its sub-topics`);
  }
  const earlier = new Set(earlierSets.flatMap(keys));
  assert.equal(as.filter((k) => earlier.has(k)).length, 0, 'set AS shares no file with sets I, J and O to AR');
});

test('scripts/ecb-set-draw.mjs --exclude skips the files another gold keys, the rest drawn as before', (t) => {
  const shared = sharedDir();
  const corpusDir = shared ? join(shared, 'data', 'ecbplus') : null;
  if (!corpusDir || !existsSync(corpusDir)) return t.skip(SHARED_MISSING);
  const script = projectPath('scripts', 'ecb-set-draw.mjs');
  const draw = (...args: string[]): string[] => {
    const r = spawnSync(process.execPath, [script, corpusDir, ...args], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout.trim().split('\n');
  };
  // a gold of our own keying the first two files the default draw gives
  const first = draw('--count', '4');
  const dir = tempDir('chronicle-draw-exclude-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const other = join(dir, 'other-gold.json');
  writeFileSync(other, JSON.stringify(gold({ [first[0]]: {}, [first[1]]: {} })));
  const rest = draw('--count', '4', '--exclude', other);
  assert.equal(rest.length, 4);
  assert.ok(!rest.includes(first[0]) && !rest.includes(first[1]), 'the excluded files are never drawn');
  // the others keep their places in the shuffle (the excluded files' topics may give another file)
  assert.deepEqual(rest.filter((k) => first.includes(k)), first.slice(2));
  const missing = spawnSync(process.execPath, [script, corpusDir, '--exclude', join(dir, 'absent.json')], { encoding: 'utf8' });
  assert.equal(missing.status, 2, 'an --exclude file that is not there is a usage error');
});
