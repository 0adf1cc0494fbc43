// Whether a report's date is the day a lasting happening began ("the siege, which began on 3 March",
// "on strike since Monday") rather than the day a one-off happening took place. The facts stage keeps
// such a start as a lasting event's date; when merging reports of one event, a one-off report's own
// date says better when it happened, so a start date gives way to it.

/** Words that make the date after them a beginning: "since", and the forms of "begin" and "start". */
const START_WORDS: ReadonlySet<string> = new Set(['since', 'began', 'begun', 'begin', 'begins', 'beginning', 'started', 'start', 'starts', 'starting']);
/** Words that may stand between such a word and its date ("began in early March", "since last May"). */
const BETWEEN: ReadonlySet<string> = new Set(['on', 'in', 'at', 'early', 'late', 'mid', 'the', 'last', 'this', 'as', 'far', 'back']);

/**
 * True when the words right before the date, inside the report's sentence, open a beginning: `before`
 * is the sentence's text up to where the date's words start.
 */
export function dateIsStart(before: string): boolean {
  const words = before.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
  for (let i = words.length - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
    if (START_WORDS.has(words[i])) return true;
    if (!BETWEEN.has(words[i])) return false;
  }
  return false;
}

/** The same test on a report as stored: its sentence (text and span) and its date's evidence span, both in document offsets. */
export function reportDateIsStart(sentence: { start: number; text: string }, evidence: { start: number } | undefined): boolean {
  if (!evidence) return false;
  const at = evidence.start - sentence.start;
  return at > 0 && at <= sentence.text.length && dateIsStart(sentence.text.slice(0, at));
}
