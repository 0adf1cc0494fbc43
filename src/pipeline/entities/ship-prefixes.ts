// A ship is named once with the prefix that says what it is ("INS Mysore", "MV Gibe", "USS Cole",
// "Indian Naval Ship Sukanya") and then by its name alone ("the Mysore"). The prefixes are the
// navies' and merchant fleets' own, in capitals; "MS" and "MT" are left out (a title, a state).

const PREFIXES: ReadonlySet<string> = new Set(['INS', 'MV', 'M/V', 'USS', 'USNS', 'HMS', 'HMAS', 'HMCS', 'HMNZS', 'RMS', 'SS', 'FV', 'RV', 'USCGC']);

/** The name a ship's full name gives it without its prefix ("Mysore" of "INS Mysore", "Sukanya" of
 *  "Indian Naval Ship Sukanya"), or null when the name has no ship prefix. */
export function shipNameWithoutPrefix(name: string): string | null {
  const words = name.split(/\s+/u);
  if (words.length >= 2 && PREFIXES.has(words[0])) return words.slice(1).join(' ');
  // "Naval Ship", spelled out, before the ship's one-word name
  if (words.length >= 3 && words.at(-2) === 'Ship' && /^\p{Lu}/u.test(words.at(-1)!)) return words.at(-1)!;
  return null;
}
