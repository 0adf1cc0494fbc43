// "south Asia", "western Europe", "east Africa": a compass word before a continent or a
// macro-region names a region of its own (not the continent), which news writes in lower case and
// the tagger leaves out of the span. Only before a continent or macro-region the gazetteer
// lists: "northern Iraq" stays Iraq, the country.
import type { Mention } from '../../types.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { candidates } from '../gazetteer/resolve.js';

const COMPASS = /(?:^|[^\p{L}])((?:north|south|east|west|central|northern|southern|eastern|western|(?:north|south)[- ]?(?:east|west)(?:ern)?)\p{Zs}+)$/iu;

export function compassRegions(text: string, mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    if (m.type !== 'LOC') return m;
    const before = COMPASS.exec(text.slice(Math.max(0, m.start - 20), m.start));
    if (!before || !candidates(gazetteer(), m.text).entries.some((e) => e.kind === 'M')) return m;
    const start = m.start - before[1].length;
    return { ...m, start, text: text.slice(start, m.end) };
  });
}
