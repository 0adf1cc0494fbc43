// A page saved or fetched while it was still loading is cut off: its HTML opens a document it never
// closes, and its text stops mid-sentence ("… destroyed medi"). The text is kept (what is there is
// the page's), but the reader and the ingest summary say it is incomplete.

/** A page that opens <html> or <body> and closes neither. */
function unclosed(html: string): boolean {
  return /<(?:html|body)[\s>]/i.test(html) && !/<\/(?:html|body)\s*>/i.test(html);
}

/** Text that ends as a sentence or a quotation ends (final punctuation, closing quote or bracket). */
function endsComplete(text: string): boolean {
  return /[.!?…:;"'”’»)\]]$/u.test(text.trimEnd());
}

/** Why an HTML page looks cut off, or null when it does not. */
export function truncationNote(html: string, text: string): string | null {
  if (!text.trim() || !unclosed(html) || endsComplete(text)) return null;
  return 'the page looks cut off: its HTML is never closed and its text stops mid-sentence, so the end of the article may be missing';
}
