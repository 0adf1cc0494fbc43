// A product's model number is no count: digits after a brand written in camel case ("iPhone 11"), or the
// same digits before the same capitalised word more than once in an article ("737 Max"). A maker's name
// written once before a count ("40 Contoso jets") stays a count. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function figureTexts(text: string): string[] {
  const a = analyseText(`Gadgets\n\n${text}`, { published: '2031-05-02' });
  return a.figures.map((f) => f.text);
}

test('digits after a camel-case brand are part of its name', () => {
  assert.deepEqual(figureTexts('My old iPhone 12 Mini still works, and the new iPhone 15 costs more.'), []);
});

test('digits that stand before the same capitalised word twice are a model number', () => {
  const figures = figureTexts('The carrier grounded its popular 919 Condor jet on Friday. It had ordered 40 Contoso jets in March, and the embattled 919 Condor jet will stay on the ground.');
  assert.ok(!figures.includes('919'), figures.join(', '));
  assert.ok(figures.includes('40'), figures.join(', '));
});

test('a plural name counted twice is still counted', () => {
  const figures = figureTexts('The hacker targeted about 300 Norwegians from his flat in Riga. He admitted cheating about 300 Norwegians over two years.');
  assert.equal(figures.filter((f) => f === 'about 300').length, 2, figures.join(', '));
});
