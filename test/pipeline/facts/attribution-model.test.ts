import test from 'node:test';
import assert from 'node:assert/strict';
import { LinearSequenceModel, bioGrammar, type FeatureRows } from '../../../src/pipeline/facts/quotes/linear.js';
import { deserialiseAttributionModel, newAttributionModel, serialiseAttributionModel } from '../../../src/pipeline/facts/quotes/model.js';
import { coherentContent, inheritedSubject, toClosingMark } from '../../../src/pipeline/facts/quotes/attribute.js';
import { attributionTokens } from '../../../src/pipeline/facts/quotes/tokens.js';
import { lineParagraphs } from '../../../src/pipeline/segment/line-paragraphs.js';
import { tokenHashes } from '../../../src/pipeline/facts/quotes/features.js';
import { segment } from '../../../src/pipeline/segment/index.js';

/** Feature rows of n tokens, token k owning the hashes of rows[k]. */
function rows(perToken: number[][]): FeatureRows {
  const offsets = new Int32Array(perToken.length + 1);
  const hashes = new Int32Array(perToken.flat());
  perToken.forEach((r, k) => (offsets[k + 1] = offsets[k] + r.length));
  return { hashes, offsets };
}

/** A role-shaped tagger (O, B/I source, B/I content) with a few hand-set weights. */
function handModel(): LinearSequenceModel {
  const m = new LinearSequenceModel(5, bioGrammar(2), 64);
  const set = (hash: number, weights: number[]) => {
    const r = m.intern(hash);
    weights.forEach((w, t) => (m.weights[r * 5 + t] = w));
  };
  set(11, [0, 2.5, -1, 0, 0]); // starts a source
  set(12, [0, -1, 3.25, 0, 0]); // goes on with it
  set(13, [1.5, 0, 0, 0, 0]); // outside
  set(14, [0, 0, 0, 4, -0.5]); // starts a content
  set(15, [0, 0, 0, -2, 3]); // goes on with it
  set(16, [-0.75, 0, 0, 0.25, 0.5]);
  return m;
}

const SEQUENCE = rows([[11], [12, 16], [13], [14, 99], [15, 16], [15], [13, 98]]);

test('a frozen tagger decodes as the trained one did, also after a save and a load', () => {
  const live = handModel();
  const expected = new Uint8Array(7);
  live.decode(SEQUENCE, 7, expected);
  assert.deepEqual([...expected], [1, 2, 0, 3, 4, 4, 0]);

  const model = newAttributionModel(false);
  model.role = live;
  const loaded = deserialiseAttributionModel(serialiseAttributionModel(model, 0.1));
  const got = new Uint8Array(7);
  loaded.role.decode(SEQUENCE, 7, got);
  assert.deepEqual([...got], [...expected]);
});

test('a frozen tagger keeps the sign and size of negative and positive weights', () => {
  const m = handModel();
  m.bias[0] = 1.25;
  m.freeze();
  // feature 11 alone: B-source's 2.5 beats O's bias of 1.25
  const out = new Uint8Array(1);
  m.decode(rows([[11]]), 1, out);
  assert.equal(out[0], 1);
  // feature 16 alone: O's −0.75 plus the bias (0.5) beats B-content's 0.25 (I-content cannot start)
  m.decode(rows([[16]]), 1, out);
  assert.equal(out[0], 0);
});

test('a frozen tagger finds every feature it has a row for among many it has none for', () => {
  // 3000 features, each alone deciding a one-token sequence: B-source (1) or B-content (3)
  const m = new LinearSequenceModel(5, bioGrammar(2), 4096);
  const keys: number[] = [];
  let x = 0x2545f491;
  const next = () => (x = (Math.imul(x ^ (x >>> 13), 0x5bd1e995) + 0x6b43a9b5) | 0);
  while (keys.length < 3000) {
    const key = next();
    if (key === 0 || m.row(key) >= 0) continue;
    const r = m.intern(key);
    m.weights[r * 5 + (keys.length % 2 ? 3 : 1)] = 5;
    keys.push(key);
  }
  m.freeze();
  const out = new Uint8Array(1);
  keys.forEach((key, k) => {
    // the row's feature among ten the model has never seen
    const features = Array.from({ length: 10 }, next);
    features[k % 10] = key;
    m.decode(rows([features]), 1, out);
    assert.equal(out[0], k % 2 ? 3 : 1, `feature ${k}`);
  });
  // features without rows alone: no weight, so O (tag 0) wins the tie
  m.decode(rows([Array.from({ length: 50 }, next).filter((h) => m.row(h) < 0)]), 1, out);
  assert.equal(out[0], 0);
});

test('token shapes: capitalised, all capitals, lower case, digits, single characters, other', () => {
  const text = 'Paris and NATO met London , USA said 2016 9am U.S. -- .';
  const v = attributionTokens(text, segment(text), lineParagraphs(text));
  const h = tokenHashes(v);
  const shape = (word: string) => {
    const k = v.tokens.findIndex((t) => t.text === word);
    assert.ok(k >= 0, word);
    return h.shape[k];
  };
  assert.equal(shape('Paris'), shape('London'));
  assert.equal(shape('NATO'), shape('USA'));
  assert.equal(shape('and'), shape('said'));
  assert.equal(shape('2016'), shape('9am'));
  assert.equal(shape('U.S.'), shape('--'));
  const classes = new Set(['Paris', 'NATO', 'and', '2016', 'U.S.', ',', '.'].map(shape));
  assert.equal(classes.size, 7);
});

const TEXT = 'The mayor said: “The bridge will reopen in May.” Then she left the hall, waving to reporters. “Nobody will pay more,” she said.\nThe council argued on Monday with its critics that the plan was costly.';

function view() {
  return attributionTokens(TEXT, segment(TEXT), lineParagraphs(TEXT));
}

/** Token range [from, to) of the first occurrence of words in TEXT. */
function range(v: ReturnType<typeof view>, words: string): { from: number; to: number } {
  const start = TEXT.indexOf(words);
  assert.ok(start >= 0, words);
  const end = start + words.length;
  const from = v.tokens.findIndex((t) => t.start >= start);
  let to = from;
  while (to < v.tokens.length && v.tokens[to].end <= end) to++;
  return { from, to };
}

test('a quoted content goes on in quoted pieces only: a stray unquoted piece is dropped', () => {
  const v = view();
  const cue = range(v, 'said:');
  const quote = range(v, '“The bridge will reopen in May.”');
  const stray = range(v, 'waving to reporters');
  const more = range(v, '“Nobody will pay more,”');
  assert.deepEqual(coherentContent(v, [quote, stray, more], cue), [quote, more]);
});

test('a quotation beside a nearer unquoted piece of its sentence is the whole content', () => {
  const text = 'The coach turned to the players, telling them calmly: “Keep the ball low.”\n“We are ready,” the captain said as he walked onto the pitch.';
  const v = attributionTokens(text, segment(text), lineParagraphs(text));
  const at = (words: string) => {
    const start = text.indexOf(words);
    return { from: v.tokens.findIndex((t) => t.start >= start), to: v.tokens.findIndex((t) => t.start >= start + words.length) };
  };
  // an addressee before the quotation, nearer the cue than it
  const told = coherentContent(v, [at('them'), at('“Keep the ball low.”')], at('telling'));
  assert.deepEqual(told, [at('“Keep the ball low.”')]);
  // a circumstance after the cue, nearer than the quotation before it
  const said = coherentContent(v, [at('“We are ready,”'), at('as he walked onto the pitch')], at('said'));
  assert.deepEqual(said, [at('“We are ready,”')]);
});

test('an unquoted content broken within its sentence on one side of the cue becomes one span', () => {
  const v = view();
  const cue = range(v, 'argued');
  const first = range(v, 'on Monday');
  const second = range(v, 'that the plan was costly');
  const [joined, ...rest] = coherentContent(v, [first, second], cue);
  assert.deepEqual(rest, []);
  assert.deepEqual(joined, { from: first.from, to: second.to });
});

test('a single content piece is left as it is', () => {
  const v = view();
  const cue = range(v, 'argued');
  const only = range(v, 'that the plan was costly');
  assert.deepEqual(coherentContent(v, [only], cue), [only]);
});

/** A token view of "Our new neighbour waved , calling the street quiet ." with a hand-made parse. */
function parsedView(subjectOfCalling: boolean) {
  const text = 'Our new neighbour waved , calling the street quiet .';
  const v = attributionTokens(text, segment(text), lineParagraphs(text));
  //            Our     new    neighbour waved  ,        calling  the    street quiet   .
  const heads = [2, 2, 3, -1, 5, 3, 7, 5, 5, 3];
  const rels = ['nmod:poss', 'amod', 'nsubj', 'root', 'punct', 'advcl', 'det', 'obj', 'xcomp', 'punct'];
  if (subjectOfCalling) rels[2] = 'obj';
  assert.equal(v.tokens.length, heads.length);
  const n = heads.length;
  const left = Int32Array.from({ length: n }, (_, i) => i);
  const right = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < n; i++) for (let h = heads[i]; h >= 0; h = heads[h]) { left[h] = Math.min(left[h], i); right[h] = Math.max(right[h], i); }
  v.syntax = { upos: Array(n).fill('X'), deprel: rels, lemma: Array(n).fill(''), head: Int32Array.from(heads), childBits: new Uint16Array(n), left, right };
  return v;
}

test('a participle cue without a subject takes the subject of the verb it hangs from, as a whole phrase', () => {
  const v = parsedView(false);
  assert.deepEqual(inheritedSubject(v, { from: 5, to: 6 }, { from: 0, to: v.tokens.length }), { from: 0, to: 3 });
});

test('no subject is inherited when the governing verb has none or the window cuts it', () => {
  const v = parsedView(true);
  assert.equal(inheritedSubject(v, { from: 5, to: 6 }, { from: 0, to: v.tokens.length }), null);
  assert.equal(inheritedSubject(parsedView(false), { from: 5, to: 6 }, { from: 1, to: 10 }), null);
});

test('a quoted content cut short inside its quotation runs on to the closing mark', () => {
  const text = 'The pilot said: “We saw the storm early. We turned back at once. Nobody was hurt.” The airline confirmed it.';
  const v = attributionTokens(text, segment(text), lineParagraphs(text));
  const at = (words: string) => {
    const start = text.indexOf(words);
    return { from: v.tokens.findIndex((t) => t.start >= start), to: v.tokens.findIndex((t) => t.start >= start + words.length) };
  };
  const cut = at('“We saw the storm early. We turned');
  const whole = at('“We saw the storm early. We turned back at once. Nobody was hurt.”');
  assert.deepEqual(toClosingMark(v, [cut]), [whole]);
  // already closed, or not quoted: unchanged
  assert.deepEqual(toClosingMark(v, [whole]), [whole]);
  const narration = at('The airline confirmed');
  assert.deepEqual(toClosingMark(v, [narration]), [narration]);
});

test('beside an unquoted content, a quotation of another sentence is left to its own cue', () => {
  const text = 'The growers insisted the harvest was safe. “We lost nothing to the frost,” said one farmer.';
  const v = attributionTokens(text, segment(text), lineParagraphs(text));
  const at = (words: string) => {
    const start = text.indexOf(words);
    return { from: v.tokens.findIndex((t) => t.start >= start), to: v.tokens.findIndex((t) => t.start >= start + words.length) };
  };
  const claim = at('the harvest was safe');
  const quote = at('“We lost nothing to the frost,”');
  assert.deepEqual(coherentContent(v, [claim, quote], at('insisted')), [claim]);
});
