// A search snippet neither starts nor ends inside brackets ("… Tribunal) ruled" or "… Authority
// (Autoridade"): a bracket cut near the window's edge is taken in whole, else left out. Made-up text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSnippet } from '../../src/store/snippet.js';

const filler = (n: number, word = 'lorem') => Array.from({ length: n }, () => word).join(' ');

function balanced(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === '(') depth++;
    if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

test('a window starting inside brackets takes in the opening bracket', () => {
  // The best window is centred on "quarry" and "permit", which puts its first word inside the brackets.
  const text = `${filler(30)} the Harbour Tribunal (Tribunal Regional do Porto Velho e da Costa Sul Norte) ruled that the quarry permit was void ${filler(30)}`;
  const s = buildSnippet(text, ['quarry', 'permit', 'void']);
  assert.ok(balanced(s), s);
  assert.match(s, /\[quarry\] \[permit\]/);
});

test('a window ending inside brackets takes in the closing bracket, or stops before the opening one', () => {
  const text = `${filler(3, 'Yesterday')} the quarry permit was declared void by the Coastal Authority (Autoridade Costeira do Norte) in a short hearing ${filler(30)}`;
  for (const words of [['quarry'], ['yesterday', 'quarry']]) {
    const s = buildSnippet(text, words);
    assert.ok(balanced(s), s);
  }
  const long = `the quarry permit was void, said the Coastal Authority (${filler(40, 'ipsum')}) later`;
  const s = buildSnippet(long, ['quarry']);
  assert.ok(balanced(s), s);
  assert.match(s, /Coastal Authority …$/);
});

test('a query word inside a long bracket keeps the bracket open rather than lose the word', () => {
  const text = `${filler(30)} (${filler(30, 'ipsum')} quarry ${filler(30, 'ipsum')}) ${filler(30)}`;
  assert.match(buildSnippet(text, ['quarry']), /\[quarry\]/);
});
