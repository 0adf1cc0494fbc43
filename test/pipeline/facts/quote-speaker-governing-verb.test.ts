// A quotation inside a clause that a verb of speaking governs, with no attribution beside its
// marks: the parse ties it to the verb, whose subject (or that of the clause a participle hangs
// from) speaks; a subject that cannot speak gives no speaker. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteStarting } from '../../fixtures/analyse-text.js';

test('a verb of speaking conjoined to the subject\'s first verb names the speaker before its colon', () => {
  const q = quoteStarting('Ines Duarte waved at the crowd, then leaned forward and thundered: "Nobody will close this hospital while I am mayor of this town."', 'Nobody will close');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Ines Duarte');
});

test('a verb of speaking above the quotation\'s clause ("would do better to say that “…”") names its speaker', () => {
  const q = quoteStarting('In fairness, Okafor would do better to say that "most of the permits were checked by my staff" than to claim she read them all.', 'most of the permits');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Okafor');
});

test('a subject that cannot speak (a relative clause on a plaque or an address) is no speaker', () => {
  for (const [text, start] of [
    ['The new memorial carries a plaque that speaks of the "courage of the miners who died underground in the winter of 1952."', 'courage of'],
    ['At the opening she gave an address that spoke to the "frustration, the fear and the anger of the families who lost their homes."', 'frustration'],
  ]) {
    const q = quoteStarting(text, start);
    assert.ok(!q || q.speaker === null, `found ${q?.speaker}`);
  }
});

test('a round-up\'s lead, a dash, then a name and a colon: the name speaks', () => {
  const q = quoteStarting('Harbour repairs will run late - Tomas Berg: "The dock cannot open before the spring, whatever the ministry says about it."', 'The dock cannot');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Tomas Berg');
});
