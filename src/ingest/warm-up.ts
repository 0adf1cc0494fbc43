// What an analysis thread does before it takes documents: analyse a short text of its own, which
// loads the models and lexicons the stages read on first use (seconds on a loaded machine), so a
// document's time limit never pays for the thread's start-up.
import { analyse, type PipelineContext } from '../pipeline/index.js';
import type { RawDoc } from '../types.js';

// written to reach every stage: a date, places, persons, an organisation, a figure, a direct and
// a reported quote, events
const WARM_UP_TEXT = `Bridge reopens after repairs

GLASGOW, March 3 - The Kelvin footbridge in Glasgow reopened on Tuesday after six weeks of repairs costing 2.4 million pounds, the city council said.
"It is good to have it back," said Morag Lindsay, who crosses it every morning. Police arrested two men in Paisley last month over damage to the railings, and the council's chief engineer, Tom Reid, said the work would be finished by June.`;

const WARM_UP_DOC: RawDoc = { source: { kind: 'stdin', location: '-', name: 'warm-up' }, format: 'text', content: WARM_UP_TEXT, encoding: 'utf-8', hints: {} };

/**
 * Analyses the warm-up text with `ctx` (analysis never changes a context) and forgets the result.
 * An error is left for the documents to meet: each reports it as it would have without a warm-up.
 */
export function warmUp(ctx: PipelineContext): void {
  try {
    analyse(WARM_UP_DOC, ctx);
  } catch {
    // the same error fails each document, with its own message
  }
}
