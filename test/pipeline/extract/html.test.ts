import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { extract } from '../../../src/pipeline/extract/index.js';
import type { RawDoc } from '../../../src/types.js';

const html = readFileSync('test/fixtures/extract/article.html', 'utf8');
const raw: RawDoc = {
  source: { kind: 'file', location: 'test/fixtures/extract/article.html', name: 'article' },
  format: 'html',
  content: html,
  encoding: 'utf-8',
  hints: {},
};
const doc = extract(raw);

test('keeps the article paragraphs, heading, list items and quote', () => {
  assert.match(doc.text, /^PORTLAND, April 7 \(Ledger\) - The harbour bridge reopened/);
  for (const s of ['Commuters relieved', 'The cycle lane opens next month', 'We promised the city a safer bridge', 'tolls would not change this year']) {
    assert.ok(doc.text.includes(s), s);
  }
});

test('drops navigation, cookie banner, share bar, caption, ad, newsletter, bio, tags, related, comments, footer', () => {
  for (const s of ['Accept all cookies', 'Sport', 'Share on Facebook', '© Ledger Photo Desk', 'Advertisement', 'morning newsletter', 'covers transport', 'Tags:', 'Ferry timetable', 'What a waste of money', 'All rights reserved', 'window.tracking', 'color: red']) {
    assert.ok(!doc.text.includes(s), s);
  }
  const reasons = new Map(doc.removed.map((r) => [r.text, r.reason]));
  assert.equal(reasons.get('Cars cross the bridge on its first morning. © Ledger Photo Desk'), 'caption');
  assert.equal(reasons.get('Advertisement'), 'ad');
  assert.equal([...reasons].find(([t]) => t.startsWith('What a waste'))?.[1], 'comments');
  assert.equal([...reasons].find(([t]) => t.startsWith('Ferry timetable'))?.[1], 'related');
  assert.equal([...reasons].find(([t]) => t.startsWith('Mara Lindqvist covers'))?.[1], 'author-bio');
  assert.equal([...reasons].find(([t]) => t.startsWith('We use cookies'))?.[1], 'cookie-notice');
});

test('paragraphs are blank-line separated spans over the text', () => {
  assert.equal(doc.paragraphs.length, doc.text.split('\n\n').length);
  for (const p of doc.paragraphs) {
    const s = doc.text.slice(p.start, p.end);
    assert.ok(s.length > 0 && !s.includes('\n\n'));
  }
  assert.equal(doc.paragraphs.at(-1)?.end, doc.text.length);
});

test('removed parts point into the text', () => {
  for (const r of doc.removed) assert.ok(r.at >= 0 && r.at <= doc.text.length);
  const caption = doc.removed.find((r) => r.reason === 'caption')!;
  assert.ok(doc.text.slice(caption.at).startsWith('The work replaced corroded cables'));
});

test('metadata from og, JSON-LD and meta tags', () => {
  assert.equal(doc.title, 'Harbour bridge reopens after repairs');
  assert.deepEqual(doc.meta.authors, ['Mara Lindqvist', 'Tomas Ferreira']);
  assert.equal(doc.meta.publisher, 'The Coastal Ledger');
  assert.equal(doc.meta.published.value, '2021-04-07');
  assert.equal(doc.meta.published.precision, 'day');
  assert.equal(doc.meta.published.evidence?.origin, 'meta');
  assert.equal(doc.meta.dateline?.place, 'Portland');
  assert.equal(doc.meta.dateline?.date, '--04-07');
  assert.deepEqual(doc.sources, [raw.source]);
});

test('id is the hash of the normalised text: the same article twice is one document', () => {
  assert.match(doc.id, /^[0-9a-f]{16}$/);
  const again = extract({ ...raw, source: { kind: 'url', location: 'https://example.org/a', name: 'a' } });
  assert.equal(again.id, doc.id);
});

test('JSON-LD published date and <time> when meta tags are missing', () => {
  const page = (head: string, body: string) =>
    extract({ ...raw, content: `<html><head>${head}</head><body><article>${body}<p>${'A long enough paragraph of article text, with commas, to be chosen. '.repeat(3)}</p></article></body></html>` });
  const ld = page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-11-18T10:00:00-05:00"}</script>', '');
  assert.equal(ld.meta.published.value, '2019-11-18');
  assert.equal(ld.meta.published.evidence?.origin, 'json-ld');
  const time = page('', '<time datetime="2018-02-03T08:00">Feb 3</time>');
  assert.equal(time.meta.published.value, '2018-02-03');
  assert.equal(time.meta.published.evidence?.origin, 'time-element');
  const none = page('', '');
  assert.deepEqual({ value: none.meta.published.value, precision: none.meta.published.precision }, { value: null, precision: 'none' });
});
