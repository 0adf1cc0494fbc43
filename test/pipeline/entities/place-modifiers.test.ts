// A place before "resident", "native", "jury" or "judge" is that place; a court or a person there
// stays what it is. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const names = (text: string) => analyseText(text).mentions.map((m) => `${m.type}:${m.text}`);

test('a town before "resident" or "native" is the town', () => {
  for (const [text, town] of [
    ['The Modesto resident told police she heard two shots.', 'Modesto'],
    ['The Fairfield native said the budget would pass.', 'Fairfield'],
  ]) {
    const found = names(text);
    assert.ok(found.includes(`LOC:${town}`), found.join(' | '));
  }
});

test('a town before "judge" is the town, a court before "judge" stays the court', () => {
  const found = names('The Spokane judge refused to move the trial. A Supreme Court judge agreed.');
  assert.ok(found.includes('LOC:Spokane'), found.join(' | '));
  assert.ok(found.includes('ORG:Supreme Court'), found.join(' | '));
});

test('a person before "jury" stays the person', () => {
  const found = names('A Simpson jury sat for nine months. O.J. Simpson was there every day.');
  assert.ok(!found.includes('LOC:Simpson'), found.join(' | '));
});
