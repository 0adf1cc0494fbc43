// A quote's words as every listing shows them. The attribution model's span of a quote ends where
// its cue begins, so a quote told before its speaker keeps the comma that the sentence around it
// puts there ("…in front of their eyes," she said): that comma, semicolon or colon belongs to the
// reporting sentence, not to what was said, and a listing that kept it read as cut off. A final
// full stop, question or exclamation mark is the quoted sentence's own, and stays.

/** Stray punctuation and spaces after the quoted words. */
const CLOSING_PUNCTUATION = /[\s,;:]+$/u;

/** The quote's words without the sentence's punctuation after them. */
export function quoteWords(text: string): string {
  return text.replace(CLOSING_PUNCTUATION, '');
}

/** A quote with its text trimmed as quoteWords does and its end moved to match, so that the
 *  document's text sliced at its span is still its text. */
export function shownQuote<T extends { text: string; end: number }>(quote: T): T {
  const text = quoteWords(quote.text);
  return text.length === quote.text.length ? quote : { ...quote, text, end: quote.end - (quote.text.length - text.length) };
}
