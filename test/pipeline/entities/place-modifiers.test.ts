// A town or region the tagger typed MISC before a noun it modifies is the place; a word WordNet
// also knows as something else (a holiday) or as an adjective stays. Our own sentences.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention, Syntax } from '../../../src/types.js';
import { typePlaceModifiers } from '../../../src/pipeline/entities/place-modifiers.js';
import { installedWordNet } from '../../../src/pipeline/lexicons/wordnet.js';

const wn = installedWordNet();
const noWordNet = wn ? false : 'WordNet is not installed';

/** "She left her NAME flat ." parsed, with NAME a MISC mention modifying "flat". */
function modifierOf(name: string, noun = 'flat'): { mentions: Mention[]; syn: Syntax } {
  const rows: Array<[string, string, string, number]> = [
    ['She', 'PRON', 'nsubj', 1], ['left', 'VERB', 'root', -1], ['her', 'PRON', 'nmod:poss', 4], [name, 'PROPN', 'compound', 4], [noun, 'NOUN', 'obj', 1], ['.', 'PUNCT', 'punct', 1],
  ];
  let offset = 0;
  const words = rows.map(([text, upos, deprel, head], i) => {
    const w = { text, lemma: text.toLowerCase(), upos, deprel, head, token: i, start: offset, end: offset + text.length };
    offset += text.length + 1;
    return w;
  });
  return { mentions: [{ start: words[3].start, end: words[3].end, type: 'MISC', text: name }], syn: { words, sentenceWordStart: [0, words.length] } };
}

test('a town before the noun it modifies is a settled place', { skip: noWordNet }, () => {
  const { mentions, syn } = modifierOf('Kalamazoo');
  const out = typePlaceModifiers(mentions, syn, wn);
  assert.equal(out.mentions[0].type, 'LOC');
  assert.equal(out.settled.size, 1);
});

test('a holiday named like a town, an adjective and a people stay things', { skip: noWordNet }, () => {
  for (const name of ['Christmas', 'Arctic', 'French']) {
    const { mentions, syn } = modifierOf(name, 'trip');
    assert.equal(typePlaceModifiers(mentions, syn, wn).mentions[0].type, 'MISC', name);
  }
});
