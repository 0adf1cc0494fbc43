// Lemmas remembered per word: a lemma depends on the form and its tag alone, and news repeats
// its words, so each word's id in the vocabulary keeps the lemma it last got and the tag it had
// (most words take one tag); another tag is worked out again.
import { lemmatize, type LemmaTable } from './lemma.js';
import type { EncodedWords, Vocabulary } from './lexical.js';
import { UPOS } from './upos.js';

interface LemmaMemo {
  vocabulary: Vocabulary;
  /** The tag each id's lemma was found for; -1 for none yet. */
  tag: Int8Array;
  lemma: string[];
}
const memos = new WeakMap<LemmaTable, LemmaMemo>();

function memoFor(table: LemmaTable, vocabulary: Vocabulary): LemmaMemo {
  let memo = memos.get(table);
  if (!memo || memo.vocabulary !== vocabulary) {
    memo = { vocabulary, tag: new Int8Array(1024).fill(-1), lemma: [] };
    memos.set(table, memo);
  }
  return memo;
}

/** The lemmas of a sentence's words (forms as encoded in enc) under their tags: lemmatize's, word by word. */
export function sentenceLemmas(table: LemmaTable, forms: readonly string[], enc: EncodedWords, tags: Uint8Array): string[] {
  const memo = memoFor(table, enc.vocabulary);
  const out: string[] = [];
  for (let i = 0; i < forms.length; i++) {
    const id = enc.ids[i];
    if (id >= memo.tag.length) {
      let size = memo.tag.length;
      while (size <= id) size *= 2;
      const grown = new Int8Array(size).fill(-1);
      grown.set(memo.tag);
      memo.tag = grown;
    }
    const tag = tags[i];
    if (memo.tag[id] !== tag) {
      memo.lemma[id] = lemmatize(table, forms[i], UPOS[tag]);
      memo.tag[id] = tag;
    }
    out.push(memo.lemma[id]);
  }
  return out;
}
