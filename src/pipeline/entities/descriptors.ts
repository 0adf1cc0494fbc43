// A common noun the parse ties to a name says what the name is: "the utility Enel" and "Enel,
// the utility" (ORG), "its Yukos division" (ORG), "firms such as X" (ORG), "the Kent village"
// (LOC). Some nouns say only who makes them: "a YouGov poll" is by an organisation. The nouns are
// data (data/descriptors.txt). A descriptor settles the type of the mention it describes, and
// names a word the tagger missed when the word looks like a name (all capitals or an inner
// capital: "YouGov", "ICM"). Titled names and full personal names are never retyped.
import { readFileSync } from 'node:fs';
import { projectPath } from '../../paths.js';
import type { EntityType, Mention, Syntax } from '../../types.js';
import { caseMarker, dependents, headOfSpan, sentenceOfWord, wordAt, wordsInSpan } from '../syntax/query.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { candidates } from '../gazetteer/resolve.js';
import { nameKey } from '../gazetteer/normalize.js';
import { installedWordNet } from '../lexicons/wordnet.js';

export interface Descriptors {
  /** Nouns that say what a name is, either way round ("the utility Enel", "the Enel utility"). */
  kinds: Map<string, EntityType>;
  /** Nouns a name modifies as their maker or owner ("a YouGov poll"). */
  makers: Map<string, EntityType>;
  /** Nouns of products, a MISC name only where the article names their owner ("its Navigator
   *  browser") or lists them ("such brands as X"): alone, "the brand X" may be the maker. */
  products: Set<string>;
}

const TYPES = new Set<EntityType>(['PER', 'ORG', 'LOC', 'MISC']);

export function parseDescriptors(text: string): Descriptors {
  const out: Descriptors = { kinds: new Map(), makers: new Map(), products: new Set() };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [type, noun] = line.split(/\s+/, 2);
    if (!TYPES.has(type as EntityType) || !noun) throw new Error(`descriptors: bad line "${line}"`);
    if (noun.startsWith('@')) out.makers.set(noun.slice(1).toLowerCase(), type as EntityType);
    else if (noun.startsWith('~')) {
      if (type !== 'MISC') throw new Error(`descriptors: a product noun is MISC: "${line}"`);
      out.products.add(noun.slice(1).toLowerCase());
    } else out.kinds.set(noun.toLowerCase(), type as EntityType);
  }
  return out;
}

let shipped: Descriptors | undefined;

export function shippedDescriptors(): Descriptors {
  shipped ??= parseDescriptors(readFileSync(projectPath('data', 'descriptors.txt'), 'utf8'));
  return shipped;
}

/** Relations by which a common noun renames a name: "utility Enel", "Enel, the utility". */
const RENAMING = ['appos', 'nmod:desc', 'compound'];
/** Case markers by which a plural noun lists instances: "firms such as X and Y", "banks like X". */
const INSTANCES = new Set(['such as', 'like', 'including']);
/** A word that is a name by its shape alone: "ICM", "YouGov", "M23" (capitals and a number). */
const NAME_SHAPE = /^\p{Lu}{2,}$|^\p{Lu}[\p{L}]*\p{Ll}\p{Lu}|^\p{Lu}{1,4}\d{1,3}$/u;
/** A code of capitals and a number ("Q3", "PM10", "M23"): a name only before a descriptor noun ("the
 *  M23 rebels"), not before a noun a maker makes ("Q3 shares", "the PM10 survey"). */
const CODE_SHAPE = /^\p{Lu}{1,4}\d{1,3}$/u;

/**
 * Mentions retyped (or added) by a descriptor noun, with the set of those it settled (for
 * harmoniseTypes, which must not vote them back).
 */
export function typeByDescriptors(
  mentions: Mention[],
  syn: Syntax | undefined,
  fixed: ReadonlySet<Mention> = new Set(),
  nouns: Descriptors = shippedDescriptors(),
): { mentions: Mention[]; settled: Set<Mention> } {
  const settled = new Set<Mention>();
  if (!syn || syn.words.length === 0) return { mentions, settled };
  const surnames = personSurnames(mentions);
  const artifacts = artifactModifiers(syn);
  const out = mentions.map((m) => {
    if (fixed.has(m) || m.title) return m;
    const head = headOfSpan(syn, m);
    if (head === null) return m;
    // a full personal name is retyped only as an owned product ("its Corn Flakes brand") or as the
    // place a place's noun is "of" ("the town of Rio Nido")
    if (m.type === 'PER' && /\s/.test(m.text)) {
      const product = ownedProductType(syn, head, m, nouns) ?? (isPlaceNounOf(syn, head, m, nouns) ? 'LOC' : null);
      if (product === null) return m;
      const typed = { ...m, type: product };
      settled.add(typed);
      return typed;
    }
    const thing = artifacts.texts.has(m.text) ? artifactName(m, mentions) : null;
    const type = descriptorType(syn, head, m, nouns, surnames) ?? ownedProductType(syn, head, m, nouns) ?? (thing && namesThing(syn, head, artifacts.words) ? thing : null);
    if (type === null) {
      // the same word written bare ("Ronaldo shirts" … "Ronaldo scored") stays the person: settled,
      // so that the retyped mention does not vote it a thing
      if (thing) settled.add(m);
      return m;
    }
    const typed = type === m.type ? m : { ...m, type };
    settled.add(typed);
    return typed;
  });
  // names the tagger missed, by their shape: "a YouGov poll", "the automaker GM"
  // words a mention overlaps, marked once (a scan of the mentions per word was quadratic)
  const covered = new Uint8Array(syn.words.length);
  const cover = (m: Mention) => {
    for (const i of wordsInSpan(syn, m)) covered[i] = 1;
  };
  for (const m of out) cover(m);
  syn.words.forEach((w, i) => {
    if (w.upos !== 'PROPN' || covered[i]) return;
    if (!NAME_SHAPE.test(w.text)) {
      // a one-word name right after its descriptor noun: "oil giant Shell", "the utility Enel"
      const type = loneNameAfterDescriptor(syn, i, nouns);
      if (type !== null) {
        const added: Mention = { start: w.start, end: w.end, type, text: w.text };
        out.push(added);
        cover(added);
        settled.add(added);
      }
      return;
    }
    // a place or nationality the tagger left out ("US automaker X") is not the company
    if (isPlace(w.text) || isDemonym(w.text)) return;
    // typed MISC until a descriptor types it: neither a place nor a person to protect
    const span: Mention = { start: w.start, end: w.end, type: 'MISC', text: w.text };
    // a code with a number ("Q3 shares", "the PM10 survey") is no maker of what a maker noun names:
    // only a descriptor noun types it ("the M23 rebels")
    const type = w.deprel === 'compound' ? modifiedNounType(syn, i, span, nouns, undefined, !CODE_SHAPE.test(w.text)) : descriptorType(syn, i, span, nouns);
    if (type === null) return;
    const added: Mention = { ...span, type };
    out.push(added);
    cover(added);
    settled.add(added);
  });
  // and their other mentions in the article, written the same way ("GM said …")
  const shaped = new Map([...settled].filter((m) => NAME_SHAPE.test(m.text)).map((m) => [m.text, m.type] as const));
  if (shaped.size > 0) {
    const taken = out.map((m) => [m.start, m.end] as const);
    for (const w of syn.words) {
      const type = shaped.get(w.text);
      if (type === undefined || taken.some(([start, end]) => start < w.end && w.start < end)) continue;
      out.push({ start: w.start, end: w.end, type, text: w.text });
    }
  }
  return { mentions: out.sort((a, b) => a.start - b.start), settled };
}

/**
 * "Patriot missiles": a one-word name the tagger took for a person names a thing (a weapon, a
 * product: MISC) where the article writes it before a noun whose first WordNet sense is an artifact,
 * unless the article gives it as the last word of a person's full name ("Kalashnikov rifle" …
 * "Mikhail Kalashnikov"). Such a use types that mention and the word's mentions that the parse gives
 * a determiner ("A Patriot intercepted it"); a bare one stays a person ("Ronaldo shirts" … "Ronaldo
 * scored").
 */
function artifactName(m: Mention, mentions: readonly Mention[]): EntityType | null {
  if (m.type !== 'PER' || /\s/.test(m.text)) return null;
  const person = mentions.some((o) => o.type === 'PER' && /\s/.test(o.text) && o.text.split(/\s+/).pop() === m.text);
  return person ? null : 'MISC';
}

/** Whether the mention's head word is itself such a modifier or another noun's ("Patriot batteries"),
 *  or the parse gives it a determiner ("a/the/its Patriot"). */
function namesThing(syn: Syntax, head: number, modifiers: ReadonlySet<number>): boolean {
  const w = syn.words[head];
  if (modifiers.has(head) || (w.deprel === 'compound' && w.head >= 0 && syn.words[w.head].upos === 'NOUN')) return true;
  return syn.words.some((d) => d.head === head && (d.deprel === 'det' || (d.deprel === 'nmod:poss' && d.upos === 'PRON')));
}

/**
 * A work or product its owner is named with: a name modifying a product noun or one of kind MISC that has a
 * possessive of its own ("its Navigator browser", "Acme's Harbor brand", "the KTV's Ridgeline
 * programme"), or listed after "such <noun>s as" ("such brands as Corn Flakes and Rice Krispies").
 * Without an owner the name before the noun may be its maker ("a KTV programme"), so it stays.
 */
function ownedProductType(syn: Syntax, head: number, span: Mention, nouns: Descriptors): EntityType | null {
  const outside = (w: number) => syn.words[w].end <= span.start || syn.words[w].start >= span.end;
  const isProduct = (w: number) => {
    const lemma = syn.words[w].lemma.toLowerCase();
    return syn.words[w].upos === 'NOUN' && outside(w) && (nouns.products.has(lemma) || nouns.kinds.get(lemma) === 'MISC');
  };
  const word = syn.words[head];
  if (word.deprel === 'compound' && word.head >= 0 && isProduct(word.head)) {
    // the parse may hang the owner on the name's first word ("its" on "Internet" in "its Internet Explorer browser")
    const owned = [word.head, ...wordsInSpan(syn, span)].some((h) => dependents(syn, h, 'nmod:poss').some((d) => outside(d) && syn.words[d].start < span.start));
    return owned ? 'MISC' : null;
  }
  // "such brands as X and Y": the parse hangs a later list item on the first ("Y" an nmod or conj of "X")
  let w = head;
  while ((syn.words[w].deprel === 'conj' || (syn.words[w].deprel === 'nmod' && caseMarker(syn, w) === null)) && syn.words[w].head >= 0 && syn.words[syn.words[w].head].upos === 'PROPN') w = syn.words[w].head;
  const listed = syn.words[w];
  if (!listed.deprel.startsWith('nmod') || listed.head < 0 || caseMarker(syn, w) !== 'as' || !isProduct(listed.head)) return null;
  const such = dependents(syn, listed.head, 'amod', 'det').some((d) => syn.words[d].text.toLowerCase() === 'such');
  return such ? 'MISC' : null;
}

/** The capitalised words the parse makes a modifier of a noun whose first WordNet sense is an artifact: their indexes and texts. */
function artifactModifiers(syn: Syntax): { words: Set<number>; texts: Set<string> } {
  const words = new Set<number>();
  const texts = new Set<string>();
  const out = { words, texts };
  const wn = installedWordNet();
  if (!wn) return out;
  for (const [i, w] of syn.words.entries()) {
    if (w.deprel !== 'compound' || w.head < 0 || !/^\p{Lu}\p{Ll}+$/u.test(w.text)) continue;
    const noun = syn.words[w.head];
    if (noun.upos !== 'NOUN' || noun.start < w.end) continue;
    const first = wn.synsets(noun.lemma.toLowerCase(), 'n')[0];
    if (first === undefined || wn.lexFile(first) !== ARTIFACT) continue;
    words.add(i);
    texts.add(w.text);
  }
  return out;
}

/** WordNet's lexicographer file of artifacts (noun.artifact). */
const ARTIFACT = 6;

/** The word right before a character offset, in the same sentence and one space away; null if none. */
function wordsBefore(syn: Syntax, offset: number): number | null {
  const at = wordAt(syn, offset);
  if (at === null || at === 0) return null;
  const prev = syn.words[at - 1];
  return offset - prev.end === 1 && sentenceOfWord(syn, at - 1) === sentenceOfWord(syn, at) ? at - 1 : null;
}

/** The type a noun the name modifies gives it ("the Yukos division", "a YouGov poll", "an Eton pupil"). */
function modifiedNounType(syn: Syntax, head: number, span: { start: number; end: number; type?: EntityType; text?: string }, nouns: Descriptors, surnames: ReadonlySet<string> = new Set(), makers = true): EntityType | null {
  const noun = syn.words[syn.words[head].head];
  if (!noun || noun.upos !== 'NOUN' || (noun.start < span.end && span.start < noun.end)) return null;
  const lemma = noun.lemma.toLowerCase();
  const kind = nouns.kinds.get(lemma);
  const maker = kind === undefined && makers ? nouns.makers.get(lemma) : undefined;
  const t = kind ?? maker ?? null;
  // "a Lakewood resident", "a Fresno judge": a noun of the place someone lives or serves in types
  // only a name the gazetteer knows as a place, never a person's ("a Supreme Court judge" is the court's)
  if (maker === 'LOC') return span.type !== 'PER' && isPlace(span.text ?? '') ? 'LOC' : null;
  // "the Obama administration": the person whose government it is, when the article elsewhere names a
  // person so ("President Obama"); "the US administration" and "the Labour administration" stay
  if (t === 'PER') return surnames.has(span.text ?? '') && !isCountryOrRegion(span.text ?? '') && !isDemonym(span.text ?? '') ? 'PER' : null;
  // a place modifying an organisation's noun is where it is ("a London firm"), a nationality
  // says whose it is ("a Swiss firm")
  if (t === 'LOC' || (t === 'ORG' && !(span.type === 'LOC' && isPlace(span.text ?? '')) && !(span.type === 'MISC' && isDemonym(span.text ?? '')))) return t;
  return null;
}

/** The type of the descriptor noun right before capitalised word i, when i is a one-word name. */
function loneNameAfterDescriptor(syn: Syntax, i: number, nouns: Descriptors): EntityType | null {
  const w = syn.words[i];
  const next = syn.words[i + 1];
  if (!/^\p{Lu}\p{Ll}+$/u.test(w.text) || isPlace(w.text) || isDemonym(w.text)) return null;
  if (next && next.upos === 'PROPN' && sentenceOfWord(syn, i + 1) === sentenceOfWord(syn, i)) return null; // part of a longer name
  const before = wordsBefore(syn, w.start);
  if (before === null || !isNounHere(syn, before)) return null;
  return nouns.kinds.get(syn.words[before].lemma.toLowerCase()) ?? null;
}

/**
 * A noun, or a descriptor the tagger read as an adjective right after a noun: "oil giant"
 * and "chip giant" come out ADJ, yet say what the name after them is.
 */
function isNounHere(syn: Syntax, w: number): boolean {
  const word = syn.words[w];
  if (word.upos === 'NOUN') return true;
  const prev = syn.words[w - 1];
  return word.upos === 'ADJ' && w > 0 && prev.upos === 'NOUN' && word.start - prev.end === 1 && sentenceOfWord(syn, w - 1) === sentenceOfWord(syn, w);
}

function isPlace(name: string): boolean {
  return candidates(gazetteer(), name).entries.length > 0;
}

function isCountryOrRegion(name: string): boolean {
  return candidates(gazetteer(), name).entries.some((e) => e.kind === 'C' || e.kind === 'R');
}

/** Last words of the people an article names ("Barack Obama", "President Obama", "Obama said"). */
function personSurnames(mentions: readonly Mention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PER') continue;
    const words = m.text.split(/\s+/);
    out.add(words[words.length - 1]);
  }
  return out;
}

function isDemonym(name: string): boolean {
  return gazetteer().demonym(nameKey(name)) !== undefined;
}

/** "the port city of Bandar Abbas", "the island of Crete": a place's noun names the place it is "of". */
function isPlaceNounOf(syn: Syntax, head: number, span: Mention, nouns: Descriptors): boolean {
  const word = syn.words[head];
  if (!word.deprel.startsWith('nmod') || word.head < 0 || caseMarker(syn, head) !== 'of') return false;
  const noun = syn.words[word.head];
  return isNounHere(syn, word.head) && (noun.end <= span.start || noun.start >= span.end) && nouns.kinds.get(noun.lemma.toLowerCase()) === 'LOC';
}

function descriptorType(syn: Syntax, head: number, span: Mention, nouns: Descriptors, surnames: ReadonlySet<string> = new Set()): EntityType | null {
  // "Indonesia Aceh's region": a word the parse made part of a longer name takes that name's place
  if (syn.words[head].deprel === 'flat' && syn.words[head].head >= 0) head = syn.words[head].head;
  const word = syn.words[head];
  const outside = (w: number) => syn.words[w].end <= span.start || syn.words[w].start >= span.end;
  const kindOf = (w: number) => (isNounHere(syn, w) && outside(w) ? (nouns.kinds.get(syn.words[w].lemma.toLowerCase()) ?? null) : null);
  // the name renames the noun ("Enel, the utility")
  if (word.deprel === 'appos' && word.head >= 0) {
    const t = kindOf(word.head);
    if (t) return t;
  }
  // "Aceh's region": only a place's noun is owned by the name it describes (but "Smith's home
  // town" is his)
  if (word.deprel === 'nmod:poss' && span.type !== 'PER' && word.head >= 0 && kindOf(word.head) === 'LOC') return 'LOC';
  if (isPlaceNounOf(syn, head, span, nouns)) return 'LOC';
  if (word.deprel === 'compound' && word.head >= 0) {
    const t = modifiedNounType(syn, head, span, nouns, surnames, !CODE_SHAPE.test(span.text));
    if (t) return t;
  }
  // the noun renames the name ("the utility Enel", "Enel, a utility")
  for (const d of dependents(syn, head, ...RENAMING)) {
    const t = kindOf(d);
    if (t) return t;
  }
  // the parse often misses the apposition of a noun right before a name ("US automaker GM" as two
  // subjects): the word just before the name, when it is a descriptor noun, renames it
  const first = wordsBefore(syn, span.start);
  if (first !== null) {
    const t = kindOf(first);
    if (t) return t;
  }
  // the name is an instance the noun lists ("firms such as X and Y")
  let w = head;
  if (syn.words[w].deprel === 'conj' && syn.words[w].head >= 0) w = syn.words[w].head;
  const listed = syn.words[w];
  if (listed.deprel.startsWith('nmod') && listed.head >= 0 && INSTANCES.has(caseMarker(syn, w) ?? '')) return kindOf(listed.head);
  return null;
}
