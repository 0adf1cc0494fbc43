// A lower-case word inside an organisation's name is the name's, not a happening: "the Committee to
// Re - elect the Mayor" holds no election. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

test("a body named for its aim holds no event of the verb in its name; the same verb outside a name is one", () => {
  const named = analyseText('Orla Dahl ran the Committee to Re - elect the Governor in 2019 .');
  assert.ok(named.mentions.some((m) => m.type === 'ORG' && m.text.startsWith('Committee to Re - elect')), JSON.stringify(named.mentions.map((m) => m.text)));
  assert.deepEqual(named.events.filter((e) => e.type === 'election').map((e) => e.trigger.text), []);
  const voted = analyseText('Voters in Varnok will elect a new mayor in May .');
  assert.deepEqual(voted.events.filter((e) => e.type === 'election').map((e) => e.trigger.text), ['elect']);
});
