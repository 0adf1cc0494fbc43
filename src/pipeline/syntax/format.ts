// Printing a document's parse, sentence by sentence: CoNLL-U (with the words' character
// offsets in MISC) and an indented tree that shows each word under its head.
import type { Syntax } from '../../types.js';

export interface SentenceView {
  /** Index of the first word in Syntax.words. */
  first: number;
  /** One past the last word. */
  end: number;
}

export function sentenceViews(syn: Syntax): SentenceView[] {
  const out: SentenceView[] = [];
  for (let s = 0; s + 1 < syn.sentenceWordStart.length; s++) {
    const first = syn.sentenceWordStart[s];
    const end = syn.sentenceWordStart[s + 1];
    if (end > first) out.push({ first, end });
  }
  return out;
}

/** A sentence as CoNLL-U: "# text" from the document, one line per word, offsets in MISC. */
export function sentenceConllu(syn: Syntax, text: string, s: SentenceView, index: number): string {
  const lines = [`# sent_id = ${index + 1}`, `# text = ${text.slice(syn.words[s.first].start, syn.words[s.end - 1].end).replace(/\s+/g, ' ')}`];
  for (let i = s.first; i < s.end; i++) {
    const w = syn.words[i];
    const head = w.head < 0 ? 0 : w.head - s.first + 1;
    const spaceAfter = i + 1 < s.end && syn.words[i + 1].start === w.end ? 'SpaceAfter=No|' : '';
    lines.push([i - s.first + 1, w.text, w.lemma, w.upos, '_', '_', head, w.deprel, '_', `${spaceAfter}Span=${w.start}-${w.end}`].join('\t'));
  }
  return lines.join('\n') + '\n';
}

/** A sentence as an indented tree: each word under its head, dependents in text order. */
export function sentenceTree(syn: Syntax, s: SentenceView): string {
  const kids = new Map<number, number[]>();
  const roots: number[] = [];
  for (let i = s.first; i < s.end; i++) {
    const h = syn.words[i].head;
    if (h < s.first || h >= s.end) roots.push(i);
    else kids.set(h, [...(kids.get(h) ?? []), i]);
  }
  const lines: string[] = [];
  const visit = (i: number, indent: string) => {
    const w = syn.words[i];
    lines.push(`${indent}${w.text}  ${w.upos} ${w.deprel}${w.lemma !== w.text ? `  (${w.lemma})` : ''}`);
    for (const c of kids.get(i) ?? []) visit(c, indent + '  ');
  };
  for (const r of roots) visit(r, '');
  return lines.join('\n') + '\n';
}

/** Every sentence, both forms, separated by blank lines. */
export function formatSyntax(syn: Syntax, text: string): string {
  return sentenceViews(syn)
    .map((s, k) => `${sentenceConllu(syn, text, s, k)}\n${sentenceTree(syn, s)}`)
    .join('\n');
}
