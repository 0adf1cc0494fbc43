// "owned by Toronto's Thomson family", "the Bancroft family": one capitalised word right before
// "family" or "clan" is the family's name, a person's surname (PER, as CoNLL annotates "the Kennedy
// family"), whatever the tagger said. A people or faith ("a Mexican family", "a Muslim family"), a
// place (a country, region or sizeable town of the gazetteer, whatever type the tagger gave it:
// "his Miami family") and "family of …" (a product line) are left alone; so are a name settled as
// something else (a curated company's "Boeing family" of jets), a word WordNet has only as a common
// noun ("the Galaxy family": a product line, no surname), and "family" the parse reads as a
// modifier of the next noun ("the Nobel family foundation": the foundation's name part).
import type { Mention, Syntax } from '../../types.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { nameKey } from '../gazetteer/normalize.js';
import { shippedGroupWords } from './group-words.js';
import { isPlaceName } from './company-short-names.js';
import { installedWordNet, type WordNet } from '../lexicons/wordnet.js';

/** One capitalised word, or a surname with an inner capital after "Mc", "Mac" or "O'" ("McAlpine", "O'Rourke"). */
const SURNAME_SHAPE = /^(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+$/u;
const FAMILY_AFTER = /^([ \t]+)(?:family|families|clan)(?![\p{L}\p{N}])(?![ \t]+of\b)/u;

/** Whether WordNet has the word, and only as a common noun written in lower case. */
function onlyCommonNoun(wn: WordNet | null, word: string): boolean {
  const lemma = word.toLowerCase();
  const ids = wn?.synsets(lemma, 'n') ?? [];
  if (ids.length === 0) return false;
  return ids.every((id) => {
    const s = wn?.synset(id);
    const k = s ? s.words.indexOf(lemma) : -1;
    return s !== null && s !== undefined && k >= 0 && s.lowerCase?.[k] === true;
  });
}

/** Whether the parse attaches the word at this offset as a compound modifier of another noun. */
function modifiesNextNoun(syntax: Syntax | undefined, at: number): boolean {
  const w = syntax?.words.find((x) => x.start === at);
  return w !== undefined && w.deprel === 'compound';
}

export function typeFamilyNames(text: string, mentions: Mention[], syntax?: Syntax): Mention[] {
  const groups = shippedGroupWords().all;
  // one type per name per article: a name settled anywhere in it keeps that type here too
  const settledNames = new Set(mentions.filter((m) => m.typeSettled).map((m) => m.text));
  let out: Mention[] | undefined;
  mentions.forEach((m, i) => {
    if ((m.type !== 'MISC' && m.type !== 'ORG') || m.typeSettled || settledNames.has(m.text) || m.title || !SURNAME_SHAPE.test(m.text)) return;
    const after = FAMILY_AFTER.exec(text.slice(m.end, m.end + 24));
    if (!after || groups.has(m.text) || gazetteer().demonym(nameKey(m.text)) !== undefined || isPlaceName(m.text)) return;
    if (modifiesNextNoun(syntax, m.end + after[1].length) || onlyCommonNoun(installedWordNet(), m.text)) return;
    out ??= [...mentions];
    out[i] = { ...m, type: 'PER' };
  });
  return out ?? mentions;
}
