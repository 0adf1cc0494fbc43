// A span that runs on past an abbreviated designator's period into the next sentence ends there. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { cutAtDesignatorStops } from '../../../src/pipeline/entities/designator-stops.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const shown = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}`);
/** Casing prior: the lower-cased word's bucket; low buckets are words news writes in lower case. */
const casing = new Map([['meanwhile', 0], ['later', 0]]);

test('a common word after "Inc." is the next sentence\'s: the span ends at the designator, a company', () => {
  const text = 'Rivals include Pellworth Inc. Meanwhile, prices fell.';
  assert.deepEqual(shown(cutAtDesignatorStops(text, [at(text, 'Pellworth Inc. Meanwhile', 'PER')], casing)), ['ORG:Pellworth Inc.']);
});

test('two companies run together are two; a name after the designator keeps the span\'s type', () => {
  const text = 'Advised by Marden, Hulse & Co. Tresco Corp. sold notes. It hired Kemble Ltd. Ivo Sandor said so.';
  const out = cutAtDesignatorStops(text, [at(text, 'Marden, Hulse & Co. Tresco Corp.', 'ORG'), at(text, 'Kemble Ltd. Ivo Sandor', 'PER')], casing);
  assert.deepEqual(shown(out), ['ORG:Marden, Hulse & Co.', 'ORG:Tresco Corp.', 'ORG:Kemble Ltd.', 'PER:Ivo Sandor']);
});

test('designators or dotted initials after a designator, a lower-case word, a place or a titled name: left whole', () => {
  const text = 'Shares of Okuma Trading Co. Ltd. rose; Farrel Corp. of Ohio gained; in Derry Co. Tyrone it rained; Vink & Co. N.V. sold.';
  const ms = [at(text, 'Okuma Trading Co. Ltd.', 'ORG'), at(text, 'Farrel Corp. of Ohio', 'ORG'), at(text, 'Derry Co. Tyrone', 'LOC'), at(text, 'Vink & Co. N.V.', 'ORG')];
  assert.deepEqual(shown(cutAtDesignatorStops(text, ms, casing)), shown(ms));
});
