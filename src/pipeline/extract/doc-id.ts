import { createHash } from 'node:crypto';
import { normaliseForId } from '../../text-identity.js';

/** First 16 hex chars of sha256 of the normalised clean text. */
export function docId(text: string): string {
  return createHash('sha256').update(normaliseForId(text)).digest('hex').slice(0, 16);
}
