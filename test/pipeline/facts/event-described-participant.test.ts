// A name inside what describes a participant ("the head of the department of X", an apposition "Ann
// Lee, a former adviser to X") places that participant: it is not a participant of its own, while
// names the sentence lists side by side stay two. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function targetsOf(text: string, type: string): string[] {
  const e: EventRecord | undefined = analyseText(`Briefs\n\n${text}`).events.find((x) => x.type === type);
  assert.ok(e, `a ${type} in: ${text}`);
  return e.targets.map((r) => r.text);
}

test('an organisation inside an apposition places the person: one target', () => {
  assert.deepEqual(targetsOf('Police in Riga arrested Ann Lee, a former adviser to the Finance Ministry of Latvia, on Monday.', 'arrest'), ['Ann Lee']);
});

test('"the head of X" is the head, not X', () => {
  assert.deepEqual(targetsOf('Police in Riga arrested the deputy head of the procurement department of the Finance Ministry on Monday.', 'arrest'), [
    'the deputy head of the procurement department of the Finance Ministry',
  ]);
});

test('near miss: two names side by side stay two targets', () => {
  assert.deepEqual(targetsOf('Police in Riga arrested Ann Lee and Tom Berg on Monday.', 'arrest'), ['Ann Lee', 'Tom Berg']);
});
