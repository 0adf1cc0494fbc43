// A lone name right after an office written out before it ("President Bush", "Senator Obama") is a
// person there, whatever the tagger made of the word and whatever the article's other mentions of it
// say: the office settles it, as a courtesy title does. The tagger reads a document's mentions of a
// word alike, so "the Bush administration" made even "President Bush" a thing, and a president whose
// surname a town also bears ("Obama") that place in every mention. Not a company's name ("General"
// and "Director" open those), nor a country or region ("President Kenya" is no way to write one).
import type { Mention } from '../../types.js';
import { installedWordNet, type WordNet } from '../lexicons/wordnet.js';
import { candidates } from '../gazetteer/resolve.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { isOfficeWord } from './office-titles.js';

/** One capitalised word, the whole name. */
const LONE_NAME = /^\p{Lu}[\p{Ll}'’-]+$/u;
/** The capitalised word and single space right before a name: no full stop between ("… the President. Bush said"). */
const WORD_BEFORE = /(?:^|[^\p{L}.])(\p{Lu}\p{Ll}+)[ \t]$/u;

/** Mentions with the lone names an office word stands right before made persons, and those persons (settled). */
export function typeOfficeTitledNames(text: string, mentions: Mention[], wn: WordNet | null = installedWordNet()): { mentions: Mention[]; settled: Set<Mention> } {
  const settled = new Set<Mention>();
  if (!wn) return { mentions, settled };
  const out = mentions.map((m) => {
    if (m.type === 'ORG' || m.title || m.typeSettled || !LONE_NAME.test(m.text)) return m;
    const office = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1];
    if (office === undefined || !isOfficeWord(office, wn) || isCountryOrRegion(m.text)) return m;
    const person: Mention = m.type === 'PER' ? m : { ...m, type: 'PER' };
    settled.add(person);
    return person;
  });
  return { mentions: out, settled };
}

function isCountryOrRegion(name: string): boolean {
  return candidates(gazetteer(), name).entries.some((e) => e.kind === 'C' || e.kind === 'R');
}
