import test from 'node:test';
import assert from 'node:assert/strict';
import { NameEnds } from '../../../src/pipeline/entities/name-ends.js';

const name = (text: string) => ({ text, tokens: text ? text.split(' ') : [] });

test('names are found by their first or last token, in the order given, each once', () => {
  const names = ['Harbor Gulls', 'Harbor Savings Bank', 'Upland Gulls', 'Harbor', '', 'Gulls Harbor'].map(name);
  const ends = new NameEnds(names);
  assert.deepEqual(ends.opening('Harbor').map((n) => n.text), ['Harbor Gulls', 'Harbor Savings Bank', 'Harbor']);
  assert.deepEqual(ends.ending('Gulls').map((n) => n.text), ['Harbor Gulls', 'Upland Gulls']);
  // "Harbor Gulls" opens with one and ends with the other: listed once
  assert.deepEqual(ends.sharingAnEnd(['Harbor', 'Gulls']).map((n) => n.text), ['Harbor Gulls', 'Harbor Savings Bank', 'Upland Gulls', 'Harbor']);
  assert.deepEqual(ends.sharingAnEnd(['Gulls']).map((n) => n.text), ['Harbor Gulls', 'Upland Gulls', 'Gulls Harbor']);
  assert.deepEqual(ends.opening('Lakeside'), []);
});
