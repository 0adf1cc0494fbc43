// A paper named in full after "the" is then written by the last words of its name ("the Ardmore
// Herald" … "the Herald"); a feature named like a paper ("your May 3 Harvest Journal item") is not
// that paper, two papers ending alike leave the short form alone, and without the text the rule is
// off. Fixtures are our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import type { EntityType, Mention } from '../../../src/types.js';

const aliases = createAliasTable(shippedAliasGroups());

/** The names in the order written, each found after the one before it. */
function mentionsIn(text: string, ...names: Array<[string, EntityType]>): Mention[] {
  let from = 0;
  return names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    assert.ok(start >= 0, name);
    from = start + name.length;
    return { start, end: from, text: name, type };
  });
}

const resolve = (text: string, withText: boolean, ...names: Array<[string, EntityType]>) =>
  resolveDocumentEntities(mentionsIn(text, ...names), aliases, { docId: 'p', ...(withText ? { text } : {}) });

test("a paper's last word after the paper named in full is that paper", () => {
  const text = 'Ms Vale told the Ardmore Herald on Monday that she would stay. The Herald asked the council for its minutes.';
  const r = resolve(text, true, ['Vale', 'PER'], ['Ardmore Herald', 'ORG'], ['The Herald', 'ORG']);
  assert.equal(r[2].entityId, r[1].entityId);
  assert.equal(r[2].canonical, 'Ardmore Herald');
});

test('the last words of a paper of three words are that paper', () => {
  const text = 'A guard spoke to the Ardmore Daily News by phone. He told the Daily News nothing more.';
  const r = resolve(text, true, ['Ardmore Daily News', 'ORG'], ['Daily News', 'ORG']);
  assert.equal(r[1].entityId, r[0].entityId);
});

test('a feature named like a paper, without "the", is not the paper its short form names', () => {
  const text = 'Your May 3 Harvest Journal item was welcome. Years ago the Journal listed the fund.';
  const r = resolve(text, true, ['Harvest Journal', 'ORG'], ['Journal', 'ORG']);
  assert.notEqual(r[1].entityId, r[0].entityId);
});

test('two papers ending in the same word leave the short form alone', () => {
  const text = 'She wrote for the Ardmore Times and the Kelso Times. The Times declined to comment.';
  const r = resolve(text, true, ['Ardmore Times', 'ORG'], ['Kelso Times', 'ORG'], ['The Times', 'ORG']);
  assert.notEqual(r[2].entityId, r[0].entityId);
  assert.notEqual(r[2].entityId, r[1].entityId);
});

test('without the text the short form stays its own name', () => {
  const text = 'Ms Vale told the Ardmore Herald on Monday that she would stay. The Herald asked the council for its minutes.';
  const r = resolve(text, false, ['Vale', 'PER'], ['Ardmore Herald', 'ORG'], ['The Herald', 'ORG']);
  assert.notEqual(r[2].entityId, r[1].entityId);
});
