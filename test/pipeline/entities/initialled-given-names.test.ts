// A given name one space before a person's name that opens with a middle initial (spaced or not)
// is that person's first name, whatever type the tagger gave it; a word news uses as no given
// name, a name two words long or a gap other than one space stays apart. Our own names.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType, Mention } from '../../../src/types.js';
import { joinGivenNamesBeforeInitials } from '../../../src/pipeline/entities/initialled-given-names.js';

function joined(text: string, ...names: Array<[string, EntityType]>): string[] {
  let from = 0;
  const mentions: Mention[] = names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: from, type, text: name };
  });
  return joinGivenNamesBeforeInitials(text, mentions).map((m) => `${m.type}:${m.text}`);
}

test('a given name read as a town or body before an initialled person is the first name', () => {
  assert.deepEqual(joined('They named Regina T . Moulder to the board.', ['Regina', 'ORG'], ['T . Moulder', 'PER']), ['PER:Regina T . Moulder']);
  assert.deepEqual(joined('Sydney K. Abernethy spoke.', ['Sydney', 'LOC'], ['K. Abernethy', 'PER']), ['PER:Sydney K. Abernethy']);
});

test('no given name, a longer name before, a gap or a person without an initial stays apart', () => {
  assert.deepEqual(joined('In Omaha T . Moulder spoke.', ['Omaha', 'LOC'], ['T . Moulder', 'PER']), ['LOC:Omaha', 'PER:T . Moulder']);
  assert.deepEqual(joined('New Regina T . Moulder spoke.', ['New Regina', 'LOC'], ['T . Moulder', 'PER']), ['LOC:New Regina', 'PER:T . Moulder']);
  assert.deepEqual(joined('Regina, T . Moulder said.', ['Regina', 'LOC'], ['T . Moulder', 'PER']), ['LOC:Regina', 'PER:T . Moulder']);
  assert.deepEqual(joined('Regina Tom Moulder spoke.', ['Regina', 'LOC'], ['Tom Moulder', 'PER']), ['LOC:Regina', 'PER:Tom Moulder']);
});
