// A name the parse ties to a word for a person ("SoftBank CEO Jan Morrow", "Jan Morrow, the
// founder") is written as a person there. The test is WordNet's: the noun's most frequent sense is
// noun.person. It only breaks a tie in the per-article type vote (consistency.ts): on its own a
// role noun can name what an organisation does ("fund manager Fidelity"), so it never outvotes.
import type { Mention, Syntax } from '../../types.js';
import { children, headOfSpan } from '../syntax/query.js';
import { installedWordNet } from '../../corpus/events/wordnet.js';
import { personWordTest, type PersonWordTest } from '../senses/person-words.js';

/** Relations by which a common noun renames a name: "CEO Jan Morrow", "Jan Morrow, the founder". */
const RENAMING = new Set(['appos', 'compound', 'nmod:desc']);
/** Two to four capitalised words: the shape of a person's full name. */
const FULL_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}$/u;

let shippedTest: PersonWordTest | undefined;

/** The mentions shaped like a full name whose head the parse links to a noun for a person. */
export function personCuedMentions(mentions: readonly Mention[], syn: Syntax | undefined, isPersonWord?: PersonWordTest): Set<Mention> {
  const out = new Set<Mention>();
  if (!syn || syn.words.length === 0) return out;
  // with no WordNet installed nothing is cued: no guess from spelling decides a type
  const test = isPersonWord ?? (shippedTest ??= personWordTest(installedWordNet(), /(?!)/));
  for (const m of mentions) {
    if (!FULL_NAME.test(m.text)) continue;
    const head = headOfSpan(syn, m);
    if (head === null) continue;
    const w = syn.words[head];
    const linked = [w.head, ...children(syn, head)];
    const cued = linked.some((i) => {
      const n = syn.words[i];
      if (!n || n.upos !== 'NOUN' || (n.start < m.end && m.start < n.end)) return false;
      // the name as a noun's modifier says whose it is, not what the name is: "a Quillon Partners analyst"
      const renames = i === w.head ? w.deprel === 'appos' : RENAMING.has(n.deprel);
      return renames && test(n.lemma.toLowerCase());
    });
    if (cued) out.add(m);
  }
  return out;
}
