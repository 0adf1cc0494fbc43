// "Hartpury, Gloucestershire", "Springfield, Illinois": a name right after a place and a comma
// that the gazetteer knows as a region or country is that place's region, whatever the tagger
// said (county names double as cricket clubs and councils in its training data).
import type { Mention } from '../../types.js';
import { candidates } from '../places/resolve.js';
import { gazetteer } from '../places/gazetteer.js';

export function placesAfterComma(text: string, mentions: Mention[]): Mention[] {
  const out = [...mentions];
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1];
    const m = out[i];
    if (prev.type !== 'LOC' || m.type === 'LOC' || m.type === 'PER' || !/^,\s*$/.test(text.slice(prev.end, m.start))) continue;
    // and the clause goes on after it: "Ledbury, Herefordshire, said" / "…, Herefordshire."
    if (!/^\s*(?:[,.;:)]|$)/.test(text.slice(m.end, m.end + 2))) continue;
    if (candidates(gazetteer(), m.text).entries.some((e) => e.kind === 'R' || e.kind === 'C')) out[i] = { ...m, type: 'LOC' };
  }
  return out;
}
