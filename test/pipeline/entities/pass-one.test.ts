import test from 'node:test';
import assert from 'node:assert/strict';
import { passOneFacts, passOneFeatures } from '../../../src/pipeline/entities/pass-one.js';
import { tokenView } from '../../../src/pipeline/entities/tagger.js';
import { bilouFromIob, TYPES } from '../../../src/pipeline/entities/tags.js';

// Invented story; the first pass got the lone surname wrong (LOC) in the second sentence.
const SENTENCES = [
  ['Nadia', 'Okonkwo-Reyes', 'joined', 'Brightwater', 'Holdings', '.'],
  ['Okonkwo-Reyes', 'said', 'Brightwater', 'would', 'grow', '.'],
];
const LABELS = [
  ['B-PER', 'I-PER', 'O', 'B-ORG', 'I-ORG', 'O'],
  ['B-LOC', 'O', 'B-ORG', 'O', 'O', 'O'],
];
const view = tokenView({ sentences: SENTENCES });
const tags = Uint8Array.from(LABELS.flatMap((l) => [...bilouFromIob(l)]));
const PER = TYPES.indexOf('PER');
const ORG = TYPES.indexOf('ORG');
const LOC = TYPES.indexOf('LOC');

test('a lone surname learns the type of the longest name it is part of elsewhere in the document', () => {
  const facts = passOneFacts(tags, view);
  const surname = facts[6]; // "Okonkwo-Reyes" in the second sentence
  assert.deepEqual(surname.longest, { type: PER, length: 2, longerThanOwn: true });
  assert.deepEqual(surname.name, { kind: LOC + 1, unanimous: true }, 'the lone form was tagged LOC once');
  assert.equal(surname.word?.unanimous, false, 'the word was tagged PER in one place and LOC in another');
  assert.equal(surname.prev, -1, 'sentence start');
  const company = facts[8]; // "Brightwater" alone
  assert.deepEqual(company.longest, { type: ORG, length: 2, longerThanOwn: true });
  assert.deepEqual(company.word, { kind: ORG + 1, unanimous: true });
});

test('lower-case words get only their own and their neighbours\' tags', () => {
  const said = passOneFacts(tags, view)[7];
  assert.equal(said.word, undefined);
  assert.equal(said.longest, undefined);
  assert.equal(said.name, undefined);
  const f = passOneFeatures(tags, view);
  assert.equal(f.offsets[8] - f.offsets[7], 2);
  assert.equal(f.offsets.length, 13);
});

test('the same first-pass tags elsewhere change the features of a token', () => {
  const asPlace = Uint8Array.from(LABELS.flatMap((l) => [...bilouFromIob(l.map((x) => x.replace('PER', 'LOC')))]));
  const a = passOneFeatures(tags, view);
  const b = passOneFeatures(asPlace, view);
  const of = (f: typeof a, k: number) => [...f.hashes.subarray(f.offsets[k], f.offsets[k + 1])];
  assert.deepEqual(of(a, 6).slice(0, 2), of(b, 6).slice(0, 2), 'its own tag and neighbours are the same');
  assert.notDeepEqual(of(a, 6), of(b, 6), 'what the document says about the word differs');
});
