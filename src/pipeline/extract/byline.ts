import { isDisclaimer } from './boilerplate-lexicon.js';

// Authors from bylines and credit lines: "By X and Y", "Reporting by X; Editing by Y"
// (the reporters and writers are authors, editors are not), and end-of-article author bios
// ("X and Y are senior fellows …"). A name is 1–4 capitalised words; anything else is refused,
// so a sentence fragment never becomes an author.

const NAME_WORD = "(?:[A-Z][\\p{L}'’.-]*|(?:de|da|van|von|der|al|el|bin|ibn|le|la|du|dos|di)(?=\\s))";
const NAME_RE = new RegExp(`^${NAME_WORD}(?:\\s+${NAME_WORD}){0,4}$`, 'u');
const NOT_NAMES = /^(?:The|Staff|Reuters|AP|AFP|Associated Press|Agencies|Editor|Editors|Our|Correspondent|Staff Writer|News|Admin|Team|Desk)$/;

export function cleanName(raw: string): string | null {
  const name = raw
    .replace(/\s+in\s+[A-Z][\p{L} ,.-]*$/u, '') // "X in Moscow"
    .replace(/\s*\(.*?\)\s*/g, ' ')
    .replace(/^(?:and|&)\s+/i, '')
    .replace(/[.,;:|]+$/, '')
    .trim();
  if (name.length < 3 || name.length > 60) return null;
  if (!NAME_RE.test(name) || NOT_NAMES.test(name) || /[’']s\b/.test(name)) return null;
  if (!/[a-z]/.test(name) && name.split(/\s+/).length < 2) return null;
  return name.split(/\s+/).some((w) => /^[A-Z]/.test(w)) ? name : null;
}

/** Split "X, Y and Z" into names; null when any part is not a name. */
export function splitNames(list: string): string[] | null {
  const parts = list
    .split(/\s*(?:,|;|\band\b|&|\bund\b|\bet\b)\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
  const names: string[] = [];
  for (const p of parts) {
    const n = cleanName(p);
    if (!n) return null;
    names.push(n);
  }
  return names.length > 0 ? names : null;
}

const CREDIT_RE = /^(?:(?:additional )?reporting|writing|written|text|story|reported)\s+by\s+/i;

/** A byline block ("By X and Y", "Reporting by X; Editing by Y") → authors, or null. */
export function parseByline(line: string): string[] | null {
  const text = line.trim();
  if (text.length > 300) return null;
  const by = /^(?:by|written by|words by|story by|von|par|por)\s+(.+?)(?:\s*[|•·,]\s*(?:updated|published|posted)\b.*|\s*[|•·]\s*.*)?$/i.exec(text);
  if (by) return splitNames(by[1].replace(/\s*,?\s*(?:staff writer|correspondent|reporter|senior \w+|contributor)$/i, ''));
  if (!/\b(?:reporting|writing|written|reported)\s+by\b/i.test(text)) return null;
  const authors: string[] = [];
  for (const clause of text.split(/\s*;\s*/)) {
    const c = clause.replace(/^\(|\)$/g, '').trim();
    if (!CREDIT_RE.test(c)) continue;
    const names = splitNames(c.replace(CREDIT_RE, '').replace(/\.$/, ''));
    if (names) authors.push(...names);
  }
  return authors.length > 0 ? authors : null;
}

const ROLE = /\b(?:journalists?|correspondents?|reporters?|editors?|writers?|fellows?|authors?|analysts?|professors?|contributors?|columnists?|researchers?|scholars?|director|lecturer|freelance)\b/i;
const BIO_RE = /^((?:[A-Z][\p{L}'’.-]+\s+){1,3}[A-Z][\p{L}'’.-]+(?:\s*(?:,|and|&)\s*(?:[A-Z][\p{L}'’.-]+\s+){1,3}[A-Z][\p{L}'’.-]+)*)\s+(?:is|are|was|writes|covers|has been)\s+/u;

/** An author bio ("X and Y are senior fellows with …") → the names, or null. */
export function parseAuthorBio(block: string): string[] | null {
  if (block.length > 700 || isDisclaimer(block)) return null;
  const m = BIO_RE.exec(block);
  if (!m) return null;
  // "X covers …" / "X writes about …" is a bio by itself; "X is …" needs a role word.
  if (!/\s(?:covers|writes)\s+$/.test(m[0]) && !ROLE.test(block)) return null;
  return splitNames(m[1]);
}
