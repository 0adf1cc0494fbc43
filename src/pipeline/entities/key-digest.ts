// Digests of entity keys, remembered: the same names (so the same keys) recur in every article and
// several times within one, and the digest cost more than the rest of an entity's id.
import { createHash } from 'node:crypto';

/** Keys remembered at most (then forgotten all at once): bounds the memory of a long ingest. */
const LIMIT = 50_000;
const digests = new Map<string, string>();

/** The first 16 hex digits of the key's SHA-1. */
export function keyDigest(key: string): string {
  let digest = digests.get(key);
  if (digest === undefined) {
    digest = createHash('sha1').update(key).digest('hex').slice(0, 16);
    if (digests.size >= LIMIT) digests.clear();
    digests.set(key, digest);
  }
  return digest;
}
