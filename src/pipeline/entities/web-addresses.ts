// Tokenised text (ECB+) splits a site's address at its dots: "ESPN . com", "TMZ . com". The tagger
// reads the name before the dot and stops, so "FoxSports" is found where the article names the
// site "FoxSports.com". A name written right before a split-off dot and a top-level domain takes
// them, as untokenised text writes the address whole.
import type { Mention } from '../../types.js';

/** A split-off dot, then a common top-level domain (with a country's after it: "co . uk") as a whole word. */
const SPACED_DOMAIN = /[ \t]\.[ \t](?:(?:com|org|net|gov|edu)(?:[ \t]\.[ \t][a-z]{2})?|co[ \t]\.[ \t][a-z]{2})(?![\p{L}\d])/uy;

/** Each mention right before a split-off domain, extended over it. */
export function extendSpacedDomains(text: string, mentions: Mention[]): Mention[] {
  let changed = false;
  const out = mentions.map((m) => {
    if (/\s/u.test(m.text)) return m;
    SPACED_DOMAIN.lastIndex = m.end;
    if (!SPACED_DOMAIN.test(text)) return m;
    changed = true;
    return { ...m, end: SPACED_DOMAIN.lastIndex, text: text.slice(m.start, SPACED_DOMAIN.lastIndex) };
  });
  return changed ? out : mentions;
}
