// Runs Chronicle's pipeline over an ECB+ document and ties each gold token to a span of the
// analysed text, so a gold mention can be read with Chronicle's own entities, places, dates and parse.
import type { Analysis, Span } from '../../types.js';
import { analyse, type PipelineContext } from '../../pipeline/index.js';
import type { EcbDocument } from './read.js';
import { ecbRawDoc, surface } from './text.js';

export interface AnalysedEcbDocument {
  doc: EcbDocument;
  analysis: Analysis;
  /** t_id → span in analysis.doc.text; absent for tokens the extract stage dropped. */
  tokenSpan: Map<number, Span>;
}

/** The document's sentences, each as its tokens. */
function sentencesOf(doc: EcbDocument): EcbDocument['tokens'][] {
  const out: EcbDocument['tokens'][] = [];
  let current = -1;
  for (const t of doc.tokens) {
    if (t.sentence !== current) {
      out.push([]);
      current = t.sentence;
    }
    out[out.length - 1].push(t);
  }
  return out;
}

/** Ties tokens to the analysed text a sentence at a time: where the extract stage kept a sentence
 *  whole, its tokens sit at known offsets inside it; a sentence it dropped (a URL line) or
 *  rewrote is searched token by token within its own reach, so one lost line cannot push every
 *  later token out of place. */
export function alignTokens(doc: EcbDocument, text: string): Map<number, Span> {
  const tokenSpan = new Map<number, Span>();
  let at = 0;
  for (const sentence of sentencesOf(doc)) {
    const words = sentence.map((t) => surface(t.text));
    const line = words.join(' ');
    const found = text.indexOf(line, at);
    if (found >= 0) {
      let offset = found;
      sentence.forEach((t, i) => {
        tokenSpan.set(t.id, { start: offset, end: offset + words[i].length });
        offset += words[i].length + 1;
      });
      at = offset - 1;
      continue;
    }
    // token by token, no further ahead than the sentence is long; kept only if most tokens are found
    const reach = at + line.length + 40;
    const placed: Array<[number, Span]> = [];
    let cursor = at;
    sentence.forEach((t, i) => {
      const hit = text.indexOf(words[i], cursor);
      if (hit < 0 || hit + words[i].length > reach) return;
      placed.push([t.id, { start: hit, end: hit + words[i].length }]);
      cursor = hit + words[i].length;
    });
    if (placed.length * 2 < sentence.length) continue;
    for (const [id, span] of placed) tokenSpan.set(id, span);
    at = cursor;
  }
  return tokenSpan;
}

export function analyseEcbDocument(doc: EcbDocument, ctx: PipelineContext): AnalysedEcbDocument {
  const analysis = analyse(ecbRawDoc(doc), ctx);
  return { doc, analysis, tokenSpan: alignTokens(doc, analysis.doc.text) };
}
