// The lede's weekday dates a year-less dateline only when it is the weekday of the saying itself:
// read off the parse in the pipeline, off the words beside the verb without one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentAnchor, normaliseTimes } from '../../../src/pipeline/time/index.js';
import { segment } from '../../../src/pipeline/segment/index.js';
import { loadSyntaxModel, parseDocument } from '../../../src/pipeline/syntax/index.js';
import type { Doc, Syntax } from '../../../src/types.js';
import { makeDoc, mentionOf } from './doc.js';

const lined = (text: string, date: string): Doc => {
  const line = text.slice(0, text.indexOf(' - ') + 3);
  return makeDoc(text, { dateline: { place: 'Tallinn', text: line, date, span: { start: 0, end: line.length } } });
};
const parsed = (doc: Doc): Syntax => parseDocument(doc.text, segment(doc.text), loadSyntaxModel(), doc.meta.dateline?.span ?? null);

const DIED = 'TALLINN, Oct 14 (Wire) - Officials said the ferry captain died on Tuesday after a fall on deck.';

test('"officials said he died on Tuesday": the weekday of the death does not date the dateline (parse)', () => {
  const doc = lined(DIED, '--10-14');
  assert.equal(documentAnchor(doc, parsed(doc)).weekday, undefined);
  assert.deepEqual(mentionOf(normaliseTimes(doc, parsed(doc)), 'Tuesday').value, { iso: null, precision: 'weekday' });
});

test('"officials said he died on Tuesday": nor without a parse', () => {
  assert.equal(documentAnchor(lined(DIED, '--10-14')).weekday, undefined);
});

test('the weekday of the saying dates the dateline, with or without the parse', () => {
  for (const text of [
    'TALLINN, Oct 14 (Wire) - The harbour authority said on Wednesday that the ferry captain had died after a fall.',
    'TALLINN, Oct 14 (Wire) - The harbour master told reporters on Wednesday that the quay would stay closed.',
    'TALLINN, Oct 14 (Wire) - The shipping line announced late on Wednesday that it would sell two ferries.',
  ]) {
    const doc = lined(text, '--10-14');
    assert.equal(documentAnchor(doc, parsed(doc)).weekday, 3, text);
    assert.equal(documentAnchor(doc).weekday, 3, text);
  }
});
