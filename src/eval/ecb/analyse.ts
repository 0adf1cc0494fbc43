// Runs Chronicle's pipeline over an ECB+ document and ties each gold token to a span of the
// analysed text, so a gold mention can be read with Chronicle's own entities, places, dates and parse.
import type { Analysis, RawDoc, Span } from '../../types.js';
import { analyse, type PipelineContext } from '../../pipeline/index.js';
import type { EcbDocument } from './read.js';

export interface AnalysedEcbDocument {
  doc: EcbDocument;
  analysis: Analysis;
  /** t_id → span in analysis.doc.text; absent for tokens the extract stage dropped. */
  tokenSpan: Map<number, Span>;
}

/** PTB quote tokens back to plain quotes, so the text reads like an article. */
const surface = (t: string) => (t === '``' || t === "''" ? '"' : t);

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

export function analyseEcbDocument(doc: EcbDocument, ctx: PipelineContext): AnalysedEcbDocument {
  const raw: RawDoc = { source: { kind: 'file', location: doc.name, name: doc.name }, format: 'text', content: ecbText(doc), encoding: 'utf-8', hints: {} };
  const analysis = analyse(raw, ctx);
  const text = analysis.doc.text;
  const tokenSpan = new Map<number, Span>();
  let at = 0;
  for (const t of doc.tokens) {
    const s = surface(t.text);
    const found = text.indexOf(s, at);
    // a token more than a sentence away was cut with its line: leave it unplaced
    if (found < 0 || found - at > 400) continue;
    tokenSpan.set(t.id, { start: found, end: found + s.length });
    at = found + s.length;
  }
  return { doc, analysis, tokenSpan };
}
