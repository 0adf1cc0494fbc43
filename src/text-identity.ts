/** NFC, lower-case, whitespace collapsed: the same article ingested twice hashes the same.
 *  Neutral (no Node imports) so both the extract stage and the store, which the web bundle's types
 *  reach, can use it. */
export function normaliseForId(text: string): string {
  const composed = /[^\x00-\x7f]/.test(text) ? text.normalize('NFC') : text;
  // Doc text separates paragraphs with "\n\n" and has no other runs of whitespace: skip the regex then.
  const flat = composed.replaceAll('\n\n', ' ');
  const collapsed = /\s\s|[^\S ]/.test(flat) ? flat.replace(/\s+/g, ' ') : flat;
  return collapsed.trim().toLowerCase();
}
