// One event matching for the scorer and the salience labels (matchEvents): required gold events
// take found events before optional ones, whatever the file order; each found event meets one
// gold event; a gold event whose evidence is not in the text has no span.
import test from 'node:test';
import assert from 'node:assert/strict';
import { matchEvents, scoreDocument } from '../../src/eval/lib/gold-match.js';
import { labelEvents } from '../../src/train/lib/event-salience.js';
import type { Analysis, EventRecord } from '../../src/types.js';

const TEXT = 'Wardens detained two poachers at Selbeck lake on Sunday and detained a third on Monday.';

function found(id: string, word: string, nth = 0): EventRecord {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = TEXT.indexOf(word, at + 1);
  return { id, type: 'detention', trigger: { start: at, end: at + word.length, text: word }, sentence: { start: 0, end: TEXT.length }, date: null, place: null, actors: [], targets: [], counts: {}, status: 'asserted' };
}

test('required gold events are matched first; each found event once', () => {
  const events = [found('a', 'detained')];
  const gold = [
    { id: 'opt', type: 'detention' as const, evidence: 'detained two poachers', optional: true },
    { id: 'req', type: 'detention' as const, evidence: 'Wardens detained' },
    { id: 'gone', type: 'detention' as const, evidence: 'released them' },
  ];
  const m = matchEvents(gold, TEXT, events);
  assert.deepEqual(m.map((x) => [x.gold.id, x.event, x.span !== null]), [['req', 0, true], ['gone', -1, false], ['opt', -1, true]]);
  // the labels and the scorer read the same matching: the one event is good, and counts one hit
  assert.deepEqual(labelEvents({ events: gold }, TEXT, events), ['good']);
  const a = { doc: { text: TEXT }, segmentation: { sentences: [] }, events, figures: [], quotes: [] } as unknown as Analysis;
  assert.deepEqual(scoreDocument({ events: gold, figures: [], quotes: [], boilerplate: [], mustNotExtract: [] }, a).events, { tp: 1, fp: 0, fn: 1 });
});

test('a second found event of the type meets the next gold event', () => {
  const events = [found('a', 'detained'), found('b', 'detained', 1)];
  const gold = [
    { id: 'g1', type: 'detention' as const, evidence: 'detained two poachers' },
    { id: 'g2', type: 'detention' as const, evidence: 'detained a third' },
  ];
  assert.deepEqual(matchEvents(gold, TEXT, events).map((x) => x.event), [0, 1]);
});
