// Tags token strings with a loaded model: features → rows → Viterbi per sentence.
import { decodeDocument, rowsOf } from './decode.js';
import type { DocTokens } from './features.js';
import type { NerModel } from './model.js';

/** BILOU tag indices for every token of the document, in order. */
export function tagDocument(model: NerModel, doc: DocTokens): Uint8Array {
  const f = model.extractor.document(doc);
  const rows = rowsOf(model.table, f.hashes);
  const out = new Uint8Array(f.lower.length);
  const histRows = new Int32Array(f.lower.length);
  decodeDocument(model.params, { ...f, rows }, (h) => model.table.get(h), out, histRows);
  return out;
}
