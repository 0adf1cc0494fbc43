// A quotation inside a speech that the attribution reports ("X said that Y told them “…”"): the
// words are those of the subject of the inner verb of speaking, not of the one who reports them.
// A quotation with no inner verb of speaking stays the reporter's. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteStarting } from '../../fixtures/analyse-text.js';

test('a quotation under a verb of speaking inside the reported content is that verb\'s subject\'s', () => {
  const q = quoteStarting('The ferry sank near the harbour wall on Sunday. A coastguard officer said that the skipper told rescuers that he could not steer the boat “in water that rough.”', 'in water');
  assert.ok(q, 'the quotation is found');
  assert.match(q.speaker ?? '', /skipper/);
});

test('a quotation in the reported content with no verb of speaking there stays the reporter\'s', () => {
  const q = quoteStarting('The ferry sank near the harbour wall on Sunday. A coastguard officer said the skipper could not steer the boat “in water that rough.”', 'in water');
  assert.ok(q, 'the quotation is found');
  assert.match(q.speaker ?? '', /coastguard officer/);
});

test('a verb only WordNet counts as communicating ("deliver a vaccine") does not take the quotation from the reporter', () => {
  const q = quoteStarting('Ines Okoro, a researcher at the institute, welcomed the news. She also said the outbreak led Pfizer to mobilise research teams worldwide to deliver a vaccine "in the shortest time anyone has managed".', 'in the shortest');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Ines Okoro');
});

test('a participle cue that opens the quotation speaks for the subject of the clause it hangs from, not the reporter', () => {
  const q = quoteStarting('The depot fire was set on purpose, police said. A dispatcher, Sgt. Rita Voss, told reporters that Omar Haddad phoned twice, saying "I know who set the fire at the depot" and then hung up.', 'I know who');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Omar Haddad');
});
