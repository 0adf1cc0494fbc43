// A deed coordinated with a verb of planning or wishing is told as done, not planned: "was tried ... and convicted",
// "tried to escape and was caught". A deed coordinated with the planned one stays planned. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const statusOf = (text: string, type: string) => {
  const events = analyseText(text).events;
  return { found: events.find((e) => e.type === type)?.status, all: events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ') };
};

test('a deed beside a verb of trying or wanting is asserted', () => {
  for (const [text, type] of [
    ['The porter was tried for arson and convicted by the jury on Friday.', 'conviction'],
    ['The porter was tried in June and convicted of arson.', 'conviction'],
    ['The driver tried to escape and was caught by officers.', 'arrest'],
    ['The driver wanted to escape and was arrested at the port.', 'arrest'],
  ] as const) {
    const { found, all } = statusOf(text, type);
    assert.equal(found, 'asserted', `${text}: ${all}`);
  }
});

test('a deed coordinated with what is planned or wanted stays unrealised', () => {
  const planned = statusOf('The men plotted to abduct the banker and kill him.', 'killing');
  assert.equal(planned.found, 'planned', planned.all);
  const wanted = statusOf('Officers want to arrest the driver and charge him.', 'charge');
  assert.equal(wanted.found, 'hypothetical', wanted.all);
  const future = statusOf('The driver will be arrested and charged.', 'charge');
  assert.equal(future.found, 'planned', future.all);
});

test('a deed someone tried or is attempting is a possibility, not a plan', () => {
  for (const [text, type] of [
    ['Council members who have been attempting to reverse the parking rule welcomed the news.', 'other'],
    ['The opposition tried to overturn the decree last year.', 'other'],
  ]) {
    const { found, all } = statusOf(text, type);
    assert.equal(found, 'hypothetical', `${text}: ${all}`);
  }
});
