import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../../src/pipeline/extract/index.js';
import type { RawDoc } from '../../../src/types.js';

// Markup without an <html> element, as people paste it from a page.
const FIRST = 'The ferry between Oban and Mull ran late all week because one of its two engines needed new parts.';
const SECOND = 'The operator said on Friday that a spare vessel would take over the crossing from Monday.';
const THIRD = 'Islanders who missed hospital appointments were told to ask for them to be rebooked.';

function html(content: string): RawDoc {
  return { source: { kind: 'stdin', location: 'stdin', name: 'pasted' }, format: 'html', content, encoding: 'utf-8', hints: {} };
}

test('a pasted fragment of paragraphs keeps every paragraph', () => {
  const doc = extract(html(`<p>${FIRST}</p>\n<p>${SECOND}</p><p>${THIRD}</p>`));
  for (const s of [FIRST, SECOND, THIRD]) assert.ok(doc.text.includes(s), s);
});

test('a page that opens with <head> and has no <html> keeps its body and its title', () => {
  const doc = extract(html(`<!doctype html><head><title>Spare ferry for Mull</title></head><body><p>${FIRST}</p><p>${SECOND}</p></body>`));
  for (const s of [FIRST, SECOND]) assert.ok(doc.text.includes(s), s);
  assert.equal(doc.title, 'Spare ferry for Mull');
});

test('a fragment opening with loose text and inline markup keeps that text', () => {
  const doc = extract(html(`${FIRST} <b>Update:</b> ${SECOND}<p>${THIRD}</p>`));
  for (const s of [FIRST, SECOND, THIRD]) assert.ok(doc.text.includes(s), s);
});
