import { createHash } from 'node:crypto';

/** NFC, lower-case, whitespace collapsed: the same article ingested twice hashes the same. */
export function normaliseForId(text: string): string {
  const composed = /[^\x00-\x7f]/.test(text) ? text.normalize('NFC') : text;
  // Doc text separates paragraphs with "\n\n" and has no other runs of whitespace: skip the regex then.
  const flat = composed.replaceAll('\n\n', ' ');
  const collapsed = /\s\s|[^\S ]/.test(flat) ? flat.replace(/\s+/g, ' ') : flat;
  return collapsed.trim().toLowerCase();
}

/** First 16 hex chars of sha256 of the normalised clean text. */
export function docId(text: string): string {
  return createHash('sha256').update(normaliseForId(text)).digest('hex').slice(0, 16);
}
