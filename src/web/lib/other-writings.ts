// The ways an entity is written besides its name, as its page lists them. A dateline's capitals
// ("GOMA, Congo —") or a shouted headline are the name again, not another one: "Also written as:
// GOMA" under "Goma" told a reader nothing, and hid the forms that matter among such repeats.

/** The aliases that are not the name or an earlier alias in other letter case, in the order given (most used first). */
export function otherWritings(name: string, aliases: ReadonlyArray<{ text: string }>): string[] {
  const seen = new Set([name.toLocaleLowerCase()]);
  const out: string[] = [];
  for (const a of aliases) {
    const folded = a.text.toLocaleLowerCase();
    if (seen.has(folded)) continue;
    seen.add(folded);
    out.push(a.text);
  }
  return out;
}
