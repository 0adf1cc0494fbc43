// A law's name is one name, a work (MISC, as CoNLL writes "… Act"): "the Clean Water Restoration
// Act", "the Freedom of Access to Clinic Entrances Act". The tagger, seldom having seen such long
// titles, may stop short of "Act" ("Financial Institutions Reform, Recovery and Enforcement" +
// "Act") or cut the title at a small word ("Freedom of Access" + "to" + "Clinic Entrances Act").
// A span right before a capitalised "Act" takes it in, and a span ending in "Act" takes in a name
// joined to it by "of", "to", "for" or "on" (a title's small words, never "and" or a comma, which
// also join two names). Typing "… Act" as MISC is head-nouns.ts's.
import type { Mention } from '../../types.js';

/** " Act" right after a span, as the law's last word (not "Acts", "Action"). */
const ACT_AFTER = /^[ \t]+Act(?![\p{L}\p{N}])/u;
/** A small word of a title between two capitalised parts. */
const TITLE_LINK = /^[ \t]+(?:of|to|for|on)[ \t]+$/u;
const ENDS_IN_ACT = /(?:^|\s)Act$/u;

export function joinLawNames(text: string, mentions: Mention[]): Mention[] {
  let out = mentions;
  for (let i = 0; i < out.length; i++) {
    const m = out[i];
    if (m.title || ENDS_IN_ACT.test(m.text)) continue;
    const act = ACT_AFTER.exec(text.slice(m.end, m.end + 8));
    if (!act) continue;
    const end = m.end + act[0].length;
    if (out.some((x) => x !== m && x.start < end && m.end < x.end)) continue;
    out = out.map((x) => (x === m ? { ...m, end, text: text.slice(m.start, end) } : x));
  }
  for (let i = out.length - 1; i > 0; i--) {
    const law = out[i];
    const before = out[i - 1];
    if (!ENDS_IN_ACT.test(law.text) || before.title || !TITLE_LINK.test(text.slice(before.end, law.start))) continue;
    const joined: Mention = { ...law, start: before.start, text: text.slice(before.start, law.end) };
    out = [...out.slice(0, i - 1), joined, ...out.slice(i + 1)];
  }
  return out;
}
