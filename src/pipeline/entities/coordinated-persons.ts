// "stars Odile Brenner and Torvel Grace", "relied on Marlo Venn and Julius Jones": a two-word name the
// parse coordinates with a person's full name, and written as a personal name is, is a person too,
// though the tagger, deciding from the word alone, called it an organisation or a thing. Written as
// a personal name: two title-case words, the first no common word in news (the model's casing
// prior: not "Pacific Gas"), the last no body's head noun or company designator, and no place the
// gazetteer knows opening it ("Berkshire Hathaway"). The text must join the two with "and", "or"
// or a list's comma: a parse that coordinates words far apart is more often wrong than not. A name
// whose type its own context settled stays.
import type { Mention, Syntax } from '../../types.js';
import { headOfSpan } from '../syntax/query.js';
import { endsInBodyHead } from './head-nouns.js';
import { isCommonWord } from './sentence-start.js';
import { isCompanyDesignator } from './names.js';
import { candidates } from '../gazetteer/resolve.js';
import { gazetteer } from '../gazetteer/gazetteer.js';

/** What stands between two coordinated names: "and", "or", a list's comma. */
const JOINER = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)$/u;
const TWO_WORDS = /^(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)$/u;

/** Two title-case words, the first no common word, the last no body head or designator, and no
 *  place opening or making it (a caller with other evidence of a person may allow a first word
 *  that is also a town's name: "Pierre Thomas"). */
export function writtenAsPersonalName(name: string, casing: ReadonlyMap<string, number>, opts: { firstWordMayBePlace?: boolean } = {}): boolean {
  const words = TWO_WORDS.exec(name);
  if (!words) return false;
  const [, first, last] = words;
  if (isCommonWord(first, casing) || endsInBodyHead(name) || isCompanyDesignator(last)) return false;
  return (opts.firstWordMayBePlace === true || candidates(gazetteer(), first).entries.length === 0) && candidates(gazetteer(), name).entries.length === 0;
}

export function typeCoordinatedPersons(text: string, mentions: Mention[], syntax: Syntax | undefined, casing: ReadonlyMap<string, number>, settled: ReadonlySet<Mention>): Mention[] {
  if (!syntax || syntax.words.length === 0) return mentions;
  const heads = mentions.map((m) => headOfSpan(syntax, m));
  const fullPersons = mentions.flatMap((m, i) => (m.type === 'PER' && /\s/u.test(m.text) && heads[i] !== null ? [{ m, head: heads[i]! }] : []));
  // the parse's conjunct, confirmed by "and"/"or" (or a list's comma) written between the two names
  const joined = (a: Mention, b: Mention) => JOINER.test(a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start));
  const coordinatedWithPerson = (m: Mention, h: number) =>
    fullPersons.some((p) => (syntax.words[h].deprel === 'conj' && syntax.words[h].head === p.head) || (syntax.words[p.head].deprel === 'conj' && syntax.words[p.head].head === h) ? joined(m, p.m) : false);
  let out: Mention[] | undefined;
  mentions.forEach((m, i) => {
    const h = heads[i];
    if ((m.type !== 'ORG' && m.type !== 'MISC') || m.title || m.typeSettled || settled.has(m) || h === null) return;
    if (!writtenAsPersonalName(m.text, casing) || !coordinatedWithPerson(m, h)) return;
    out ??= [...mentions];
    out[i] = { ...m, type: 'PER' };
  });
  return out ?? mentions;
}
