import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../../src/pipeline/extract/index.js';
import { rawText } from '../../fixtures/analyse-text.js';

const STORY = [
  'Ferry strike halts island traffic',
  'Crews on the island ferries walked out over pay, leaving hundreds of travellers stranded at the ports, the union said.',
  'The operator said talks would resume once both sides had studied the new offer.',
];

test('a bracketed credit line closing the last paragraph leaves the text; its reporters and writers are the authors', () => {
  const text = `${STORY.join('\n\n')} (Reporting by Ines Carvalho in Porto; Additional reporting by Tomasz Wrona in Gdansk; Writing by Elena Moss; Editing by Paul Grady)`;
  const doc = extract(rawText(text));
  assert.ok(doc.text.endsWith('studied the new offer.'), doc.text.slice(-80));
  assert.doesNotMatch(doc.text, /Reporting by|Porto|Gdansk|Editing/);
  const credit = doc.removed.find((r) => r.reason === 'credits');
  assert.match(credit?.text ?? '', /^\(Reporting by Ines Carvalho in Porto;.*Editing by Paul Grady\)$/);
  assert.equal(credit?.at, doc.text.length);
  assert.deepEqual(doc.meta.authors, ['Ines Carvalho', 'Tomasz Wrona', 'Elena Moss']);
});

test('a credit line on its own line leaves the text too', () => {
  const doc = extract(rawText(`${STORY.join('\n\n')}\n\nWriting by Elena Moss; Editing by Paul Grady`));
  assert.doesNotMatch(doc.text, /Elena Moss|Editing/);
  assert.equal(doc.removed.filter((r) => r.reason === 'credits').length, 1);
  assert.deepEqual(doc.meta.authors, ['Elena Moss']);
});

test('a sentence that reports on reporting stays', () => {
  const closing = 'Reporting by local radio helped travellers find the few boats still running.';
  const doc = extract(rawText(`${STORY.join('\n\n')}\n\n${closing}`));
  assert.ok(doc.text.endsWith(closing));
  assert.equal(doc.removed.some((r) => r.reason === 'credits'), false);
});

test('a bracketed aside inside a paragraph is not a credit line', () => {
  const last = 'The union (represented by Ines Carvalho) said the strike would last two days.';
  const doc = extract(rawText(`${STORY.slice(0, 2).join('\n\n')}\n\n${last}`));
  assert.ok(doc.text.endsWith(last));
});
