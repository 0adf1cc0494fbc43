// A quotation that opens the sentence after one ending in a colon is what that sentence leads up
// to: its subject's words ("X posted this message on his blog: ¶ “…”"), the words' owner in a
// verbless lead ("Her reply: ¶ “…”"), or the person named last in a lead with no subject.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteStarting } from '../../fixtures/analyse-text.js';

test('the subject of a lead ending in a colon speaks the quotation in the next paragraph', () => {
  const text =
    'The club had waited all week for news of its captain.\n\n' +
    'Shortly after noon, Tomas Brandt posted the following note on his blog:\n\n' +
    '"I will stay with the team for one more season and I cannot wait to start training again."';
  const q = quoteStarting(text, 'I will stay with the team');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Tomas Brandt', JSON.stringify(q));
});

test('a verbless lead names the quotation\'s speaker through its owner', () => {
  const text =
    'Mayor Ilse Varga was asked on Monday whether the bridge would reopen before winter.\n\n' +
    'Her answer:\n\n' +
    '"The engineers need another month, and I will not open a bridge that is not safe for the buses."';
  const q = quoteStarting(text, 'The engineers need another');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Ilse Varga', JSON.stringify(q));
});

test('one who asks after a colon speaks the question that follows', () => {
  const text =
    'The coach named his squad on Friday.\n\n' +
    'Tomas Brandt, the captain, asked the coach:\n\n' +
    '"Will the whole squad travel to the away match in Porto next Sunday or only the starters?"';
  const q = quoteStarting(text, 'Will the whole squad');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Tomas Brandt', JSON.stringify(q));
});

test('the clause a colon ends speaks, not the main clause it hangs from', () => {
  const text =
    'Coach Elena Ruiz said on Thursday that she expected her captain, Tomas Brandt, to stay.\n\n' +
    'It\'s clear the crowd in the square was delighted when, just after lunch, Brandt read out a short statement from the balcony:\n\n' +
    '"I will stay with the team for one more season and I cannot wait to start training again."';
  const q = quoteStarting(text, 'I will stay with the team');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Tomas Brandt', JSON.stringify(q));
});

test('a described subject of a lead speaks, past a clause about the lead\'s noun', () => {
  const text =
    'District Judge Hanna Ostrova sentenced Piet Marek to twelve years on Tuesday.\n\n' +
    'The judge had a warning for anyone who works with Marek in the years ahead:\n\n' +
    '"Never believe a word that this man tells you, because he has lied to this court from the first day."';
  const q = quoteStarting(text, 'Never believe a word');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Hanna Ostrova', JSON.stringify(q));
});
