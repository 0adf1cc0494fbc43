// A wire credit line and a dateline's agency name who wrote and sent the story: their names stay
// mentions (a reader lists the reporters) but carry the role "credit", take no part in events and
// link no entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { creditSpans, markCredits } from '../../../src/pipeline/entities/credits.js';
import { addDocument, emptyDelta, type SummaryRow } from '../../../src/store/summaries.js';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { Mention } from '../../../src/types.js';

const STORY = [
  'LISBON, June 4 (Harbourwire) - Portuguese customs officers seized a yacht carrying cocaine off Sines on Tuesday, the finance ministry said.',
  '',
  'The crew of four was taken to a court in Setubal.',
  '',
  '(Reporting by Marta Quintela in Lisbon and Owen Pryce in Madrid; Editing by Hal Brandt)',
].join('\n');

function mentionAt(text: string, name: string, type: Mention['type']): Mention {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, type };
}

test('credit spans: the bracketed credit line and the dateline agency, nothing in the story', () => {
  const spans = creditSpans(STORY).map((s) => STORY.slice(s.start, s.end));
  assert.deepEqual(spans, ['Harbourwire', '(Reporting by Marta Quintela in Lisbon and Owen Pryce in Madrid; Editing by Hal Brandt)']);
  // a credit line standing alone on its line, without brackets
  const bare = 'The talks resume on Monday.\nAdditional reporting by Ines Varro; editing by Tom Leck';
  assert.deepEqual(creditSpans(bare).map((s) => bare.slice(s.start, s.end)), ['Additional reporting by Ines Varro; editing by Tom Leck']);
  // "reporting by" inside a story sentence is no credit
  assert.deepEqual(creditSpans('Earlier reporting by the local paper found the same gaps.'), []);
});

test('markCredits: names and places inside a credit are marked, the story keeps its own', () => {
  const ms = markCredits(STORY, [mentionAt(STORY, 'LISBON', 'LOC'), mentionAt(STORY, 'Harbourwire', 'ORG'), mentionAt(STORY, 'Setubal', 'LOC'), mentionAt(STORY, 'Owen Pryce', 'PER'), mentionAt(STORY, 'Madrid', 'LOC')]);
  assert.deepEqual(ms.map((m) => [m.text, m.role ?? '']), [['LISBON', ''], ['Harbourwire', 'credit'], ['Setubal', ''], ['Owen Pryce', 'credit'], ['Madrid', 'credit']]);
});

test('entity pairs: a credited name links no one; its mentions still count', () => {
  const row = (text: string, start: number, entityId: string, credit = false): SummaryRow => ({ kind: 'mention', label: 'PER', start, end: start + text.length, text, data: { entityId, canonical: text, ...(credit ? { role: 'credit' } : {}) } });
  const delta = emptyDelta();
  addDocument(delta, 'd1', [row('Rui Sao', 0, 'ent_sao'), row('Lia Mor', 20, 'ent_mor'), row('Hal Brandt', 60, 'ent_brandt', true)], 1);
  assert.deepEqual(delta.pairs.get('ent_sao')?.get('ent_mor'), { docs: 1, near: 1 });
  assert.equal(delta.pairs.get('ent_brandt'), undefined);
  assert.equal(delta.pairs.get('ent_sao')?.get('ent_brandt'), undefined);
  assert.equal(delta.entities.get('ent_brandt')?.documents, 1);
});

test('analysis: credit mentions are marked and are no event argument or place', () => {
  const a = analyseText(STORY, { published: '2025-06-04' });
  const credited = a.mentions.filter((m) => m.role === 'credit').map((m) => m.text);
  assert.ok(credited.includes('Marta Quintela') && credited.includes('Hal Brandt'), credited.join(', '));
  assert.ok(!a.mentions.some((m) => m.role === 'credit' && m.start < STORY.indexOf('(Reporting')) || credited.includes('Harbourwire'));
  const creditStart = STORY.indexOf('(Reporting');
  for (const e of a.events) {
    for (const r of [...e.actors, ...e.targets]) assert.ok(r.start < creditStart, `${e.type}: ${r.text}`);
    if (e.place && !e.place.inferred) assert.ok(e.place.start < creditStart, `${e.type} placed in ${e.place.text}`);
  }
});
