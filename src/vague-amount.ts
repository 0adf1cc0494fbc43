// How a vague amount ("hundreds of thousands", "dozens") is shown, in the web UI and the CLI alike:
// the source's own words first, the number the extractor read from them only as a hint. Showing
// "more than 100,000" instead would put a figure in the source's mouth that it never stated.

/** The bound the value is, as a sign: the extractor reads "dozens" as at least 12. */
const BOUND_SIGNS: Record<string, string> = { exact: '', about: '≈ ', at_least: '≥ ', more_than: '≥ ', up_to: '≤ ' };

/** "hundreds of thousands (≥ 100,000)": `hint` is the value as the caller formats numbers. */
export function vagueAmount(words: string, qualifier: string, hint: string): string {
  return `${words} (${BOUND_SIGNS[qualifier] ?? ''}${hint})`;
}
