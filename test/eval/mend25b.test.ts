// Review fixes (session 25): event agreement refuses an unlocatable predicted event, and the predicting
// side's optional events are scored free through an explicit option, not by posing as hypothetical.
import test from 'node:test';
import assert from 'node:assert/strict';
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
