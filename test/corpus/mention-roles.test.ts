// The roles the parse attaches to an event head (actors, targets, obliques, entities in any role,
// its own times, numbers, modifiers, a bare plural): what tells two instances of one kind apart.
// Parses written by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SyntaxWord, TimeMention } from '../../src/types.js';
import { mentionRoles, roleSources } from '../../src/corpus/events/mention-roles.js';

/** A hand parse: [text, lemma, upos, head (index, -1 root), deprel], words one space apart. */
function parse(rows: Array<[string, string, string, number, string]>): SyntaxWord[] {
  let at = 0;
  return rows.map(([text, lemma, upos, head, deprel], token) => {
    const w = { text, lemma, upos, head, deprel, token, start: at, end: at + text.length };
    at += text.length + 1;
    return w;
  });
}

const time = (words: SyntaxWord[], i: number, iso: string | null): TimeMention => ({ start: words[i].start, end: words[i].end, text: words[i].text, value: { iso, precision: iso ? 'day' : 'weekday' } });

test('roles of a verb head: actor, targets with their count, an oblique, its own time', () => {
  // "Officers detained three fans in Galway on 2030-05-04"
  const words = parse([
    ['Officers', 'officer', 'NOUN', 1, 'nsubj'], ['detained', 'detain', 'VERB', -1, 'root'], ['three', 'three', 'NUM', 3, 'nummod'],
    ['fans', 'fan', 'NOUN', 1, 'obj'], ['in', 'in', 'ADP', 5, 'case'], ['Galway', 'Galway', 'PROPN', 1, 'obl'],
    ['on', 'on', 'ADP', 7, 'case'], ['2030-05-04', '2030-05-04', 'NUM', 1, 'obl'],
  ]);
  const roles = mentionRoles(roleSources(words, [{ start: words[5].start, end: words[5].end, entityId: 'ent_galway' }], [time(words, 7, '2030-05-04')]), 1);
  assert.deepEqual(roles.actors, ['officer']);
  assert.deepEqual(roles.targets, ['fan']);
  assert.deepEqual(roles.numbers, ['three']);
  assert.deepEqual(roles.obliques, ['ent_galway'], 'the resolved entity, and the date is not an oblique');
  assert.deepEqual(roles.times, ['2030-05-04']);
  assert.deepEqual(roles.entities, ['ent_galway']);
  assert.equal(roles.generic, false);
});

test('roles of a noun head: a modifier of its possessor, and a bare plural', () => {
  // "the earlier week 's flooding" — "earlier" modifies the possessor, and marks the head's instance
  const words = parse([
    ['the', 'the', 'DET', 2, 'det'], ['earlier', 'earlier', 'ADJ', 2, 'amod'], ['week', 'week', 'NOUN', 4, 'nmod:poss'],
    ["'s", "'s", 'PART', 2, 'case'], ['flooding', 'flooding', 'NOUN', -1, 'root'],
  ]);
  assert.deepEqual(mentionRoles(roleSources(words, [], []), 4).modifiers, ['earlier']);
  // "Evictions rose" — a kind of event, not one
  const plural = parse([['Evictions', 'eviction', 'NOUN', 1, 'nsubj'], ['rose', 'rise', 'VERB', -1, 'root']]);
  assert.equal(mentionRoles(roleSources(plural, [], []), 0).generic, true);
  const single = parse([['The', 'the', 'DET', 1, 'det'], ['evictions', 'eviction', 'NOUN', -1, 'root']]);
  assert.equal(mentionRoles(roleSources(single, [], []), 1).generic, false, 'a determiner makes it particular');
});
