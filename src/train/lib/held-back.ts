// The slice of the training data held back to choose the number of epochs, so that the dev set a
// model is reported on never takes part in training choices. Every Nth document, in file order:
// deterministic, and spread over the whole file (CoNLL-2003 is ordered by date).
import type { ConllDoc } from './conll.js';

export function holdBack(docs: ConllDoc[], every: number): { fit: ConllDoc[]; select: ConllDoc[] } {
  if (every < 2) return { fit: docs, select: [] };
  const fit: ConllDoc[] = [];
  const select: ConllDoc[] = [];
  docs.forEach((d, i) => (i % every === every - 1 ? select : fit).push(d));
  return { fit, select };
}
