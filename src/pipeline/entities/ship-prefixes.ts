// A ship is named once with the prefix that says what it is ("INS Mysore", "MV Gibe", "USS Cole",
// "Indian Naval Ship Sukanya") and then by its name alone ("the Mysore"). One list of prefixes serves
// the ship's type (vessel-names.ts) and the join of its two names (resolve.ts).

/**
 * The prefixes navies and registries write before a ship's name: "USS", "HMS", "INS" (India's
 * navy), "MV" (motor vessel), "M/S". Not "MS", "SS", "MT" or "RV", which open other things as often
 * ("MS Word", "SS officer"). "INS" is also the US immigration service: vessel-names.ts asks that the
 * words after it be a name, none of them a word news mostly writes in lower case.
 */
const SHIP_PREFIX = /^(?:USS|USNS|USCGC|HMS|HMAS|HMCS|HMNZS|INS|MV|M\/V|M\/S|RMS)\s+(\p{Lu}.*)$/u;

/** The words after a ship's prefix ("Mysore" of "INS Mysore"), or null when the name opens with none. */
export function afterShipPrefix(name: string): string | null {
  return SHIP_PREFIX.exec(name)?.[1] ?? null;
}

/** The name a ship's full name gives it without its prefix ("Mysore" of "INS Mysore", "Sukanya" of
 *  "Indian Naval Ship Sukanya"), or null when the name has no ship prefix. */
export function shipNameWithoutPrefix(name: string): string | null {
  const prefixed = afterShipPrefix(name);
  if (prefixed !== null) return prefixed;
  // "Naval Ship", spelled out, before the ship's one-word name (asked of every name: split only one that holds the word)
  if (!name.includes('Ship')) return null;
  const words = name.split(/\s+/u);
  if (words.length >= 3 && words.at(-2) === 'Ship' && /^\p{Lu}/u.test(words.at(-1)!)) return words.at(-1)!;
  return null;
}
