import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boilerplateReason } from '../../../src/pipeline/extract/boilerplate-lexicon.js';
import { extract } from '../../../src/pipeline/extract/index.js';
import type { RawDoc } from '../../../src/types.js';

function page(body: string): RawDoc {
  return {
    source: { kind: 'file', location: 'newsletter.html', name: 'newsletter' },
    format: 'html',
    content: `<html><head><title>Parish bulletin closes</title></head><body><article><h1>Parish bulletin closes</h1>${body}</article></body></html>`,
    encoding: 'utf-8',
    hints: {},
  };
}

const filler =
  '<p>The parish council decided on Monday night to stop printing its monthly bulletin after forty years, citing the cost of paper and postage.</p>' +
  '<p>Volunteers who had delivered it door to door for decades were told at the meeting that the last issue would go out in March.</p>';

test('sign-up prompts that mention a newsletter are still dropped', () => {
  for (const prompt of [
    'Sign up for our weekly newsletter.',
    'Get the morning newsletter in your inbox every weekday.',
    'Enter your email address to receive the newsletter.',
    'Newsletter',
    'The Harbour Weekly newsletter',
    'Like this story? Subscribe to the newsletter!',
    'For more, sign up for the Harbour Weekly newsletter.',
    '(Subscribe to the parish newsletter by post or read it online.)',
    'You can also get this newsletter by email — just tick "Morning Tides."',
  ]) {
    assert.equal(boilerplateReason(prompt), 'newsletter', prompt);
  }
});

test('a news sentence about a newsletter, or one quoting its editor, is kept', () => {
  for (const news of [
    "The newsletter's editor, Ruth Calloway, said the council had given no warning.",
    '"We wrote the newsletter by hand for the first ten years," said Tom Ede, its founder.',
    'Readers who subscribe to the newsletter pay two pounds a year, the treasurer told the meeting.',
    '"It was never about money," said Ann Holt, who writes a gardening newsletter.',
    'The bulletin began as a single typed sheet and grew into a newsletter of twelve pages.',
  ]) {
    assert.equal(boilerplateReason(news), null, news);
  }
});

test('in a page, the editor quoted about the newsletter stays and the sign-up box goes', () => {
  const doc = extract(
    page(
      filler +
        '<p>"Our newsletter was the only way older residents heard about the meetings," said Ruth Calloway, its editor.</p>' +
        '<p>Sign up for our newsletter.</p>',
    ),
  );
  assert.match(doc.text, /"Our newsletter was the only way older residents heard about the meetings," said Ruth Calloway/);
  assert.ok(!doc.text.includes('Sign up for our newsletter'));
  assert.ok(doc.removed.some((r) => r.reason === 'newsletter' && r.text === 'Sign up for our newsletter.'));
});
