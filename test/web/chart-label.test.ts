// A timeline label is cut only where its room asks, at a word's end, its counts kept where they
// fit and a quotation it opens closed. Made-up titles; room counted in characters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fitLabel } from '../../src/web/lib/chart-label.js';

const within = (n: number) => (label: string) => label.length <= n;

test('a label that fits is shown whole, however long', () => {
  const parts = { title: 'Strike by harbour pilots and tug crews over the new night-shift rota in Brindisi', after: ' · 3 arrested' };
  assert.equal(fitLabel(parts, within(200)), parts.title + parts.after);
});

test('a title too long for its room is cut at a word, its counts kept whole', () => {
  const parts = { title: 'Protest by cyclists outside the transport ministry', after: ' (3 articles) · 40 detained' };
  assert.equal(fitLabel(parts, within(60)), 'Protest by cyclists outside the…' + parts.after);
  // never inside a word: "transp…"
  for (let n = 40; n < 80; n++) {
    const label = fitLabel(parts, within(n));
    assert.ok(label.length <= n, label);
    if (!label.includes('…')) continue;
    const cut = label.slice(0, label.indexOf('…'));
    assert.ok(parts.title.startsWith(cut) && /[\s,]/.test(parts.title[cut.length]), `${n}: ${label}`);
  }
});

test('where even one word and the counts do not fit, the counts go first, then the word is cut', () => {
  const parts = { title: 'Sentencing of Oyelaran-Whitcombe', after: ' · 2 convicted' };
  assert.equal(fitLabel(parts, within(20)), 'Sentencing of…');
  assert.equal(fitLabel(parts, within(11)), 'Sentencing…');
  assert.equal(fitLabel(parts, within(6)), 'Sentenci…', 'at the least eight letters, past the room');
});

test('a quotation the cut leaves open is closed after the ellipsis, and a separator at the cut is dropped', () => {
  const parts = { title: 'Event, in “Lorry drivers block the ring road near the port”', after: '' };
  assert.equal(fitLabel(parts, within(42)), 'Event, in “Lorry drivers block the ring…”');
  assert.equal(fitLabel({ title: 'Meeting in Tallinn · ministers of the north', after: '' }, within(24)), 'Meeting in Tallinn…');
});
