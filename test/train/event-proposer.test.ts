// The learned event proposer's pieces on documents of our own writing: labels from gold triggers,
// proposals (one per sentence and type, none of a type the rules found there), training and the
// leave-one-set-out table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventRecord } from '../../src/types.js';
import { PROPOSER_CLASSES, labelCandidates, oracleF1, propose, proposerLoso, trainProposer, guessAll, type ProposerCandidate, type ProposerDocument, type ProposerFold } from '../../src/train/lib/event-proposer.js';

const TEXT = 'Rebels shelled the town on Monday. The mayor resigned later. Farmers met the minister.';
const SENTENCES = [{ start: 0, end: 34 }, { start: 35, end: 60 }, { start: 61, end: 86 }];
const at = (word: string) => TEXT.indexOf(word);
const cand = (word: string, sentence: number, features: string[]): ProposerCandidate => ({ word: 0, sentence, start: at(word), end: at(word) + word.length, text: word, features, label: 0 });
const cls = (type: string) => PROPOSER_CLASSES.indexOf(type as (typeof PROPOSER_CLASSES)[number]);

const ruleAttack: EventRecord = { id: 'e1', type: 'attack', trigger: { start: at('shelled'), end: at('shelled') + 7, text: 'shelled' }, sentence: SENTENCES[0], date: null, place: null, actors: [], targets: [], counts: {}, status: 'asserted' };

function doc(name: string): ProposerDocument {
  const candidates = [cand('resigned', 1, ['l=resign']), cand('met', 2, ['l=meet']), cand('town', 0, ['l=town'])];
  return {
    name,
    gold: { events: [
      { id: 'a', type: 'attack', evidence: 'Rebels shelled the town on Monday.' },
      { id: 'r', type: 'resignation', evidence: 'The mayor resigned later.' },
    ] },
    text: TEXT,
    sentences: SENTENCES,
    events: [ruleAttack],
    candidates,
  };
}

test('candidates take the type of the gold trigger they lie in; optional or untriggered evidence is left out', () => {
  const cs = [cand('resigned', 1, []), cand('met', 2, []), cand('town', 0, [])];
  labelCandidates(cs, [
    { type: 'resignation', optional: false, trigger: { start: at('resigned'), end: at('resigned') + 8 }, evidence: SENTENCES[1] },
    { type: 'meeting', optional: true, trigger: { start: at('met'), end: at('met') + 3 }, evidence: SENTENCES[2] },
    { type: 'attack', optional: false, trigger: null, evidence: SENTENCES[0] },
  ]);
  assert.deepEqual(cs.map((c) => c.label), [cls('resignation'), -1, -1]);
});

test('proposals: the surest first, one per sentence and type, never a type the sentence already has', () => {
  const d = doc('d');
  const guesses = [{ cls: cls('resignation'), margin: 3 }, { cls: cls('meeting'), margin: -1 }, { cls: cls('attack'), margin: 9 }];
  const out = propose(d, guesses, 0);
  assert.deepEqual(out.map((e) => [e.type, e.trigger.text]), [['resignation', 'resigned']]);
  assert.deepEqual(propose(d, guesses, -2).map((e) => e.type), ['resignation', 'meeting']);
  assert.equal(propose(d, guesses, 5).length, 0);
});

test('trained on folds, the proposer finds the type its features carry, and LOSO reports every fold', () => {
  const folds: ProposerFold[] = ['x', 'y', 'z'].map((name) => {
    const d = doc(name);
    labelCandidates(d.candidates, [{ type: 'resignation', optional: false, trigger: { start: at('resigned'), end: at('resigned') + 8 }, evidence: SENTENCES[1] }]);
    return { name, docs: [d] };
  });
  const model = trainProposer(folds.slice(0, 2), 4);
  const g = guessAll(model, folds[2].docs[0]);
  assert.equal(PROPOSER_CLASSES[g[0].cls], 'resignation');
  assert.ok(g[0].margin > 0);
  assert.equal(oracleF1(folds[2]), 1);
  const r = proposerLoso(folds, 4);
  assert.equal(r.rows.length, 3);
  for (const row of r.rows) assert.ok(row.after.f1 >= row.before.f1);
  assert.ok(r.meanAfter >= r.meanBefore);
});
