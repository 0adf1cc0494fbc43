// Common event words whose sense is read from their arguments (data/event-senses.json): a person executed, a
// workforce that strikes, a place seized. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function events(text: string): string[] {
  return analyseText(`World news\n\n${text}`).events.map((e) => `${e.type}:${e.trigger.text}`);
}

test('a person executed is killed; a plan or a warrant executed is not', () => {
  assert.deepEqual(events('Militia fighters executed three village elders near Tamsa on Friday.'), ['killing:executed']);
  assert.deepEqual(events('The convicted poisoner was executed by lethal injection on Wednesday.'), ['killing:executed']);
  assert.deepEqual(events('The new owners executed their restructuring plan within a year.'), []);
  assert.deepEqual(events('Detectives executed a search warrant at a flat in Dunmore on Tuesday.'), []);
});

test('a workforce that strikes stops work; a deal struck, a storm or a van that strikes does not', () => {
  assert.deepEqual(events('Hospital porters will strike for two days next week over pay.'), ['strike:strike']);
  assert.deepEqual(events('Bus drivers in Corvale are striking over new rotas.'), ['strike:striking']);
  for (const text of ['A cyclist was struck by a delivery van on Thursday.', 'Fierce storms strike the coast every winter.', 'The two firms hope to strike a licensing deal soon.']) {
    const found = events(text);
    assert.ok(!found.some((e) => e.startsWith('strike')), `${text}: ${found.join(', ')}`);
  }
});

test('troops who seize a place take ground; seizing goods or power is no military operation', () => {
  assert.deepEqual(events('Rebel fighters seized the border town of Halvik on Sunday.'), ['military_operation:seized']);
  assert.deepEqual(events('Government troops seized control of the northern city on Monday.'), ['military_operation:seized']);
  assert.deepEqual(events('Customs officers seized two tonnes of tobacco at the port.'), []);
  assert.deepEqual(events('The generals seized power in 1971.'), []);
});
