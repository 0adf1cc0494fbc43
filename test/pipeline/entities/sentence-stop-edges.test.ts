// A sentence's full stop is no part of the name before it, whether the text is tokenised or not;
// an abbreviation keeps its own stop. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const typed = (text: string) => analyseText(text).mentions.map((m) => `${m.type} ${m.text}`);

test('a name that ends a sentence leaves the sentence stop outside its span', () => {
  for (const text of ['The flaw touched every version of Windows. That flaw let an attacker in.', 'The flaw touched every supported version of Windows . It let an attacker in .']) {
    const names = typed(text);
    assert.ok(names.includes('MISC Windows'), names.join(' | '));
  }
});

test('an abbreviation keeps its stop at the end of a name', () => {
  assert.ok(typed('She works for Acme Corp. in Ohio.').includes('ORG Acme Corp.'));
  assert.ok(typed('A nurse from the U . K . joined the crew .').includes('LOC U . K .'));
});
