// A deed coordinated with a verb of denying is told as done: "rejected the report and resigned". What is denied
// ("denied that she had resigned", "denied resigning") stays denied. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const statusOf = (text: string, type: string) => {
  const events = analyseText(text).events;
  return { found: events.find((e) => e.type === type)?.status, all: events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ') };
};

test('a deed beside a verb of denying is asserted', () => {
  for (const [text, type] of [
    ['The treasurer denied the accusations and resigned on Tuesday.', 'resignation'],
    ['The treasurer denied the claims and resigned on Tuesday.', 'resignation'],
    ['Officers rejected the complaint and arrested the cyclist.', 'arrest'],
  ] as const) {
    const { found, all } = statusOf(text, type);
    assert.equal(found, 'asserted', `${text}: ${all}`);
  }
});

test('what is denied stays denied', () => {
  for (const text of ['The treasurer denied that she had resigned.', 'The treasurer denied resigning from the board.']) {
    const { found, all } = statusOf(text, 'resignation');
    assert.equal(found, 'denied', `${text}: ${all}`);
  }
});
