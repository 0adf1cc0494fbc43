import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSnippet } from '../../src/store/snippet.js';

// The stored text starts with the headline on its own line; a snippet ran it into the dateline.
const text =
  'Harbour pilots strike over night shifts at the port\n\n' +
  'KESTREL BAY, May 4 (Wire) - Harbour pilots walked out on Tuesday, halting ferries and freight at the port ' +
  'for a second day while the union and the port authority argued over pay for night shifts.\n\n' +
  'The authority said talks would resume on Thursday.';

test('a snippet keeps to the paragraph of its matches: the headline is not run into the dateline', () => {
  const s = buildSnippet(text, ['ferries']);
  assert.doesNotMatch(s, /port KESTREL|shifts.*KESTREL/, s);
  assert.match(s, /\[ferries\]/);
  assert.match(s, /^… KESTREL BAY, May 4/, 'the body paragraph from its start, "…" for the cut headline');
  assert.equal(s.replace(/^… | …$/g, '').split(/\s+/).length >= 20, true, 'still a full window of words');
});

test('a match in the headline shows the headline alone', () => {
  const s = buildSnippet(text, ['strike']);
  assert.equal(s, 'Harbour pilots [strike] over night shifts at the port …');
});

test('the paragraph with more of the query words wins', () => {
  const s = buildSnippet(text, ['talks', 'resume', 'union']);
  assert.match(s, /\[talks\] would \[resume\]/);
  assert.doesNotMatch(s, /\[union\]/);
});

test('one paragraph: the window is as before', () => {
  const flat = text.replace(/\n\n/g, ' ');
  assert.match(buildSnippet(flat, ['strike']), /^Harbour pilots \[strike\] over night shifts at the port KESTREL BAY/);
});

test('given the title the text starts with, the snippet comes from the body when the body holds a query word', () => {
  const title = 'Harbour pilots strike over night shifts at the port';
  const s = buildSnippet(text, ['pilots'], ['[', ']'], title);
  assert.match(s, /^… KESTREL BAY, May 4 \(Wire\) - Harbour \[pilots\] walked out/);
  // a word only the title holds: the title it is
  assert.equal(buildSnippet(text, ['strike'], ['[', ']'], title), 'Harbour pilots [strike] over night shifts at the port …');
  // a title the text does not start with changes nothing
  assert.equal(buildSnippet(text, ['pilots'], ['[', ']'], 'Another headline'), buildSnippet(text, ['pilots']));
});
