// The pronoun and description measure of `eval entity-coref`: how gold mentions are classed and scored.
import test from 'node:test';
import assert from 'node:assert/strict';
import { referenceForm, scoreReferences, type ReferenceItem } from '../../src/eval/lib/reference-score.js';

test('gold mentions are classed by their annotated type, else by their words', () => {
  assert.equal(referenceForm('its', 'PRO'), 'it');
  assert.equal(referenceForm('Him', ''), 'he/she');
  assert.equal(referenceForm('our', 'PRO'), 'first/second person');
  assert.equal(referenceForm('which', ''), 'other');
  assert.equal(referenceForm('the ferry operator', 'NOM'), 'description');
  assert.equal(referenceForm('the ferry operator', ''), 'description');
  assert.equal(referenceForm('the Coast Guard', ''), 'name', 'an article before capitalised words is part of a name');
  assert.equal(referenceForm('Coast Guard', 'NAM'), 'name');
});

test('accuracy counts every item, coverage the resolved ones, and errors are classed', () => {
  const item = (over: Partial<ReferenceItem>): ReferenceItem => ({ doc: 'd', text: 'it', form: 'it', type: 'ORG', name: 'Tarn Mills', cataphora: false, resolved: null, right: false, ...over });
  const r = scoreReferences(
    [
      item({ resolved: { name: 'Tarn Mills', type: 'ORG' }, right: true }),
      item({ resolved: { name: 'Brook Rail', type: 'ORG' } }),
      item({ form: 'he/she', type: 'PER', name: 'Ida Roe', resolved: { name: 'Tarn Mills', type: 'ORG' } }),
      item({}),
      item({ cataphora: true }),
      item({ form: 'description', text: 'the mill owner', resolved: { name: 'Tarn Mills', type: 'ORG' }, right: true }),
    ],
    { 'first/second person': 2 },
  );
  assert.deepEqual([r.pronouns.items, r.pronouns.resolved, r.pronouns.right], [5, 3, 1]);
  assert.equal(r.pronouns.accuracy, 0.2);
  assert.equal(r.pronouns.coverage, 0.6);
  assert.equal(r.descriptions.right, 1);
  assert.deepEqual(r.errors, { cataphora: { items: 1, missed: 1 }, nearestNameWrong: 1, wrongKind: 1, unresolved: 1 });
  assert.equal(r.byGroup['it ORG'].items, 4);
  assert.deepEqual(r.notScored, { 'first/second person': 2 });
});
