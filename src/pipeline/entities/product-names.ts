// "four additional Patriot batteries", "12 Tomahawk missiles": one capitalised word that the parse makes a
// compound of a counted plural noun naming things, not people, is a make or model (MISC, as CoNLL
// annotates products), not the person the tagger guessed. A person's name modifies people or affairs,
// seldom a count of things ("two Trump aides": a person noun; "the Obama administration": no count), and
// a word the article also gives as part of a longer person's name keeps its type. Needs the parse and
// WordNet (the head's most frequent sense tells a person from a thing); without either it does nothing.
import type { Mention, Syntax } from '../../types.js';
import { installedWordNet } from '../../corpus/events/wordnet.js';
import { personWordTest, type PersonWordTest } from '../facts/events/person-words.js';
import { dependents } from '../syntax/query.js';

let personWord: PersonWordTest | undefined;

/** The mentions with product modifiers made MISC, and those (settled by the grammar). */
export function typeProductModifiers(mentions: Mention[], syn: Syntax | undefined): { mentions: Mention[]; settled: Set<Mention> } {
  const settled = new Set<Mention>();
  const wn = installedWordNet();
  if (!syn || syn.words.length === 0 || !wn) return { mentions, settled };
  // no spelling guess: a head WordNet lacks is not judged
  personWord ??= personWordTest(wn, /^$/);
  const wordAt = new Map(syn.words.map((w, i) => [w.start, i]));
  const out = mentions.map((m) => {
    if (m.type !== 'PER' || m.title || /\s/.test(m.text)) return m;
    const w = wordAt.get(m.start);
    if (w === undefined || syn.words[w].end !== m.end || syn.words[w].deprel !== 'compound') return m;
    const h = syn.words[w].head;
    const head = syn.words[h];
    if (h <= w || head.upos !== 'NOUN' || head.text.toLowerCase() === head.lemma.toLowerCase() || dependents(syn, h, 'nummod').length === 0) return m;
    if (wn.synsets(head.lemma.toLowerCase(), 'n').length === 0 || personWord!(head.lemma.toLowerCase())) return m;
    if (mentions.some((o) => o !== m && o.type === 'PER' && o.text.length > m.text.length && o.text.split(/\s+/).includes(m.text))) return m;
    const product: Mention = { ...m, type: 'MISC' };
    settled.add(product);
    return product;
  });
  return { mentions: out, settled };
}
