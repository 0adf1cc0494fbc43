// "Prime Minister Avi Dor … Later, the 61-year-old prime minister met … “…,” he said": a definite
// description by the title the article gave a person is a mention of that person for the pronouns
// after it. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteStarting } from '../../fixtures/analyse-text.js';

test('"he" after "the 61-year-old prime minister met …" is the prime minister the article named', () => {
  const text =
    'OSLO (AP) _\n\n' +
    'Prime Minister Avi Dor told his Cabinet on Sunday that the port talks would resume next week.\n\n' +
    "``We are ready to move forward, but not at any price,'' Dor said.\n\n" +
    'Union negotiator Sami Nasser rejected the conditions. He told reporters at the docks that the government was ``trying to settle the outcome before the talks even begin.\'\'\n\n' +
    "``This is not how partners behave,'' Nasser said.\n\n" +
    'A senior state official said the king hoped both sides would show restraint. ' +
    "``Nobody expects a deal next week,'' the official said.\n\n" +
    "Later, the 61-year-old prime minister met with the shipowners. ``I gave them my word,'' he said afterward.";
  const q = quoteStarting(text, 'I gave them my word');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Avi Dor', JSON.stringify(q));
});

test('a title word is judged alike in every article: a second article with the same title finds its own holder', () => {
  const article = (name: string, quote: string) =>
    `Transport Minister ${name} opened the new ferry terminal on Friday after two years of building work.\n\n` +
    `Dock workers cheered as the first ship tied up at the new berth.\n\n` +
    `Later, the 52-year-old transport minister met with the dock owners. \`\`${quote},'' she said.`;
  for (const [name, quote] of [['Lena Marsh', 'The sheds are ready for the winter'], ['Ines Falk', 'We will need more cranes by spring']]) {
    const q = quoteStarting(article(name, quote), quote);
    assert.ok(q, 'the quotation is found');
    assert.equal(q.speaker, name, JSON.stringify(q));
  }
});
