// "one Weibo commenter said", "a Lee aide said": an indefinite someone whom a name only describes is
// not the name's bearer; and "“…,” one user quipped." closes its quotation with any verb of
// speaking in the past tense. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

test('"one Weibo commenter" is a commenter, not Weibo', () => {
  const quotes = analyseText('The governor posted the video on Weibo, a site like Twitter, on Sunday. Many users mocked it. “Stop hiding things like this,” one Weibo commenter said. “We can face it together.”').quotes;
  assert.equal(quotes.length, 2);
  for (const q of quotes) {
    assert.notEqual(q.speaker, 'Weibo', q.text);
    assert.match(q.speaker ?? '', /commenter/);
  }
});

test('"“…,” one user quipped." has the user as its speaker', () => {
  const quotes = analyseText('The slogan drew jokes online. “If we were any higher, we would be in orbit,” one user quipped.').quotes;
  assert.equal(quotes[0]?.speaker, 'user', '"one" is an article there, as "a" is');
});

test('a named speaker after the quotation is still the name', () => {
  const quotes = analyseText('The slogan drew jokes online. “If we were any higher, we would be in orbit,” Dana Cole quipped.').quotes;
  assert.equal(quotes[0]?.speaker, 'Dana Cole');
});

test('a passive after a question, or a verb that opens a quotation of its own, attributes nothing before it', () => {
  const passive = analyseText('The email lists names. “So, who?” Her suggestions are redacted.').quotes;
  assert.equal(passive.find((q) => q.text.startsWith('So, who'))?.speaker ?? null, null);
  const sign = analyseText('Angry voters waited in the snow. Holding signs calling Smith “Ohio’s Biggest Failure,” the crowd chanted “Bad for Ohio, bad for you.” Smith ignored them.').quotes;
  assert.equal(sign.find((q) => q.text.includes('Biggest Failure')), undefined);
});

test('"one juror said" is a juror, not the person the sentences before were about', () => {
  const quotes = analyseText('The jury heard Victor Lund on tape ordering the fire. The recording convinced them, several said. “We had to listen to it twice,” one juror said.').quotes;
  const q = quotes.find((x) => x.text.startsWith('We had to'));
  assert.ok(q, 'the quotation is found');
  assert.notEqual(q.speaker, 'Victor Lund');
  assert.match(q.speaker ?? '', /juror/);
});
