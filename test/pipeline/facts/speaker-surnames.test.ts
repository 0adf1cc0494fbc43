// A surname that is also a common word ("Early") written alone beside a verb of speaking, after
// the article named the person in full: that person speaks, and "he" after it is that person.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const STORY = [
  'Several studios have signed up for the service. "Cloud games reach people without a console," says Chris Early, who leads partnerships at a large publisher.',
  'The service is at an early stage, analysts say. "The groundwork is there," says Mia Lund, an analyst at a research firm.',
  '"Streaming is somewhat binary," says Early. "You are either in a place with good bandwidth or you are not."',
  'Early says future games could be built for the service. "Our aim is to make the best game," he says.',
].join('\n\n');

test('"Early says" after "Chris Early" is Chris Early, and so is the "he" after it', () => {
  const quotes = analyseText(STORY).quotes;
  const reported = quotes.find((q) => q.text.startsWith('future games'));
  assert.equal(reported?.speaker, 'Chris Early');
  const aim = quotes.find((q) => q.text.startsWith('Our aim'));
  assert.equal(aim?.speaker, 'Chris Early');
});

test('a surname-like word with no one of that name in the article names nobody', () => {
  const quotes = analyseText('The service is at an early stage. "Streaming is somewhat binary," says Early. Early says future games could be built for the service.').quotes;
  for (const q of quotes) assert.equal(q.speaker ?? null, null, q.text);
});
