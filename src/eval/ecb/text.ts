// The article text Chronicle reads for an ECB+ document: its tokens joined by spaces, a blank line
// between sentences, PTB quote tokens back to plain quotes. Shared by the event-coreference eval
// (which analyses it) and anchored golds over ECB+ files (whose offsets point into it).
import type { RawDoc } from '../../types.js';
import type { EcbDocument } from './read.js';

/** PTB quote tokens back to plain quotes, so the text reads like an article. */
export const surface = (t: string) => (t === '``' || t === "''" ? '"' : t);

export function ecbText(doc: EcbDocument): string {
  const sentences: string[] = [];
  let current = -1;
  for (const t of doc.tokens) {
    if (t.sentence !== current) {
      sentences.push('');
      current = t.sentence;
    }
    const i = sentences.length - 1;
    sentences[i] += (sentences[i] ? ' ' : '') + surface(t.text);
  }
  return sentences.join('\n\n');
}

/** The document as the read stage would hand it on: plain text, no hints. */
export function ecbRawDoc(doc: EcbDocument, location: string = doc.name): RawDoc {
  return { source: { kind: 'file', location, name: doc.name }, format: 'text', content: ecbText(doc), encoding: 'utf-8', hints: {} };
}
