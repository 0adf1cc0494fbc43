// The given-name gender counts: a name votes with the he / she that next follows it unless
// another person is named first, and with a title before it; one vote per document; a name is
// kept with enough votes and a clear majority. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { conllDocuments, conllVotes, decideGenders, GivenNameCounts } from '../../src/train/lib/given-name-genders.js';

const tagged = (s: string): Array<[string, string]> => s.split(' ').map((w) => {
  const [word, tag] = w.split('/');
  return [word, tag ?? 'O'];
});

test('a full name votes with the next gendered pronoun, in its sentence or the next', () => {
  const seen = conllVotes([tagged('Ottilie/B-PER Marsh/I-PER opened the fair .'), tagged('Then she thanked the crowd .')]);
  assert.deepEqual([...seen.get('Ottilie')!], ['f']);
});

test('another person named before the pronoun stops the vote; a lone surname never votes', () => {
  const seen = conllVotes([tagged('Ottilie/B-PER Marsh/I-PER met Bram/B-PER Dunmore/I-PER and he left .'), tagged('Marsh/B-PER said he was glad .')]);
  assert.equal(seen.has('Ottilie'), false);
  assert.deepEqual([...seen.get('Bram')!], ['m']);
  assert.equal(seen.has('Marsh'), false);
});

test('a title before a full name votes', () => {
  const seen = conllVotes([tagged('Mrs/O Ottilie/B-PER Marsh/I-PER arrived .')]);
  assert.deepEqual([...seen.get('Ottilie')!], ['f']);
});

test('one vote per document, and thresholds on votes and share', () => {
  const counts = new GivenNameCounts();
  for (let i = 0; i < 3; i++) counts.addDocument(new Map([['Bram', new Set(['m' as const])]]));
  counts.addDocument(new Map([['Ottilie', new Set(['f' as const, 'm' as const])]]));
  counts.addDocument(new Map([['Ottilie', new Set(['f' as const])]]));
  assert.deepEqual(counts.votes.get('Bram'), { m: 3, f: 0 });
  const kept = decideGenders(counts.votes, 3, { m: 0.8, f: 0.6 });
  assert.deepEqual(kept.map((e) => [e.name, e.gender]), [['Bram', 'm'], ['Ottilie', 'f']]);
  assert.deepEqual(decideGenders(counts.votes, 3, { m: 0.8, f: 0.7 }).map((e) => e.name), ['Bram']);
});

test('CoNLL text reads into documents of sentences', () => {
  const docs = conllDocuments('-DOCSTART- -X- -X- O\n\nBram NNP B-NP B-PER\nwon VBD B-VP O\n\n-DOCSTART- -X- -X- O\n\nIt PRP B-NP O\n');
  assert.equal(docs.length, 2);
  assert.deepEqual(docs[0][0], [['Bram', 'B-PER'], ['won', 'O']]);
});

test('an apposition after a full name votes with the gender of its noun', () => {
  assert.deepEqual([...conllVotes([tagged('Ottilie/B-PER Marsh/I-PER , a spokeswoman for the port , declined .')]).get('Ottilie')!], ['f']);
  assert.deepEqual([...conllVotes([tagged('Bram/B-PER Dunmore/I-PER , 61 , the former chairman of the club , left .')]).get('Bram')!], ['m']);
  assert.deepEqual([...conllVotes([tagged('Ottilie/B-PER Marsh/I-PER , his wife , stayed home .')]).get('Ottilie')!], ['f']);
});

test('an apposition whose noun comes before another name gives the first name nothing, nor does its possessive', () => {
  const seen = conllVotes([tagged('Bram/B-PER Dunmore/I-PER , her son Olaf/B-PER Marsh/I-PER and two friends came .')]);
  assert.equal(seen.has('Bram'), false);
});

test('a title the tagger took into the name is not the given name', () => {
  const seen = conllVotes([tagged('Mrs/B-PER Ottilie/I-PER Marsh/I-PER arrived .'), tagged('Dr/B-PER Brandt/I-PER said he was glad .')]);
  assert.deepEqual([...seen.get('Ottilie')!], ['f']);
  assert.equal(seen.has('Mrs'), false);
  assert.equal(seen.has('Dr'), false);
});
