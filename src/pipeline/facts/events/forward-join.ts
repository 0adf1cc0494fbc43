// A passing mention told before any report of its kind waits for the report that follows it ("the
// bolstered agreement" … "the pact was signed"); but not for one the text introduces as new. An
// indefinite report ("a demonstration in Athens in 1985", "more than a dozen attempted murders")
// begins another happening where it stands, so what was told before it is no preview of it.
import type { EventMention } from './mentions.js';

/** Whether a weak mention may join the cluster whose first report, told after it, is `first`. */
export function previewsLaterReport(first: EventMention): boolean {
  return !(first.kind === 'noun' && first.isNew);
}
