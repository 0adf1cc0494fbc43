// The index of mentions that work titles replace: the same answers as filtering the whole list.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { ReplaceableMentions } from '../../../src/pipeline/entities/replaceable-mentions.js';
import { markWorkTitles } from '../../../src/pipeline/entities/work-titles.js';

const mention = (start: number, end: number, type: Mention['type'] = 'PER'): Mention => ({ start, end, type, text: `w${start}` });
const spans = (ms: Mention[]) => ms.map((m) => `${m.start}-${m.end}`).sort();

test('a long mention that starts well before a span still overlaps it; one that ends at its start does not', () => {
  const long = mention(0, 50, 'ORG');
  const held = new ReplaceableMentions([long, mention(5, 8), mention(20, 30), mention(52, 60)]);
  assert.deepEqual(spans(held.overlapping(40, 45)), ['0-50']);
  assert.deepEqual(spans(held.overlapping(30, 52)), ['0-50']);
  assert.deepEqual(spans(held.overlapping(60, 70)), []);
  assert.deepEqual(spans(held.overlapping(25, 55)), ['0-50', '20-30', '52-60']);
});

test('replacing drops every copy of a mention, and the list keeps the given order, then the added ones', () => {
  const a = mention(10, 14);
  const b = mention(2, 6);
  const held = new ReplaceableMentions([a, b, a, mention(30, 34)]);
  assert.equal(held.overlapping(9, 15).length, 2, 'a mention given twice is found twice');
  const title = mention(9, 15, 'MISC');
  held.replace(held.overlapping(9, 15), title);
  assert.deepEqual(spans(held.overlapping(12, 13)), ['9-15'], 'the added mention is found, the dropped one not');
  assert.deepEqual(held.list().map((m) => `${m.start}-${m.end}`), ['2-6', '30-34', '9-15']);
});

/** A small generator of its own, so that the check is the same on every run. */
function seeded(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

test('claims in a row give what filtering the whole list gives, claim after claim', () => {
  const next = seeded(56);
  for (let round = 0; round < 50; round++) {
    const given = Array.from({ length: 40 }, () => {
      const start = Math.floor(next() * 200);
      return mention(start, start + 1 + Math.floor(next() * (next() < 0.1 ? 60 : 8)));
    });
    const held = new ReplaceableMentions(given);
    let plain: Mention[] = given;
    for (let claim = 0; claim < 12; claim++) {
      const start = Math.floor(next() * 200);
      const end = start + 1 + Math.floor(next() * 15);
      const inside = plain.filter((m) => m.start < end && start < m.end);
      assert.deepEqual(spans(held.overlapping(start, end)), spans(inside), `round ${round}, claim ${claim}`);
      if (next() < 0.5) continue;
      const by = mention(start, end, 'MISC');
      held.replace(held.overlapping(start, end), by);
      plain = [...plain.filter((m) => !inside.includes(m)), by];
    }
    assert.deepEqual(held.list(), plain, `round ${round}`);
  }
});

test('a quoted title inside a longer name that starts well before it stays part of that name', () => {
  const text = 'The Lantern Street Players of Old Corvale and their “Winter on Dunmore Pier” society met on Friday.';
  const society = 'The Lantern Street Players of Old Corvale and their “Winter on Dunmore Pier” society';
  const ms: Mention[] = [{ start: 0, end: society.length, type: 'ORG', text: society }];
  const pier = text.indexOf('Dunmore Pier');
  ms.push({ start: pier, end: pier + 'Dunmore Pier'.length, type: 'LOC', text: 'Dunmore Pier' });
  assert.deepEqual(markWorkTitles(text, ms).map((m) => `${m.type}:${m.text}`), [`ORG:${society}`, 'LOC:Dunmore Pier']);
  // without the long name, the quotation is one title
  assert.deepEqual(markWorkTitles(text, ms.slice(1)).map((m) => `${m.type}:${m.text}`), ['MISC:Winter on Dunmore Pier']);
});
