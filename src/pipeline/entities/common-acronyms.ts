// Some words written in capitals are common nouns: "an SUV", "the CEO", "its IPO", "red LEDs".
// The tagger, trained on 1990s news that rarely wrote them, takes them for organisations or
// people. WordNet says which: a word it writes in capitals whose every noun sense is a thing, an
// act or a role (lexicographer files noun.artifact, noun.act, noun.person) and none a particular
// one (an instance: "GE" the goddess) is no name, where the article itself uses it as a common
// noun: after a determiner ("a compact SUV", "the CEO") or in the plural ("SUVs"). Without that
// use the letters may be a name that WordNet's sense only shares ("Rexnord Inc <REX>", "excluding
// EDS and Hughes", "the American Pork Congress, APC,"). Groups, places, quantities ("GM" is a
// gram), states ("AIDS", which CoNLL tags MISC) and ideas ("ABC", also a broadcaster) are left to
// the tagger. Letters no WordNet sense gives to a particular thing, a group or a place ("EV": only
// the electron volt, eV) are no name either where the parse makes them the head of a noun phrase
// that counts or owns them right before them ("an EV", "its EV", "two EVs"): a name takes neither
// an indefinite article nor a possessive pronoun of its own, while "the" goes before names too ("the EU") and
// "an FBI agent" puts the article on the noun the letters modify. Letters the article spells out
// as a capitalised name stay ("Special Drawing Rights (SDRs)"). CoNLL tags a baseball statistic
// MISC ("his ERA"); it goes too, being no name.
import type { Mention, Syntax } from '../../types.js';
import type { WordNet } from '../lexicons/wordnet.js';
import { spellsAcronym } from './acronym-definitions.js';

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

/** Determiners that count a noun or say whose it is: a name takes none of them. */
const COUNTING = new Set(['a', 'an', 'another', 'each', 'every']);

/** Words after letters that make them a modifier of what follows. */
const MODIFIED: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** lexnames: noun.group, noun.location (bodies and places go by letters: "FBI", "DC"). */
const NAMED_FILES: ReadonlySet<number> = new Set([14, 15]);

/** Whether no WordNet sense of the letters is a particular one (an instance), a group or a place. */
function namesNothing(lemma: string, wn: WordNet): boolean {
  return wn.synsets(lemma, 'n').every((id) => {
    const s = wn.synset(id);
    return s !== null && !NAMED_FILES.has(s.lexFile) && !s.pointers.some((p) => p.symbol === '@i');
  });
}

/** Whether the article spells the letters out in capitalised words before them in brackets
 *  ("Special Drawing Rights (SDRs)"): then they stand for a name, whatever their use. */
function spelledOutAsName(text: string, stem: string): boolean {
  const defined = new RegExp(`((?:\\p{Lu}[\\p{L}'’-]*)(?:\\s+(?:of|for|and|the|on|in|\\p{Lu}[\\p{L}'’-]*))+)\\s+\\(\\s*${stem}s?\\s*\\)`, 'gu');
  for (const d of text.matchAll(defined)) {
    const words = [...d[1].matchAll(/\S+/gu)];
    if (words.some((w) => /^\p{Lu}/u.test(w[0]) && spellsAcronym(d[1].slice(w.index), stem))) return true;
  }
  return false;
}

/** Whether the parse uses letters WordNet names nothing by as a counted or owned noun somewhere in
 *  the article, and the article does not spell them out as a name (looked for last: it scans the
 *  whole text, and a counted use is rare). */
function countedInParse(text: string, acronym: string, wn: WordNet, syn: Syntax | undefined, wordsOf: () => WordsByText): boolean {
  const stem = ACRONYM.exec(acronym)?.[1];
  if (!stem || !syn || !namesNothing(stem.toLowerCase(), wn)) return false;
  const counted = [stem, `${stem}s`].some((form) => (wordsOf().get(form) ?? []).some((i) => {
    const w = syn.words[i];
    if (w.deprel === 'compound' || w.deprel === 'flat') return false;
    // the word right before: "an unregulated ATT" is a company all the same (a name may take an
    // article through its adjective), "an EV", "its EV", "two EVs" are not
    const d = syn.words[i - 1];
    if (!d || d.head !== i) return false;
    // a noun or modifier after the letters is what the article counts ("a TWA airliner", "his ATP
    // ranking", "an RBI single"), whatever the parse says
    const after = syn.words[i + 1];
    if (after && (MODIFIED.has(after.upos) || (after.upos === 'VERB' && /ing$/u.test(after.text)))) return false;
    return (d.deprel === 'det' && COUNTING.has(d.text.toLowerCase())) || (d.deprel === 'nmod:poss' && d.upos === 'PRON') || (d.deprel === 'nummod' && w.text !== stem);
  }));
  return counted && !spelledOutAsName(text, stem);
}

/** Drops one-word mentions that are common-noun acronyms, or letters WordNet names nothing by that the parse counts or owns ("its EV"); mentions in `keep` (curated, settled) stay. */
export function dropCommonAcronyms(text: string, mentions: Mention[], wn: WordNet | null, keep: ReadonlySet<Mention>, syn?: Syntax): Mention[] {
  if (!wn) return mentions;
  const cache = new Map<string, boolean>();
  // where each word of the parse stands, read once for all the letters looked up (not the whole parse per name)
  let wordsByText: WordsByText | undefined;
  const wordsOf = () => (wordsByText ??= indexWords(syn));
  // letters that start a longer name ("PC Acquisition") are that name's short form
  const nameStarts = new Set(mentions.filter((m) => /\s/u.test(m.text)).map((m) => m.text.split(/\s/u)[0]));
  return mentions.filter((m) => {
    if (keep.has(m) || m.title || nameStarts.has(ACRONYM.exec(m.text)?.[1] ?? m.text)) return true;
    let common = cache.get(m.text);
    if (common === undefined) cache.set(m.text, (common = (isCommonAcronym(m.text, wn) && usedAsCommonNoun(text, m.text)) || countedInParse(text, m.text, wn, syn, wordsOf)));
    return !common;
  });
}

/** A parse's word positions by their text. */
type WordsByText = Map<string, number[]>;

function indexWords(syn: Syntax | undefined): WordsByText {
  const index: WordsByText = new Map();
  syn?.words.forEach((w, i) => {
    const at = index.get(w.text);
    if (at) at.push(i);
    else index.set(w.text, [i]);
  });
  return index;
}
