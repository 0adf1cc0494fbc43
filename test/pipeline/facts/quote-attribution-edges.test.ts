// What a report says starts after the dateline; a plural description ("officials") is several
// people, never the one named just before it.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { Quote } from '../../../src/types.js';

function quotesOf(text: string): Quote[] {
  return analyseText(`Heavy rain hit the coast.\n\n${text}`, { published: '2031-03-12' }).quotes;
}

const LAGOS =
  'LAGOS, Nigeria — Shells struck a busy market in Lagos on Monday morning, killing at least 9 people and injuring about 30, ' +
  'the governor of Lagos State said, as fighting between the army and rebels moved to within 15 kilometres of the city.';

test('a report after a dateline does not start with the dateline', () => {
  const q = quotesOf(LAGOS).find((x) => /Shells struck/.test(x.text));
  assert.ok(q, 'the report is found');
  assert.ok(!q.text.startsWith('LAGOS'), q.text);
});

test('"… union leader Rui Costa, officials said": the officials speak, not Costa', () => {
  const q = quotesOf('The new contract was signed in Lisbon by the shipping minister and union leader Rui Costa, officials said, after weeks of talks.')[0];
  assert.ok(q, 'the report is found');
  assert.equal(q.speakerText, 'officials');
  assert.notEqual(q.speaker, 'Rui Costa');
});

test('a singular title after a name still names that person ("Ana Lopes, the port director")', () => {
  const q = quotesOf('The strike had cost the port millions, said Ana Lopes, the port director.\n\nTalks would resume next week, the port director said.').find((x) => /Talks/.test(x.text));
  assert.equal(q?.speaker, 'Ana Lopes');
});
