// Page metadata from the structures pages state it in (JSON-LD, meta tags), on small invented pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractHtml } from '../../../src/pipeline/extract/html-extract.js';
import { parseLenientJson, repairJson } from '../../../src/pipeline/extract/lenient-json.js';

const BODY = '<article><h1>Ferry service resumes on the northern route</h1>' +
  '<p>The ferry between the two harbour towns sailed again on Tuesday after a month of repairs to its engine.</p>' +
  '<p>Passengers said the crossing was calm and the boat ran on time, though the café on board stayed closed.</p></article>';

function page(head: string): string {
  return `<!doctype html><html><head><title>Ferry service resumes</title>${head}</head><body>${BODY}</body></html>`;
}

test('JSON-LD with a trailing comma or a raw line break in a string still gives its date and author', () => {
  const trailing = page(`<script type="application/ld+json">{"@type": "NewsArticle", "keywords": ["ferries", "harbours", ],
    "datePublished": "2031-04-08T09:15:00Z", "author": {"@type": "Person", "name": "Idris Calloway",}, }</script>`);
  const r = extractHtml(trailing);
  assert.equal(r.published?.value.iso, '2031-04-08');
  assert.deepEqual(r.authors?.value, ['Idris Calloway']);

  const lineBreak = page(`<script type="application/ld+json">{"@type": "NewsArticle", "description": "A calm
crossing", "datePublished": "2031-04-09"}</script>`);
  assert.equal(extractHtml(lineBreak).published?.value.iso, '2031-04-09');
});

test('the JSON repair leaves strings and valid JSON alone', () => {
  assert.deepEqual(parseLenientJson('{"a": "x, ]", "b": [1, 2, ]}'), { a: 'x, ]', b: [1, 2] });
  assert.equal(repairJson('{"a": "say \\"hi,\\" }"}'), '{"a": "say \\"hi,\\" }"}');
  assert.equal(parseLenientJson('{"a": '), undefined);
});
