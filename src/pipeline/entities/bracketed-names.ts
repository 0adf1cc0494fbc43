// A body's other name in brackets right after its full name: translated and foreign news writes
// the local acronym or name there ("the Public Prosecution Service (OM)", "Spain's National Court
// (Audiencia Nacional)"). Its letters need not spell the English name's initials (that case is
// acronym-definitions'), so the evidence is the place alone, and it is taken only where it is good:
// the name before is an organisation of two words or more that the tagger found, and the bracket
// holds only an acronym or a few capitalised words. Not taken: a ticker or exchange ("(NYSE: ACM)",
// "(ACM.N)": a colon, dot or digit), a person's party and state ("(D-Calif.)"), a place ("Sanofi
// (France)", "(UK)": the tagger reads a place there), a person, a title the tagger took for an
// organisation ("the Federal Chancellor (Bundeskanzler)": a title's translation; WordNet's first
// sense of its last word is a person), a part of a
// company's name ("Cheung Kong (Holdings) Ltd", "Temasek Holdings (Pte) Ltd": a designator in or
// right after the brackets), and a name the tagger ran across a comma ("the Bank, the Fed (…)").
import type { Mention } from '../../types.js';
import { spellsAcronym } from './acronym-definitions.js';
import { isCompanyDesignator } from './names.js';
import { installedWordNet } from '../lexicons/wordnet.js';

/** WordNet's lexicographer file of people (noun.person). */
const NOUN_PERSON = 18;

/** Whether the word's most frequent noun sense is a person ("chancellor", "solicitor"); false without WordNet. */
function namesAPerson(word: string): boolean {
  const wn = installedWordNet();
  const first = wn?.synsets(word.toLowerCase(), 'n')[0];
  return first !== undefined && wn !== null && wn.lexFile(first) === NOUN_PERSON;
}

const BRACKET = /^\s\(\s*([^()\n]{2,60}?)\s*\)/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
// up to five capitalised words, small linking words between them ("Tribunal de Cuentas")
const NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Ll}{1,3}\s+)?\p{Lu}[\p{L}'’-]*){0,4}$/u;

/** Bracketed acronyms and names after an organisation's full name, as mentions that carry the name they stand for (`expands`). */
export function bracketedOtherNames(text: string, mentions: Mention[], titles: ReadonlySet<string>): Mention[] {
  let out = mentions;
  for (const m of mentions) {
    if (m.type !== 'ORG' || m.title || m.text.includes(',') || m.text.split(/\s+/).length < 2) continue;
    const b = BRACKET.exec(text.slice(m.end, m.end + 70));
    if (!b) continue;
    const inner = b[1];
    const next = /^\s+([\p{L}]+)/u.exec(text.slice(m.end + b[0].length, m.end + b[0].length + 20));
    if (isCompanyDesignator(inner) || (next && isCompanyDesignator(next[1]))) continue;
    const acronym = ACRONYM.test(inner);
    if (!acronym && !NAME.test(inner)) continue;
    // initials that spell the name: acronym-definitions has done it
    const tails = [...m.text.matchAll(/\S+/g)].map((w) => m.text.slice(w.index));
    if (acronym && tails.some((t) => spellsAcronym(t, inner))) continue;
    // a plural after a plural is a kind of thing, not one body ("Intensive Care Units (ICUs)")
    if (/s$/.test(inner) && /\p{Ll}s$/u.test(m.text)) continue;
    const last = m.text.split(/\s+/).pop() ?? '';
    // a title is one person: a plural of people names a group ("Petroleos Mexicanos")
    if (titles.has(last) || titles.has(m.text) || (!/s$/.test(last) && namesAPerson(last))) continue;
    const start = m.end + b[0].indexOf(inner);
    const end = start + inner.length;
    const inside = out.filter((x) => x.start < end && start < x.end);
    if (inside.some((x) => x.type === 'LOC' || x.type === 'PER' || x.start < start || x.end > end)) continue;
    if (inside.some((x) => x.expands)) continue;
    const short: Mention = { start, end, type: 'ORG', text: inner, expands: m.text };
    out = out.filter((x) => !inside.includes(x)).concat(short);
  }
  return out === mentions ? mentions : out.sort((a, b) => a.start - b.start);
}
