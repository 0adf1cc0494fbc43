import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeWords } from '../../../src/pipeline/syntax/lexical.js';
import { LEFT, NUM_ACTIONS, PARSER_FEATURES, ParseState, RIGHT, SHIFT, parserFeatures } from '../../../src/pipeline/syntax/parser.js';
import { uposId } from '../../../src/pipeline/syntax/upos.js';

// A hand-made projective tree: "Old sailors mended the torn nets of the boat at dusk ."
const forms = ['Old', 'sailors', 'mended', 'the', 'torn', 'nets', 'of', 'the', 'boat', 'at', 'dusk', '.'];
const upos = ['ADJ', 'NOUN', 'VERB', 'DET', 'ADJ', 'NOUN', 'ADP', 'DET', 'NOUN', 'ADP', 'NOUN', 'PUNCT'];
// heads (0-based), n (12) for the root
const goldHeads = Int32Array.from([1, 2, 12, 5, 5, 2, 8, 8, 5, 10, 2, 2]);
const res = { clusters: new Map<string, Int32Array>() };

function prepared(): ParseState {
  const st = new ParseState();
  st.prepare(encodeWords(forms, res), Uint8Array.from(upos, uposId));
  return st;
}

test("the dynamic oracle's zero-cost actions rebuild a hand-made gold tree", () => {
  const st = prepared();
  while (!st.done()) {
    const action = [SHIFT, LEFT, RIGHT].find((a) => st.valid(a) && st.cost(a, goldHeads) === 0);
    assert.notEqual(action, undefined, 'some action keeps every gold arc reachable');
    st.apply(action!);
  }
  assert.deepEqual([...st.heads.slice(0, forms.length)], [...goldHeads].map((h) => (h === forms.length ? -1 : h)));
});

test('parser features fit their buffer in every configuration along the gold path and after errors', () => {
  const feats = new Int32Array(PARSER_FEATURES);
  const st = prepared();
  let step = 0;
  while (!st.done()) {
    const n = parserFeatures(st, feats);
    assert.ok(n <= PARSER_FEATURES);
    for (let i = 0; i < n; i++) assert.notEqual(feats[i], 0, 'a zero key would read as an empty slot');
    // every third step takes the first valid action, right or wrong
    const valid = [SHIFT, LEFT, RIGHT].filter((a) => st.valid(a));
    const action = step++ % 3 === 0 ? valid[0] : (valid.find((a) => st.cost(a, goldHeads) === 0) ?? valid[0]);
    st.apply(action);
  }
  assert.equal(NUM_ACTIONS, 3);
});
