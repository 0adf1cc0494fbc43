// A vehicle is written with its model year before its make and model: "a 1998 Rellon Tarsa", "his
// grey 2011 Vantor Esk". The tagger knows the make as a company (or, never having seen it, as a
// person) and types the whole so, but the name after a year there is one product, a thing (MISC)
// as every gold set here writes it. The year must open the phrase, after "a", "an" or an owner's
// word with at most one lower-case word (a colour) between: "the 2012 Harvest Festival" or "in
// 2008 Ella Marr won" is no product. A name the parse makes a noun's modifier is whose the noun's
// thing is ("a 1972 Harbour Ledger profile": the paper's profile), so it stays. CoNLL-2003 writes no
// name after such a year.
import type { Mention, Syntax } from '../../types.js';
import { headOfSpan } from '../syntax/query.js';

/** "a 2013 ", "his gray 2008 ": an article or an owner's word, perhaps one lower-case word, then a model year. */
const MODEL_YEAR_BEFORE = /(?:^|[^\p{L}])(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|[Yy]our)[ \t]+(?:\p{Ll}+[ \t]+)?(?:19|20)\d\d[ \t]+$/u;
/** A make and a model: two or three capitalised words or initials. */
const MAKE_AND_MODEL = /^\p{Lu}[\p{L}\p{N}-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}-]*){1,2}$/u;

/** Mentions that follow a model year typed as things (MISC), and those things (settled); titled and settled mentions stay. */
export function typeModelYearProducts(text: string, mentions: Mention[], settled: ReadonlySet<Mention>, syntax?: Syntax): { mentions: Mention[]; settled: Set<Mention> } {
  const made = new Set<Mention>();
  const out = mentions.map((m) => {
    if (m.type === 'MISC' || m.title || m.typeSettled || settled.has(m) || !MAKE_AND_MODEL.test(m.text)) return m;
    if (!MODEL_YEAR_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) || modifiesANoun(m, syntax)) return m;
    const product: Mention = { ...m, type: 'MISC' };
    made.add(product);
    return product;
  });
  return { mentions: made.size ? out : mentions, settled: made };
}

function modifiesANoun(m: Mention, syntax: Syntax | undefined): boolean {
  if (!syntax) return false;
  const head = headOfSpan(syntax, m);
  return head !== null && syntax.words[head].deprel === 'compound';
}
