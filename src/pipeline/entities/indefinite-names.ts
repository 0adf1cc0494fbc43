// "The film won an Oscar": a one-word name after an indefinite article is a thing named so (an
// award, a product, a work: "an Oscar", "a Picasso"), not a person, though the tagger reads the
// first name. A person is not counted with "a"; a family is ("a Kennedy"), so a word the article
// gives as the last word of a person's full name stays a person. Titled names stay people; the
// result settles the type, so neither the article's first-name links nor the corpus vote make it
// the person who bears that first name ("Oscar Isaac starred in it").
import type { Mention, Syntax } from '../../types.js';
import { headOfSpan } from '../syntax/query.js';

const INDEFINITE = /^an?$/iu;

/** "a" or "an" written just before the name ("won an Oscar"), where the parse may hang it elsewhere. */
const ARTICLE_BEFORE = /(?<![\p{L}\p{N}])an?[ \t]+$/iu;

export function typeIndefiniteNames(text: string, mentions: Mention[], syn: Syntax | undefined): { mentions: Mention[]; settled: Set<Mention> } {
  const settled = new Set<Mention>();
  if (!syn || syn.words.length === 0) return { mentions, settled };
  const surnames = new Set(mentions.filter((o) => o.type === 'PER' && /\s/u.test(o.text)).map((o) => o.text.split(/\s+/u).pop()));
  const out = mentions.map((m) => {
    if (m.type !== 'PER' || m.title || /\s/u.test(m.text) || surnames.has(m.text)) return m;
    const head = headOfSpan(syn, m);
    const counted = ARTICLE_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start)) || (head !== null && syn.words.some((d) => d.head === head && d.deprel === 'det' && INDEFINITE.test(d.text)));
    if (!counted) return m;
    const typed: Mention = { ...m, type: 'MISC' };
    settled.add(typed);
    return typed;
  });
  return { mentions: out, settled };
}
