// Review fixes (session 25): event agreement refuses an unlocatable predicted event, and the predicting
// side's optional events are scored free through an explicit option, not by posing as hypothetical.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';
import { emptyAnalysis } from '../../src/analysis.js';
import { eventAgreement } from '../../src/eval/lib/event-agreement.js';
import { scoreDocument } from '../../src/eval/lib/gold-match.js';
import type { GoldEvent, GoldFile } from '../../src/eval/lib/gold-format.js';
import type { EventRecord } from '../../src/types.js';

const TEXT = 'The ferry operator sold two boats in spring. Dock workers walked out for a day. A strike may follow next month.';
const S = TEXT.match(/[^.]+\./g)!.map((s) => s.trim());
const ev = (id: string, type: string, evidence: string, optional = false): GoldEvent => ({ id, type, evidence, ...(optional ? { optional } : {}) });
const file = (events: GoldEvent[]): GoldFile => ({ documents: { 'ferry.tml': { events } } });
const texts = new Map([['ferry.tml', TEXT]]);

test('a predicted event whose evidence is not in the text is an error naming the document and event', () => {
  const gold = file([ev('a1', 'other', S[0])]);
  const second = file([ev('b7', 'other', 'The ferry operator bought two boats.')]);
  assert.throws(() => eventAgreement(gold, second, texts), /document "ferry\.tml": event b7's evidence/);
});

test('optional predicted events: left out when strict, free when lenient, whatever their status', () => {
  const gold = file([ev('a1', 'strike', S[1])]);
  const second = file([ev('b1', 'strike', S[1], true), ev('b2', 'strike', S[2], true), ev('b3', 'other', S[0])]);
  const f = eventAgreement(gold, second, texts);
  assert.deepEqual([f.strict.tp, f.strict.fp, f.strict.fn], [0, 1, 1]);
  assert.deepEqual([f.lenient.tp, f.lenient.fp, f.lenient.fn], [1, 1, 0]);
});

function analysisWith(events: Array<Pick<EventRecord, 'id' | 'type' | 'status'> & { evidence: string }>) {
  const a = emptyAnalysis({
    id: 'ferry', text: TEXT, title: '', sources: [], removed: [], paragraphs: [],
    meta: { authors: [], publisher: null, dateline: null, published: { value: null, precision: 'none' } },
  });
  a.events = events.map(({ evidence, ...e }) => {
    const start = TEXT.indexOf(evidence);
    const span = { start, end: start + evidence.length };
    return { ...e, trigger: { ...span, text: evidence }, sentence: span, date: null, place: null, actors: [], targets: [], counts: {} };
  });
  return a;
}

test('scoreDocument: a free event left unmatched is neither false nor unrealised; a hypothetical one is still unrealised', () => {
  const a = analysisWith([
    { id: 'x1', type: 'other', status: 'asserted', evidence: S[0] },
    { id: 'x2', type: 'strike', status: 'hypothetical', evidence: S[2] },
    { id: 'x3', type: 'other', status: 'asserted', evidence: S[1] },
  ]);
  const free = new Set([a.events[0]]);
  const s = scoreDocument({ events: [] }, a, { freeEvent: (e) => free.has(e) });
  assert.equal(s.events.fp, 1);
  assert.equal(s.unmatchedUnrealised, 1);
  const plain = scoreDocument({ events: [] }, a);
  assert.equal(plain.events.fp, 2);
  assert.equal(plain.unmatchedUnrealised, 1);
});

// eval event-trigger: --files takes comma-separated lists (a file list and a gold JSON); a wrong --model is named
const tml = (name: string, body: string): string =>
  `<?xml version="1.0" ?>\n<TimeML>\n<DOCID>${name}</DOCID>\n<DCT><TIMEX3 tid="t0" type="DATE" value="2003-06-02">June 2, 2003</TIMEX3></DCT>\n<TEXT>\n${body}\n</TEXT>\n</TimeML>\n`;
const E = (id: number, cls: string, w: string) => `<EVENT eid="e${id}" class="${cls}">${w}</EVENT>`;

test('eval event-trigger reads a file list and a gold JSON given together, and names a missing model', () => {
  const dir = tempDir('chronicle-mend25b-');
  mkdirSync(join(dir, 'tml'));
  writeFileSync(join(dir, 'tml', 'p.tml'), tml('p', `The Orla bakery ${E(1, 'OCCURRENCE', 'opened')} a second shop, its owner ${E(2, 'REPORTING', 'said')}.`));
  writeFileSync(join(dir, 'tml', 'q.tml'), tml('q', `Farmers ${E(3, 'OCCURRENCE', 'harvested')} the barley early and ${E(4, 'I_STATE', 'hope')} to ${E(5, 'OCCURRENCE', 'sell')} it.`));
  writeFileSync(join(dir, 'list.txt'), 'tml/p.tml\n');
  writeFileSync(join(dir, 'gold.json'), JSON.stringify({ anchoredTo: 'timeml', documents: { 'tml/q.tml': {} } }));
  const model = join(dir, 'm.json.gz');
  writeFileSync(join(dir, 'train.txt'), 'tml/p.tml\ntml/q.tml\n');
  const t = runCli(['train', 'event-trigger', '--corpus', dir, '--files', join(dir, 'train.txt'), '--out', model, '--epochs', '2', '--min-count', '1']);
  assert.equal(t.status, 0, t.stderr);
  const r = runCli(['eval', 'event-trigger', '--corpus', dir, '--files', `${join(dir, 'list.txt')},${join(dir, 'gold.json')}`, '--model', model, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const figures = JSON.parse(r.stdout) as { files: number; goldEvents: number };
  assert.deepEqual([figures.files, figures.goldEvents], [2, 5]);
  const missing = join(dir, 'no-such-model.json.gz');
  const m = runCli(['eval', 'event-trigger', '--corpus', dir, '--files', join(dir, 'list.txt'), '--model', missing]);
  assert.notEqual(m.status, 0);
  assert.ok(m.stderr.includes(missing), m.stderr);
});
