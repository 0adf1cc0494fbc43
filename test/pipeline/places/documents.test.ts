import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { EntityType, Mention, Place } from '../../../src/types.js';
import { resolvePlaces } from '../../../src/pipeline/places/index.js';

interface Fixture {
  name: string;
  text: string;
  dateline?: string;
  mentions: Array<{ text: string; type: EntityType; nth?: number }>;
  expect: Record<string, (Partial<Place> & { span?: string }) | null>;
}

const { documents } = JSON.parse(readFileSync('test/fixtures/places/documents.json', 'utf8')) as { documents: Fixture[] };

function locate(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: "${needle}" not found`);
  }
  return at;
}

for (const doc of documents) {
  test(`resolvePlaces: ${doc.name}`, () => {
    const mentions: Mention[] = doc.mentions.map((m) => {
      const start = locate(doc.text, m.text, m.nth);
      return { start, end: start + m.text.length, type: m.type, text: m.text };
    });
    const places = resolvePlaces(doc.text, mentions, { dateline: doc.dateline });
    for (const [mentionText, want] of Object.entries(doc.expect)) {
      const start = locate(doc.text, mentionText);
      const got = places.find((p) => p.start === start);
      if (want === null) {
        assert.equal(got, undefined, `${mentionText} should stay unresolved, got ${JSON.stringify(got?.place)}`);
        continue;
      }
      assert.ok(got, `${mentionText} unresolved`);
      const { span, ...fields } = want;
      for (const [k, v] of Object.entries(fields)) assert.equal(got.place[k as keyof Place], v, `${mentionText}.${k}`);
      assert.equal(got.text, doc.text.slice(got.start, got.end), 'text matches span');
      assert.equal(got.text, span ?? mentionText);
    }
    assert.equal(places.length, Object.values(doc.expect).filter(Boolean).length, 'no extra places');
  });
}

test('resolvePlaces without place mentions returns nothing', () => {
  assert.deepEqual(resolvePlaces('Nothing here.', []), []);
});

test('the same ambiguous name follows the document, not a global default', () => {
  const text = 'Farmers near Tbilisi and Kutaisi complain. Georgia imports most grain.';
  const at = (s: string): Mention => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, type: 'LOC', text: s });
  const places = resolvePlaces(text, [at('Tbilisi'), at('Kutaisi'), at('Georgia')]);
  assert.deepEqual(places.map((p) => p.place.countryCode), ['GE', 'GE', 'GE']);
});
