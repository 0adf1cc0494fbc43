// "shot at his home in Elmira, N.Y. Marlow provided …": a state written short ends the sentence,
// the segmenter takes its stop for the abbreviation's alone, and the tagger reads the state and the
// next sentence's first name as one name ("N.Y. Marlow"). A name that opens with a state's
// abbreviation right after "Town, " is that state, then the name.
import type { Mention } from '../../types.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { stateTable } from '../gazetteer/state-table.js';

const ABBREVIATION_FIRST = /^(\S+\.)[ \t]+(?=\p{Lu})/u;
const AFTER_TOWN = /\p{L}[ \t]*,[ \t]*$/u;

export function cutStatesOffNames(text: string, mentions: Mention[]): Mention[] {
  let out: Mention[] | undefined;
  mentions.forEach((m, i) => {
    if (m.type === 'LOC') return;
    const first = ABBREVIATION_FIRST.exec(m.text);
    if (!first || !AFTER_TOWN.test(text.slice(Math.max(0, m.start - 4), m.start)) || !stateTable(gazetteer()).byAbbreviation.has(first[1])) return;
    const rest = m.start + first[0].length;
    out ??= [...mentions];
    out[i] = { start: m.start, end: m.start + first[1].length, type: 'LOC', text: first[1] };
    out.push({ ...m, start: rest, text: text.slice(rest, m.end) });
  });
  return out ? out.sort((a, b) => a.start - b.start) : mentions;
}
