// "Hartpury, Gloucestershire", "Springfield, Illinois": a name right after a place and a comma
// that the gazetteer knows as a region or country is that place's region, whatever the tagger
// said (county names double as cricket clubs and councils in its training data). After "from",
// "in", "near" or "at", the name before the comma is a place too, even one the gazetteer lacks
// ("a farmer from Hartpury, Gloucestershire": the tagger took the village for a surname).
import type { Mention } from '../../types.js';
import { candidates } from '../gazetteer/resolve.js';
import { gazetteer } from '../gazetteer/gazetteer.js';

/** A place before a comma and its region or country ("Nice, France"): the context settles it, whatever other mentions of the name say (a club named after the town). */
export function placesBeforeRegion(text: string, mentions: Mention[]): Set<Mention> {
  const out = new Set<Mention>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i];
    const next = mentions[i + 1];
    if (m.type !== 'LOC' || next.type !== 'LOC' || !/^\s*,\s*$/.test(text.slice(m.end, next.start))) continue;
    if (isRegionOrCountry(next.text)) out.add(m);
  }
  return out;
}

function isRegionOrCountry(name: string): boolean {
  return candidates(gazetteer(), name).entries.some((e) => e.kind === 'R' || e.kind === 'C');
}

const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:from|in|near|at|outside)\s+(?:the\s+)?$/u;

export function placesAfterComma(text: string, mentions: Mention[]): Mention[] {
  const out = [...mentions];
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1];
    const m = out[i];
    if (m.type === 'LOC' || m.type === 'PER' || !/^,\s*$/.test(text.slice(prev.end, m.start))) continue;
    // and the clause goes on after it: "Ledbury, Herefordshire, said" / "…, Herefordshire."
    if (!/^\s*(?:[,.;:)]|$)/.test(text.slice(m.end, m.end + 2))) continue;
    const placeBefore = prev.type === 'LOC' || (!prev.title && !/\s/.test(prev.text) && LOCATIVE_BEFORE.test(text.slice(Math.max(0, prev.start - 16), prev.start)));
    if (!placeBefore || !isRegionOrCountry(m.text)) continue;
    out[i] = { ...m, type: 'LOC' };
    if (prev.type !== 'LOC') out[i - 1] = { ...prev, type: 'LOC' };
  }
  return out;
}
