// Business happenings of set E's kind: layoffs, approvals by shareholders or a parliament (votes), a decision by a
// court (a ruling). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function events(text: string): string[] {
  return analyseText(`Business news\n\n${text}`).events.map((e) => `${e.type}:${e.theme ?? ''}:${e.status}:${e.trigger.text}`);
}

test('layoffs, and a counted workforce laid off, are a layoff', () => {
  assert.deepEqual(events('Brandt Tools laid off 450 workers at its Leeds plant on Monday.'), ['other:layoff:asserted:laid off']);
  assert.deepEqual(events('The 120 drivers were laid off last week, the union said.'), ['other:layoff:asserted:laid off']);
  assert.deepEqual(events('The layoffs of 300 miners at the Kestrel pit began in June.'), ['other:layoff:asserted:layoffs']);
  assert.deepEqual(events('Brandt Tools said it will lay off 200 people next year.'), ['other:layoff:planned:lay off']);
});

test('an uncounted object after "lay off" is a kind of act or another sense', () => {
  assert.deepEqual(events('High costs are forcing farms to lay off seasonal hands.'), []);
  assert.deepEqual(events('Her aides decided to lay off Senator Quint after the debate.'), []);
});

test('shareholders or a parliament approving, or a plan approved at a meeting, is a vote; a minister approving is not', () => {
  assert.deepEqual(events('Orlin Foods shareholders approved the merger on Tuesday.'), ['vote::asserted:approved']);
  assert.deepEqual(events('The budget was approved by parliament on Friday.'), ['vote::asserted:approved']);
  assert.deepEqual(
    events("The split of the shares was approved at a special stockholders' meeting on Thursday.").filter((e) => e.startsWith('vote')),
    ['vote::asserted:approved'],
  );
  assert.deepEqual(events('The trade minister approved the export licence on Monday.'), []);
  assert.deepEqual(events('The plan was approved at a cost of $5 million.'), []);
});

test('a decision by a court is a ruling; anyone else\'s decision is not', () => {
  assert.deepEqual(events('Tenants cheered a decision by the Supreme Court on Wednesday.'), ['ruling::asserted:decision']);
  assert.deepEqual(events('Tenants cheered a decision by the landlord on Wednesday.'), []);
});
