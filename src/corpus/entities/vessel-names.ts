// "The Cole" after "USS Cole", "the Sirius Star" after "MV Sirius Star": news names a ship with its
// prefix (data/vessel-prefixes.txt) and then without it. A bare name that is the rest of one
// prefixed name of its article is that ship. A place or a person keeps its own entity: ships are
// named after towns and people, and "HMS Liverpool" does not make the city a ship.
import { readFileSync } from 'node:fs';
import { projectPath } from '../../paths.js';
import type { EntityType, Mention } from '../../types.js';
import { nameKey } from './names.js';

let shipped: ReadonlySet<string> | undefined;

export function shippedVesselPrefixes(): ReadonlySet<string> {
  shipped ??= new Set(
    readFileSync(projectPath('data', 'vessel-prefixes.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
  return shipped;
}

/** The name after a ship's prefix ("Cole" of "USS Cole"), or null. */
export function shipNameOf(text: string, prefixes: ReadonlySet<string> = shippedVesselPrefixes()): string | null {
  const m = /^(\S+)\s+(\p{Lu}.*)$/u.exec(text.trim());
  return m && prefixes.has(m[1].replace(/\.$/u, '')) ? m[2] : null;
}

interface Named {
  canonical: string;
  tokens: string[];
  type: EntityType;
  settled: boolean;
}

/** Bare ship names go to the one prefixed name of the article they complete (in place). */
export function linkVesselNames<T extends Named>(mentions: Mention[], out: T[], prefixes: ReadonlySet<string> = shippedVesselPrefixes()): void {
  const ships = new Map<string, Set<number>>();
  mentions.forEach((m, i) => {
    const rest = out[i].type === 'PER' || out[i].type === 'LOC' ? null : shipNameOf(m.text, prefixes);
    if (rest) ships.set(nameKey(rest), (ships.get(nameKey(rest)) ?? new Set<number>()).add(i));
  });
  if (!ships.size) return;
  mentions.forEach((m, i) => {
    const w = out[i];
    if (w.settled || w.type === 'PER' || w.type === 'LOC') return;
    const found = ships.get(nameKey(m.text.replace(/^(the|The)\s+/u, '')));
    if (!found || found.has(i)) return;
    const names = new Set([...found].map((k) => out[k].canonical));
    if (names.size !== 1) return;
    const ship = out[[...found][0]];
    out[i] = { ...w, canonical: ship.canonical, tokens: ship.tokens, type: ship.type, settled: true };
  });
}
