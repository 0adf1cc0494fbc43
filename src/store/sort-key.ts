// The key the document list orders titles and publishers by, stored beside them so that SQLite
// and PostgreSQL order alike and by index. SQLite's NOCASE folds only ASCII letters: "Élan" sorted
// after "zinc" there, and "élan" apart from "Elan".

/** `text` folded for ordering A to Z: lower case (every script), compatibility forms ("ﬁ" as
 *  "fi", full-width letters as plain ones) and the accents of Latin, Greek and Cyrillic letters
 *  left out. Null where there is nothing to order by (none, or blank): such rows go last. */
export function sortKey(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  if (!trimmed) return null;
  // only the combining diacritics block: the vowel signs of Indic scripts are marks too, and
  // dropping them would make different words equal
  return trimmed.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** Two sort keys in code-point order, as both stores compare them (SQLite's BINARY and
 *  PostgreSQL's "C" compare UTF-8 bytes); null last. JavaScript's `<` compares UTF-16 units,
 *  which put a letter beyond U+FFFF before U+E000–U+FFFF. */
export function compareSortKeys(a: string | null, b: string | null): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i].codePointAt(0)! - y[i].codePointAt(0)!;
  }
  return x.length - y.length;
}
