import { createHash } from 'node:crypto';

/** NFC, lower-case, whitespace collapsed: the same article ingested twice hashes the same. */
export function normaliseForId(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** First 16 hex chars of sha256 of the normalised clean text. */
export function docId(text: string): string {
  return createHash('sha256').update(normaliseForId(text)).digest('hex').slice(0, 16);
}
