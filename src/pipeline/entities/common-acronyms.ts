// Some words written in capitals are common nouns: "an SUV", "the CEO", "its IPO", "red LEDs".
// The tagger, trained on 1990s news that rarely wrote them, takes them for organisations or
// people. WordNet says which: a word it writes in capitals whose every noun sense is a thing, an
// act or a role (lexicographer files noun.artifact, noun.act, noun.person) and none a particular
// one (an instance: "GE" the goddess) is no name, where the article itself uses it as a common
// noun: after a determiner ("a compact SUV", "the CEO") or in the plural ("SUVs"). Without that
// use the letters may be a name that WordNet's sense only shares ("Rexnord Inc <REX>", "excluding
// EDS and Hughes", "the American Pork Congress, APC,"). Groups, places, quantities ("GM" is a
// gram), states ("AIDS", which CoNLL tags MISC) and ideas ("ABC", also a broadcaster) are left to
// the tagger.
import type { Mention } from '../../types.js';
import type { WordNet } from '../../corpus/events/wordnet.js';

/** lexnames: noun.act, noun.artifact, noun.person. */
const COMMON_FILES: ReadonlySet<number> = new Set([4, 6, 18]);
/** One capitalised acronym, perhaps plural ("SUVs"). */
const ACRONYM = /^(\p{Lu}{2,5})s?$/u;

/** Whether WordNet knows the acronym only as a common noun of things, acts or roles. */
export function isCommonAcronym(word: string, wn: WordNet): boolean {
  const m = ACRONYM.exec(word);
  if (!m) return false;
  const lemma = m[1].toLowerCase();
  const ids = wn.synsets(lemma, 'n');
  if (ids.length === 0) return false;
  return ids.every((id) => {
    const s = wn.synset(id);
    if (!s || !COMMON_FILES.has(s.lexFile) || s.pointers.some((p) => p.symbol === '@i')) return false;
    // written in capitals there ("CEO"), so an acronym, not a word ("coo") that happens to match
    const i = s.words.indexOf(lemma);
    return i >= 0 && s.lowerCase?.[i] === false;
  });
}

/** Words before a common noun, up to two lower-case modifiers away ("a compact SUV", "its new CEO");
 *  a preposition between them puts the letters in another phrase ("the earnings of EDS"). */
const DETERMINERS = ['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'your', 'my', 'each', 'every', 'any', 'no', 'another'];
/** Prepositions and conjunctions: no modifier of the noun after them. */
const NOT_MODIFIER = '(?:of|for|to|in|on|at|by|with|from|and|or|but|than|as|into|over|under|about|between)';
/** A determiner in lower case or capitalised at a sentence start ("[Tt]he"). */
const DETERMINER = `(?:${DETERMINERS.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})`;

/** Whether the text uses the acronym as a common noun: after a determiner, or in the plural. */
export function usedAsCommonNoun(text: string, acronym: string): boolean {
  const stem = ACRONYM.exec(acronym)?.[1];
  if (!stem) return false;
  const after = new RegExp(`(?<![\\p{L}\\p{N}])${DETERMINER}\\s+(?:(?!${NOT_MODIFIER}\\s)\\p{Ll}[\\p{Ll}-]*\\s+){0,2}${stem}s?(?![\\p{L}\\p{N}])`, 'u');
  const plural = new RegExp(`(?<![\\p{L}\\p{N}])${stem}s(?![\\p{L}\\p{N}])`, 'u');
  return after.test(text) || plural.test(text);
}

/** Drops one-word mentions that are common-noun acronyms; mentions in `keep` (curated, settled) stay. */
export function dropCommonAcronyms(text: string, mentions: Mention[], wn: WordNet | null, keep: ReadonlySet<Mention>): Mention[] {
  if (!wn) return mentions;
  const cache = new Map<string, boolean>();
  // letters that start a longer name ("PC Acquisition") are that name's short form
  const nameStarts = new Set(mentions.filter((m) => /\s/u.test(m.text)).map((m) => m.text.split(/\s/u)[0]));
  return mentions.filter((m) => {
    if (keep.has(m) || m.title || nameStarts.has(ACRONYM.exec(m.text)?.[1] ?? m.text)) return true;
    let common = cache.get(m.text);
    if (common === undefined) cache.set(m.text, (common = isCommonAcronym(m.text, wn) && usedAsCommonNoun(text, m.text)));
    return !common;
  });
}
