// The write token of `chronicle serve` (and `npm start`, which serves): --token, else CHRONICLE_TOKEN.
// Checked before anything runs, so `start` never ingests a corpus only to refuse the token after it.
import { UsageError } from './command.js';

/** The token that opens uploads and curation, or undefined (read-only); a short one is refused. */
export function writeToken(flag: string | undefined): string | undefined {
  const token = flag ?? process.env.CHRONICLE_TOKEN;
  if (token !== undefined && token.length < 8) throw new UsageError('--token must be at least 8 characters');
  return token;
}
