// An untagged given name one space before a person's name that opens with a given name is that
// person's first name ("Tobias Ralph Wendel" tagged as "Ralph Wendel"), and so is a word news never
// wrote after a lower-case word; a title, a common word, an unseen word opening a sentence, a word
// news uses as no given name, a tagged word, a gap or a one-word person stays apart. Our own names.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType, Mention } from '../../../src/types.js';
import { joinLeadingGivenNames } from '../../../src/pipeline/entities/leading-given-names.js';

/** A casing prior that calls "will" and "grant" common words, as news writes them. */
const CASING: ReadonlyMap<string, number> = new Map([
  ['will', 1],
  ['grant', 2],
]);

function joined(text: string, ...names: Array<[string, EntityType]>): string[] {
  let from = 0;
  const mentions: Mention[] = names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: from, type, text: name };
  });
  return joinLeadingGivenNames(text, mentions, CASING).map((m) => `${m.type}:${m.text}`);
}

test('an untagged given name before a person opening with a given name is the first name', () => {
  assert.deepEqual(joined('The van hit Tobias Ralph Wendel on Friday.', ['Ralph Wendel', 'PER']), ['PER:Tobias Ralph Wendel']);
  assert.deepEqual(joined('Margaret Susan Odell, 71, of Harlow, died.', ['Susan Odell', 'PER'], ['Harlow', 'LOC']), ['PER:Margaret Susan Odell', 'LOC:Harlow']);
  assert.deepEqual(joined('police named LaToya Anne Brisco as the driver', ['Anne Brisco', 'PER']), ['PER:LaToya Anne Brisco']);
  assert.deepEqual(joined('The loan went to Quillon Ralph Wendel last year.', ['Ralph Wendel', 'PER']), ['PER:Quillon Ralph Wendel']);
});

test('a title, a common word, no given name, a tagged word, a gap or a one-word person stays apart', () => {
  assert.deepEqual(joined('Will Ralph Wendel run again?', ['Ralph Wendel', 'PER']), ['PER:Ralph Wendel']);
  assert.deepEqual(joined('Judge Ralph Wendel ruled.', ['Ralph Wendel', 'PER']), ['PER:Ralph Wendel']);
  assert.deepEqual(joined('Halfback Ralph Wendel scored twice.', ['Ralph Wendel', 'PER']), ['PER:Ralph Wendel']);
  assert.deepEqual(joined('The loan went to Grant Ralph Wendel.', ['Ralph Wendel', 'PER']), ['PER:Ralph Wendel']);
  assert.deepEqual(joined('He met Tobias, Ralph Wendel and me.', ['Ralph Wendel', 'PER']), ['PER:Ralph Wendel']);
  assert.deepEqual(joined('For Tobias Wendel, it was over.', ['Wendel', 'PER']), ['PER:Wendel']);
  assert.deepEqual(joined('Tobias Ralph Wendel spoke.', ['Tobias', 'ORG'], ['Ralph Wendel', 'PER']), ['ORG:Tobias', 'PER:Ralph Wendel']);
  assert.deepEqual(joined('The van hit Tobias Wendelmann Ralph on Friday.', ['Wendelmann Ralph', 'PER']), ['PER:Wendelmann Ralph']);
});
