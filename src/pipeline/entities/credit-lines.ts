// A wire story's credit line names its journalists: "(Reporting by A in Amsterdam; Additional
// reporting by B; Writing by C; Editing by D and E)". The tagger reads these names out of any
// sentence, and an editor's name at the end of an article comes out an organisation or a place
// as often as a person. Every name a credit clause lists before anything else ("in Amsterdam")
// is a person, and the clause settles it.
import type { Mention } from '../../types.js';

/** A credit clause's start up to the mention: "Editing by ", "Reporting by A and ". */
const CLAUSE = /(?:^|[(;]\s*)(?:additional\s+)?(?:reporting|writing|written|editing|edited|compiled|reported)\s+by\s+([^;()\n]*)$/iu;
/** Earlier names of the same clause and their joiners: capitalised words, commas, "and", "&". */
const NAMES_SO_FAR = /^(?:\p{Lu}[\p{L}'’.-]*|,|and|&|\s)*$/u;

/** The mentions with the credit-line people made persons, and those persons (settled by the clause). */
export function typeCreditNames(text: string, mentions: Mention[]): { mentions: Mention[]; settled: Set<Mention> } {
  const settled = new Set<Mention>();
  const out = mentions.map((m) => {
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    const c = CLAUSE.exec(text.slice(Math.max(lineStart, m.start - 160), m.start));
    if (!c || !NAMES_SO_FAR.test(c[1])) return m;
    const person: Mention = m.type === 'PER' ? m : { ...m, type: 'PER' };
    settled.add(person);
    return person;
  });
  return { mentions: out, settled };
}
