// The regular English inflections of a base form, written once for the event lexicons (which derive
// every form a trigger takes) and search (which finds a word in its other forms).

/** The -s form: "attacks", "marches", "carries". */
export function thirdPerson(base: string): string {
  if (/(s|sh|ch|x|z)$/.test(base)) return base + 'es';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies';
  return base + 's';
}

/** The regular past: "arrested", "seized", "carried". */
export function regularPast(base: string): string {
  if (base.endsWith('e')) return base + 'd';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ied';
  return base + 'ed';
}

/** The -ing form: "arresting", "seizing", "dying", "fleeing". */
export function gerund(base: string): string {
  if (base.endsWith('ie')) return base.slice(0, -2) + 'ying';
  if (base.endsWith('e') && !base.endsWith('ee')) return base.slice(0, -1) + 'ing';
  return base + 'ing';
}
