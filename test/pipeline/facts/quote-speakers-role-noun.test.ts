// "the 54-year-old businessman said" right after the article's subject was that person: any noun
// WordNet knows for a person names the salient one, as the listed descriptors ("the chancellor")
// do. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteStarting } from '../../fixtures/analyse-text.js';

test('"the businessman said" after the businessman was the subject is that person', () => {
  const text =
    'NEW YORK (AP) _\n\n' +
    'A federal judge on Monday refused to block the sale of the Harbor Line ferry company to a group of investors led by Carl Voss .\n\n' +
    'Voss , a former shipping executive , praised the ruling . ' +
    "``Now we can get on with the job of running the ferries ,'' the 54-year-old businessman said in a telephone interview .";
  const q = quoteStarting(text, 'Now we can get on');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Carl Voss', JSON.stringify(q));
});

test('"the pharmacist said" with no person salient in the last sentences stays a description', () => {
  const text =
    'The town council voted on Monday to close the clinic on Elm Street at the end of the year.\n\n' +
    'The clinic has served the town since 1961 and treats about 40 people a day.\n\n' +
    '"People will have to drive an hour to see a doctor," the pharmacist said.';
  const q = quoteStarting(text, 'People will have to drive');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'pharmacist', JSON.stringify(q));
});
