// "Holmdel, NJ", "Mountain View, CA": a US postal state code right after a name and a comma is the
// state, and the name before it a place in that state (tour-date and event listings write towns
// so; the tagger took the codes for organisations and small towns for people). The codes are the
// gazetteer's own (its US states' ISO 3166-2 references), and are read only in that shape, never
// alone: several are words or other acronyms ("IN", "OR", "OK", "PA").
import type { Mention } from '../../types.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { usStateCodes } from '../gazetteer/state-table.js';
import { MONTHS } from '../calendar.js';

let codes: Set<string> | undefined;

/** Postal codes of the US states and DC, from the places stage's table of them. */
function stateCodes(): Set<string> {
  return (codes ??= usStateCodes(gazetteer()));
}

/** ", NJ" right after a name, the code not run into a longer capitalised word ("NJT"). */
const CODE_AFTER = /^,[ \t]*([A-Z]{2})(?![\p{L}\p{N}])/u;

/**
 * Places before a state code, and the code itself, typed LOC; a code the tagger ran into the
 * date after it ("IN Aug.") is cut back to the code, and one it missed is added.
 */
export function placesBeforeStateCode(text: string, mentions: Mention[], known: ReadonlySet<string> = stateCodes()): Mention[] {
  const out: Mention[] = [];
  const covered = (start: number, end: number) => mentions.some((m) => m.start < end && start < m.end);
  const retyped = new Map<Mention, Mention>();
  const added: Mention[] = [];
  for (const m of mentions) {
    // an acronym before it is a list of acronyms ("X-ray, MRT, CT"), not a town
    if (m.title || !/^\p{Lu}/u.test(m.text) || /^\p{Lu}{2,4}$/u.test(m.text)) continue;
    const after = CODE_AFTER.exec(text.slice(m.end, m.end + 8));
    if (!after || !known.has(after[1])) continue;
    const start = m.end + after[0].length - 2;
    const code: Mention = { start, end: start + 2, type: 'LOC', text: after[1] };
    const tagged = mentions.find((c) => c.start === start);
    if (tagged) {
      const rest = tagged.text.slice(2).trim().replace(/\.$/, '').toLowerCase();
      // the code alone, or the code and a month the tagger joined to it
      if (tagged.end !== code.end && !(rest in MONTHS)) continue;
      retyped.set(tagged, code);
    } else if (!covered(code.start, code.end)) added.push(code);
    else continue;
    if (m.type !== 'LOC') retyped.set(m, { ...m, type: 'LOC' });
  }
  if (retyped.size === 0 && added.length === 0) return mentions;
  for (const m of mentions) out.push(retyped.get(m) ?? m);
  return [...out, ...added].sort((a, b) => a.start - b.start);
}
