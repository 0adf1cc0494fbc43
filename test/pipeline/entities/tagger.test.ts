import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeDocument, rowsOf } from '../../../src/pipeline/entities/decode.js';
import { FeatureExtractor, shapeHash, shapeOf, type DocTokens } from '../../../src/pipeline/entities/features.js';
import { hashRange, hashString } from '../../../src/pipeline/hash.js';
import { loadNerModel, type NerModel } from '../../../src/pipeline/entities/index.js';
import { CachedTagger } from '../../../src/pipeline/entities/tagger.js';
import { parseConll } from '../../../src/train/lib/conll.js';
import { sharedDir } from '../../helpers.js';

/** Tags through the training path: every feature hash of every token, then row lookups. */
function referenceTags(model: NerModel, doc: DocTokens): Uint8Array {
  const f = new FeatureExtractor(model.resources).document(doc);
  const out = new Uint8Array(f.lower.length);
  decodeDocument(model.params, { ...f, rows: rowsOf(model.table, f.hashes) }, (h) => model.table.get(h), out, new Int32Array(out.length));
  return out;
}

// Invented text: a headline, repeated names (prediction history), listed places, odd words.
const DOC: DocTokens = {
  sentences: [
    'RIVERTON MILLS SHUT DOWN AFTER STRIKE'.split(' '),
    'Riverton Mills , the textile maker based in Lyon , said on Monday its workers in Poland had walked out .'.split(' '),
    'A spokesman for Riverton said the Société Générale loan of 1,200 million euros was safe .'.split(' '),
    '" We will talk to the unions , " said Anna Kowalczyk-Brandt , the chief executive of Riverton .'.split(' '),
    'Kowalczyk-Brandt flew to Warsaw and met officials of the European Commission and the IMF .'.split(' '),
    'ÉLAN résumé naïve 3-2 U.S.-based Zürich'.split(' '),
  ],
};

test('cached-score tagging equals tagging from per-token feature lists', () => {
  const model = loadNerModel();
  assert.deepEqual(model.tagger.tag(DOC), referenceTags(model, DOC));
});

test('empty and very long sentences tag like the reference path', () => {
  const model = loadNerModel();
  const long = Array.from({ length: 1500 }, (_, i) => (i % 7 === 0 ? 'Paris' : i % 5 === 0 ? 'Smith' : 'and'));
  const doc: DocTokens = { sentences: [[], long, ['John', 'Smith', 'left', '.'], []] };
  const tags = model.tagger.tag(doc);
  assert.equal(tags.length, 1504);
  assert.deepEqual(tags, referenceTags(model, doc));
});

test('the word cache can be dropped between documents without changing tags', () => {
  const model = loadNerModel();
  const small = new CachedTagger(model.table, model.params, model.resources, 20);
  const first = small.tag(DOC);
  assert.deepEqual(small.tag(DOC), first); // more than 20 distinct words: the second call starts afresh
  assert.deepEqual(first, referenceTags(model, DOC));
});

test('a word shape keeps a run of one class up to four long, one when collapsed', () => {
  assert.equal(shapeOf('Kettleborough', false), 'Xxxxx');
  assert.equal(shapeOf('Kettleborough', true), 'Xx');
  assert.equal(shapeOf('B52-17', false), 'Xdd-dd');
  assert.equal(shapeOf('Ünter9999999', false), 'Xxxxxdddd');
  assert.equal(shapeOf('Ünter9999999', true), 'Xxd');
});

test('string-free hashes equal hashes of the built strings', () => {
  for (const w of ['McDonald', 'U.S.', '1,200', 'ÉLAN', 'Zürich', 'aaaaaa', 'AAAbbb', '', '日本']) {
    for (const collapse of [false, true]) assert.equal(shapeHash(w, collapse, 7), hashString(shapeOf(w, collapse), 7), `${w} ${collapse}`);
    assert.equal(hashRange(w, 1, Math.max(1, w.length - 1), 3), hashString(w.slice(1, Math.max(1, w.length - 1)), 3));
  }
});

test('on CoNLL dev data both tagging paths agree on every token', (t) => {
  const shared = sharedDir();
  const file = shared ? join(shared, 'data', 'conll2003', 'dev.txt') : '';
  if (!shared || !existsSync(file)) return t.skip('CoNLL-2003 dev data not available');
  const model = loadNerModel();
  const docs = parseConll(readFileSync(file, 'utf8')).slice(0, 60);
  let tokens = 0;
  for (const d of docs) {
    const doc = { sentences: d.sentences.map((s) => s.words) };
    assert.deepEqual(model.tagger.tag(doc), referenceTags(model, doc));
    tokens += d.sentences.reduce((n, s) => n + s.words.length, 0);
  }
  t.diagnostic(`${tokens} tokens compared`);
});
