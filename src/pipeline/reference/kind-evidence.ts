// What an article itself says an organisation is: the head noun of its name ("European Space
// Agency", "China Eastern Airlines") and the nouns the parse ties to it as a descriptor
// ("Europol, the EU's police agency"; "the UN stabilisation mission, MONUSCO"; "US airframer
// Boeing"). A later "the agency" or "the airline" is the body the article gave that noun, which
// a word list of organisation nouns could not say.
import type { Mention } from '../../types.js';
import { firstTokenAtOrAfter, type FactsContext } from '../context/document.js';
import { dependents, headOfSpan } from '../syntax/query.js';

/** Relations by which a common noun renames a name, either way round. */
const RENAMING = ['appos', 'nmod:desc', 'compound'];

/** A noun's singular spelling, enough to meet a name's plural ("Airlines") and its description's singular. */
export function singular(w: string): string {
  if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:ss|us|is)$/.test(w)) return w;
  return w.replace(/s$/, '');
}

/** Per organisation (by entity id, else name): the singular lower-case nouns its names and descriptors give it. */
export function organisationKinds(ctx: FactsContext): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (m: Mention, word: string) => {
    const key = m.entityId ?? m.canonical ?? m.text;
    const set = out.get(key) ?? out.set(key, new Set()).get(key)!;
    set.add(singular(word.toLowerCase()));
  };
  const syn = ctx.syntax;
  for (const m of ctx.mentions) {
    if (m.type !== 'ORG') continue;
    // the name's head noun: "Federal Bureau of Investigation" is a bureau, "Ohio State University" no state
    for (const name of new Set([m.text, m.canonical ?? m.text])) {
      const head = nameHead(name);
      if (head) add(m, head);
    }
    if (!syn) continue;
    const head = headOfSpan(syn, m);
    if (head === null) continue;
    const outside = (w: number) => syn.words[w].end <= m.start || syn.words[w].start >= m.end;
    const noun = (w: number) => w >= 0 && syn.words[w].upos === 'NOUN' && outside(w);
    const word = syn.words[head];
    // the name renames the noun: "the UN stabilisation mission, MONUSCO"
    if (word.deprel === 'appos' && noun(word.head)) add(m, syn.words[word.head].lemma);
    // the noun renames the name: "Europol, the EU's police agency", "US airframer Boeing"
    for (const d of dependents(syn, head, ...RENAMING)) if (noun(d)) add(m, syn.words[d].lemma);
    // the parse often misses the apposition of a noun right before a name ("airframer Boeing" as two subjects)
    const before = firstTokenAtOrAfter(syn.words, m.start) - 1;
    if (before >= 0 && noun(before) && m.start - syn.words[before].end === 1) add(m, syn.words[before].lemma);
  }
  return out;
}

/**
 * The word a name's kind is in: its last capitalised word before "of", "for" or "on" ("Bureau"
 * in "Federal Bureau of Investigation", "Airlines" in "China Eastern Airlines").
 */
function nameHead(name: string): string | null {
  const words = name.split(/\s+/);
  const cut = words.findIndex((w) => /^(?:of|for|on)$/.test(w));
  const before = cut > 0 ? words.slice(0, cut) : words;
  // a one-word name is the body's name, not its kind ("Europol", "Boeing")
  if (before.length < 2) return null;
  const last = before[before.length - 1];
  return last && /^\p{Lu}\p{Ll}{2,}$/u.test(last) ? last : null;
}
