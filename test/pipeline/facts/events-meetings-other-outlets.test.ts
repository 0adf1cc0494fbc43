// Meetings and agreements as other outlets tell them: a news conference held with a named person,
// parties conferring, a plan signed, a meeting told in a "with whom" clause. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function events(text: string): string[] {
  return analyseText(`World news\n\n${text}`).events.map((e) => `${e.type}:${e.trigger.text}`);
}

test('a news conference held with a named person is a meeting, even where something is told to it', () => {
  assert.deepEqual(events('Speaking at a joint news conference with Prime Minister Ola Berg, the envoy said the border would reopen.'), ['meeting:conference']);
  // (session 21: a news conference spoken at is a meeting in itself, whoever its audience)
  assert.deepEqual(events('The minister spoke at a news conference with reporters in Paris.'), ['meeting:conference']);
});

test('parties that confer meet; a title or a degree conferred is no event', () => {
  assert.deepEqual(events('On Tuesday, Norvia and Castel conferred in Paris on the blockade.'), ['meeting:conferred']);
  assert.deepEqual(events('The university conferred an honorary degree on the singer.'), []);
  assert.deepEqual(events('The title was conferred on him in 1990.'), []);
});
