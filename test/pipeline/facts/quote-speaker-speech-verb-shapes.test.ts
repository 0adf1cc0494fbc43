// Speakers told by the shape of the attribution rather than a listed verb: a verb of speaking known
// only by its lemma ("testified"), one that speaks in a sense other than its first where it closes
// the attribution ("maintained."), a clause of speaking that ends at the comma before the quotation
// ("answered, “…”", "told the board in a quiet voice, “…”"), a participle after the object of the
// clause it hangs from ("dismissed the complaints saying that “…”"), and a sentence that leads up to
// the quotation with a verb of speaking and a comma ("X, head of …, commented, ¶ “…”"). Sentences
// are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteStarting } from '../../fixtures/analyse-text.js';

test('"“…,” testified X": a verb of speaking WordNet knows only by its lemma hands the quotation on', () => {
  const text = 'The trial of the warehouse guard went into its second week. "I heard two loud bangs and then every light in the yard went out," testified Marta Quell, a cashier at the depot.';
  assert.equal(quoteStarting(text, 'I heard two loud bangs')?.speaker, 'Marta Quell');
});

test('"“…,” X maintained.": a verb with a sense of speaking that closes the attribution', () => {
  const text = 'Engineers inspected the old bridge on Tuesday. "The deck is safe for lorries of up to forty tonnes and needs no new limit," Helen Brandt maintained.';
  assert.equal(quoteStarting(text, 'The deck is safe')?.speaker, 'Helen Brandt');
});

test('"X answered, “…”": a past verb of speaking by its lemma, right before the comma', () => {
  const text = 'Reporters asked about the delay at the harbour. Tomas Berg then answered, "We are still waiting for the spare parts from the supplier in Hamburg."';
  assert.equal(quoteStarting(text, 'We are still waiting')?.speaker, 'Tomas Berg');
});

test('"X told the board in a quiet voice, “…”": the clause of speaking ends at the comma with its complements', () => {
  const text = 'The hearing lasted four hours. Tomas Berg told the board in a quiet voice, "We are still waiting for the spare parts from the supplier in Hamburg."';
  assert.equal(quoteStarting(text, 'We are still waiting')?.speaker, 'Tomas Berg');
});

test('"X dismissed the complaints saying that “…”": the participle\'s speaker is the subject of its clause, not the object before it', () => {
  const text = 'Residents protested against the new bus lanes. Lena Vogt dismissed the complaints saying that "the bus lanes have cut journey times for everyone who commutes into the centre."';
  assert.equal(quoteStarting(text, 'the bus lanes have cut')?.speaker, 'Lena Vogt');
});

test('"X, head of …, commented, ¶ “…”": a sentence ending in a verb of speaking and a comma leads up to the quotation', () => {
  const text = 'The drought has hit the valley hard this summer.\n\nRosa Imhof, head of the regional farmers\' union, commented,\n\n"The dry months have cost us half of the harvest and the insurers are not paying for any of it."';
  assert.equal(quoteStarting(text, 'The dry months')?.speaker, 'Rosa Imhof');
});

test('a sentence ending in a comma after a verb that does not speak leads up to nothing', () => {
  const text = 'The drought has hit the valley hard this summer.\n\nRosa Imhof, head of the regional farmers\' union, stood up,\n\n"The dry months have cost us half of the harvest and the insurers are not paying for any of it."';
  assert.notEqual(quoteStarting(text, 'The dry months')?.speaker, 'Rosa Imhof');
});
