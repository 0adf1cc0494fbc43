// CoNLL-U reading and writing. Sentences keep every line (comments, multiword-token ranges,
// empty nodes) so writing what was read gives back the same text; `words` holds the syntactic
// words only (integer ids), which is what the tagger and parser train and score on.

export interface ConlluWord {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0-based index of the head word in the sentence; -1 for the root. */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

export interface ConlluSentence {
  /** The sentence's lines as read, without the blank line that ends it. */
  lines: string[];
  words: ConlluWord[];
}

export function parseConllu(text: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length > 0) sentences.push({ lines, words: wordsOf(lines) });
    lines = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') flush();
    else lines.push(line);
  }
  flush();
  return sentences;
}

function wordsOf(lines: string[]): ConlluWord[] {
  const words: ConlluWord[] = [];
  for (const line of lines) {
    if (line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols.length !== 10) throw new Error(`CoNLL-U line without 10 columns: ${line}`);
    if (!/^\d+$/.test(cols[0])) continue; // multiword range (1-2) or empty node (3.1)
    if (Number(cols[0]) !== words.length + 1) throw new Error(`CoNLL-U word ids out of order at: ${line}`);
    words.push({
      form: cols[1], lemma: cols[2], upos: cols[3], xpos: cols[4], feats: cols[5],
      head: cols[6] === '_' ? -1 : Number(cols[6]) - 1,
      deprel: cols[7], deps: cols[8], misc: cols[9],
    });
  }
  return words;
}

/** The text of sentences as CoNLL-U (each followed by a blank line). */
export function writeConllu(sentences: readonly ConlluSentence[]): string {
  return sentences.map((s) => s.lines.join('\n') + '\n\n').join('');
}

/** One CoNLL-U line for a word (id is 1-based, head 0-based with -1 for the root). */
export function conlluLine(id: number, w: ConlluWord): string {
  return [id, w.form, w.lemma, w.upos, w.xpos, w.feats, w.head + 1, w.deprel, w.deps, w.misc].join('\t');
}

/** The universal part of a relation ("nsubj" for "nsubj:pass"). */
export function universalRelation(deprel: string): string {
  const colon = deprel.indexOf(':');
  return colon < 0 ? deprel : deprel.slice(0, colon);
}
