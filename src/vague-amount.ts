// How a vague amount ("hundreds of thousands", "dozens") is shown, in the web UI, the CLI and the
// exports alike: the source's own words first, the number the extractor read from them only as a
// hint in words ("dozens (at least 12)"). Showing "more than 100,000" instead would put a figure in
// the source's mouth that it never stated.

/** The bound a value is, in words: one wording for the browser, the command line and the exports
 *  (the CLI once wrote "≥ 3" where the browser wrote "at least 3"). */
const BOUND_WORDS: Record<string, string> = { exact: '', about: 'about ', at_least: 'at least ', more_than: 'more than ', up_to: 'up to ' };

/** The bound a vague amount's hint gives: the extractor reads "dozens" as more than 12, but the
 *  source never said "more than", so the hint says no more than "at least". */
const HINT_BOUNDS: Record<string, string> = { ...BOUND_WORDS, more_than: BOUND_WORDS.at_least };

/** "at least 12", "about 40", "7": a value (as the caller formats numbers) with its bound in words;
 *  the source's own words where the figure keeps them ("nearly 500", never "up to 500"). */
export function boundedValue(qualifier: string, value: string, qualifierWords?: string): string {
  return qualifierWords ? `${qualifierWords} ${value}` : `${BOUND_WORDS[qualifier] ?? ''}${value}`;
}

/** "hundreds of thousands (at least 100,000)": the words lower-cased, as they sit inside a label or
 *  a cell (a vague amount, never a name); `hint` is the value as the caller formats numbers. */
export function vagueAmount(words: string, qualifier: string, hint: string): string {
  return `${words.charAt(0).toLowerCase()}${words.slice(1)} (${HINT_BOUNDS[qualifier] ?? ''}${hint})`;
}

/** A count or figure in a terse listing: "dozens (at least 12)", "at least 3", "nearly 500", "7". */
export function terseCount(c: { value: number; qualifier: string; vagueWords?: string; qualifierWords?: string }): string {
  const n = c.value.toLocaleString('en-US');
  return c.vagueWords ? vagueAmount(c.vagueWords, c.qualifier, n) : boundedValue(c.qualifier, n, c.qualifierWords);
}

/** An event count in a terse listing: "dozens (at least 12) killed", "at least 3 injured", "7 arrested". */
export function countAmount(key: string, c: { value: number; qualifier: string; vagueWords?: string }): string {
  return `${terseCount(c)} ${key}`;
}
