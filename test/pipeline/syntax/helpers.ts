// Builds a Syntax from hand-written CoNLL-U: words joined by single spaces, so offsets are known.
import { readFileSync } from 'node:fs';
import { parseConllu } from '../../../src/pipeline/syntax/conllu.js';
import type { Syntax } from '../../../src/types.js';

export function syntaxFromConllu(conllu: string): { syntax: Syntax; text: string } {
  const syntax: Syntax = { words: [], sentenceWordStart: [] };
  let text = '';
  for (const sentence of parseConllu(conllu)) {
    const base = syntax.words.length;
    syntax.sentenceWordStart.push(base);
    for (const w of sentence.words) {
      if (text.length > 0) text += ' ';
      const start = text.length;
      text += w.form;
      syntax.words.push({ start, end: text.length, text: w.form, token: syntax.words.length, lemma: w.lemma, upos: w.upos, head: w.head < 0 ? -1 : base + w.head, deprel: w.deprel });
    }
  }
  syntax.sentenceWordStart.push(syntax.words.length);
  return { syntax, text };
}

export const tinyTreebank = () => readFileSync('test/fixtures/syntax/tiny.conllu', 'utf8');
