// "the Office of the State Auditor's Web site", "Internet Explorer Web pages": the tagger runs a
// name on over the capitalised "Web" of "Web site", which news writes capitalised and which names
// nothing of its own there. Cut from the span, with a possessive before it: the name is the owner.
import type { Mention } from '../../types.js';

/** The name's last word "Web", with a possessive ("'s", "’s", tokenised " 's") before it. */
const TRAILING_WEB = /(?:\s?['’]s)?\s+Web$/u;
/** What follows "Web" when it is the modifier of a site or page, not a name's word. */
const SITE_AFTER = /^\s+(?:site|sites|page|pages|portal|address)\b/u;

export function cutWebSiteWords(text: string, mentions: Mention[]): Mention[] {
  let out: Mention[] | undefined;
  mentions.forEach((m, i) => {
    const web = TRAILING_WEB.exec(m.text);
    if (!web || web.index === 0 || !SITE_AFTER.test(text.slice(m.end, m.end + 12))) return;
    out ??= [...mentions];
    out[i] = { ...m, end: m.start + web.index, text: m.text.slice(0, web.index) };
  });
  return out ?? mentions;
}
