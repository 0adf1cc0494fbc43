// Helpers that now remember answers or reuse a built pattern give the same answers every time.
import test from 'node:test';
import assert from 'node:assert/strict';
import { children, dependents, relationMatches } from '../../src/pipeline/syntax/query.js';
import { nameKey } from '../../src/pipeline/gazetteer/normalize.js';
import { applyHouseStyle } from '../../src/pipeline/entities/house-style.js';
import { syntaxFromConllu, tinyTreebank } from './syntax/helpers.js';

test('dependents are the children whose relation matches, in text order', () => {
  const { syntax } = syntaxFromConllu(tinyTreebank());
  const sets = [['nsubj'], ['nsubj:*'], ['obj', 'obl'], ['obl:*', 'punct'], ['conj']];
  for (let i = 0; i < syntax.words.length; i++) {
    for (const rels of sets) {
      const expected = children(syntax, i).filter((c) => rels.some((r) => relationMatches(syntax.words[c].deprel, r)));
      assert.deepEqual(dependents(syntax, i, ...rels), expected);
    }
  }
});

test('children are fresh arrays a caller may change', () => {
  const { syntax } = syntaxFromConllu(tinyTreebank());
  const root = syntax.words.findIndex((w) => w.head < 0);
  const first = children(syntax, root);
  first.push(-1);
  assert.ok(!children(syntax, root).includes(-1));
});

test('a place name key is the same when asked again', () => {
  for (const name of ['St. Petersburg', 'Nal’chik', 'São Paulo', 'Ste Foy', 'Łódź']) {
    const once = nameKey(name);
    assert.equal(nameKey(name), once);
  }
  assert.equal(nameKey('St. Petersburg'), 'saint petersburg');
  assert.equal(nameKey('Nal’chik'), 'nalchik');
});

test('a title the tagger missed is found in each article, not only the first', () => {
  for (const text of ['Yesterday Mr Quillane spoke to the board.', 'The board heard Mrs Orvel Dunmore at noon.']) {
    const found = applyHouseStyle(text, []).filter((m) => m.type === 'PER');
    assert.equal(found.length, 1, text);
  }
});
