// String order for what training writes and what features read: by UTF-16 code units, the same on
// every machine. localeCompare follows the machine's locale (Lithuanian sorts "y" with "i"), so a
// model's bytes, or a tie broken between two lemmas, would depend on where it ran.

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
