// Does a short block speak to the reader (a sign-up prompt) or report about something (news that
// mentions a newsletter)? A prompt addresses the reader ("you", "our"), opens a sentence with a call
// to act ("Sign up …", "Get …"), or is a label with no sentence end; a report is a finished sentence
// in the third person, and what a quotation says is the speaker's, not the page's.
import { endsLikeSentence } from './headline.js';

/** Quoted stretches, straight or typographic, left out before the page's own voice is judged. */
const QUOTATION = /["“„«][^"“”„«»]*["”»]|(?:^|\s)[‘'][^‘’]{3,}[’'](?=[\s,.;:!?)]|$)/gu;
/** The reader or the publisher as a person: "you", "your", "we", "our", "us" (lower-case only, not "US"). */
const READER = /\b(?:[Yy]ou(?:r|rs|['’](?:ll|re|ve|d))?|[Ww]e|[Oo]ur|us)\b/u;
/** A sentence (or parenthesis) opening on the imperative of a sign-up call, perhaps after a short lead-in ("For more, sign up …"). */
const CALL = /(?:^|[.!?]\s+)[(\[]?(?:[\p{L}’' ]{1,24},\s+)?(?:(?:please|just|now)[,]?\s+)?(?:sign|subscribe|get|join|receive|enter|register|click|tap|stay|keep|follow|want|check|tick|opt|never miss|don['’]t miss)\b/iu;

/** True when the block reads as news reported about its subject rather than a call to the reader. */
export function readsAsReport(text: string): boolean {
  if (!endsLikeSentence(text)) return false;
  const own = text.replace(QUOTATION, ' ');
  return !READER.test(own) && !CALL.test(own.trim());
}
