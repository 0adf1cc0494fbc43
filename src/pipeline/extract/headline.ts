// Headline cues: is a line headline-shaped, and does the headline say who found or
// reported the story ("Reuters found out about …", "… is real – FSB").

const SENTENCE_END = /[.!?…:;]["”’)\]]*$/;

/** Short, no closing full stop, starts with a capital or digit: a title or sub-heading. */
export function isHeadlineLike(line: string): boolean {
  const t = line.trim();
  if (t.length < 8 || t.length > 250) return false;
  if (!/^[\p{Lu}\p{N}"“‘'«]/u.test(t)) return false;
  if (/\.["”’)]?$/.test(t) && !/\.\.\.$|…$/.test(t)) return false;
  return t.split(/\s+/).length >= 2;
}

/**
 * A block of at least one whole sentence and more ("… a spokesman said. In São Paulo, the"): a
 * paragraph, cut off or not, never a headline however it ends. Two lower-case letters before the
 * full stop, so that "U.S. Troops" and "Dr. Smith" are not sentence ends; 80 characters or more.
 */
export function holdsSentence(line: string): boolean {
  return line.length >= 80 && /\p{Ll}{2}[.!?]["”’)]?\s+["“‘]?\p{Lu}/u.test(line);
}

export function endsLikeSentence(line: string): boolean {
  return SENTENCE_END.test(line.trim());
}

const SOURCE = "((?:[A-Z][\\p{L}&.'’-]*|[A-Z]{2,})(?:\\s+(?:[A-Z][\\p{L}&.'’-]*|of|for|the)){0,4})";
const FOUND_RE = new RegExp(
  `^${SOURCE}\\s+(?:has\\s+|have\\s+)?(?:found out|finds out|found|finds|learned|learnt|learns|discovered|discovers|revealed|reveals|uncovered|uncovers|reported|reports|investigation(?: finds| shows)?|exposed|exposes|obtained)\\b`,
  'u',
);
const SUFFIX_RE = new RegExp(`\\s[–—-]\\s*${SOURCE}\\s*$`, 'u');
const GENERIC = /^(?:The|A|An|This|That|It|He|She|They|We|Police|Study|Report|Research|Scientists|Officials)$/;

/** Who the headline credits with the finding, or null. */
export function headlineAttribution(headline: string): string | null {
  const found = FOUND_RE.exec(headline.trim());
  if (found && !GENERIC.test(found[1])) return found[1];
  const suffix = SUFFIX_RE.exec(headline.trim());
  if (suffix && suffix[1].split(/\s+/).length <= 4 && !GENERIC.test(suffix[1])) return suffix[1];
  return null;
}
