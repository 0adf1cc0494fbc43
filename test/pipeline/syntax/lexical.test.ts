// Word features are computed once per distinct form and then copied: a word seen again, in
// another sentence or beside other words, gets exactly the values computed from scratch.
import test from 'node:test';
import assert from 'node:assert/strict';
import { AFFIXES, CLUSTER_LEVELS, PAD, encodeWords, normalise, type WordResources } from '../../../src/pipeline/syntax/lexical.js';
import { hashRange, hashString } from '../../../src/pipeline/hash.js';

const resources: WordResources = { clusters: new Map([['kettle', Int32Array.of(4, 17, 230)], ['Örebro', Int32Array.of(9)]]) };

/** What encodeWords gives word i of a sentence, worked out here from the form alone. */
function expected(form: string) {
  const norm = normalise(form);
  const len = norm.length;
  const cl = resources.clusters.get(form) ?? resources.clusters.get(norm) ?? resources.clusters.get(norm.charAt(0).toUpperCase() + norm.slice(1));
  const c0 = form.charCodeAt(0);
  return {
    norm: hashString(norm, 1),
    exact: hashString(form, 2),
    affix: [1, 2, 3, 4].map((k) => (len > k ? hashRange(norm, len - k, len, 10 + k) : 0)).concat([1, 2].map((k) => (len > k ? hashRange(norm, 0, k, 20 + k) : 0))),
    cluster: [0, 1, 2].map((k) => (cl && k < cl.length ? cl[k] + 1 : 0)),
    capital: (c0 >= 65 && c0 <= 90) || (c0 > 127 && form[0].toLowerCase() !== form[0]) ? 1 : 0,
  };
}

function actual(forms: string[], i: number) {
  const enc = encodeWords(forms, resources);
  const p = i + PAD;
  return {
    norm: enc.norm[p],
    exact: enc.exact[p],
    affix: Array.from(enc.affix.subarray(p * AFFIXES, p * AFFIXES + AFFIXES)),
    cluster: Array.from(enc.cluster.subarray(p * CLUSTER_LEVELS, p * CLUSTER_LEVELS + CLUSTER_LEVELS)),
    capital: enc.capital[p],
  };
}

test('each word gets the values of its own form, first time and again', () => {
  const first = ['The', 'KETTLE', 'in', 'Örebro', 'cost', '€12.50', '—', 'a', 'kettle', '.'];
  const second = ['kettle', 'Örebro', 'The', '2024', 'ÉTÉ'];
  for (const sentence of [first, second, first]) sentence.forEach((form, i) => assert.deepEqual(actual(sentence, i), expected(form), form));
});

test('a cached word keeps its own values when others share its lower-cased form', () => {
  const shapes = ['Kettle', 'kettle', 'KETTLE'].map((f) => encodeWords([f], resources).shape[PAD]);
  assert.equal(new Set(shapes).size, 3, 'three shapes');
  assert.deepEqual(actual(['KETTLE'], 0).cluster, [5, 18, 231], 'the cluster found through the lower-cased form');
  assert.deepEqual(actual(['kettles'], 0).cluster, [0, 0, 0], 'no cluster');
});

test('two right single quotes (AP\'s closing mark, “…’’) are the closing double mark the parser knows, as ” is', () => {
  assert.equal(normalise('’’'), normalise('”'));
  assert.equal(normalise('’'), "'", 'one alone stays an apostrophe');
});
