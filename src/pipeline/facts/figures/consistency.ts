// A stated multiple ("a fivefold rise in profits") checked against the two levels the same document
// gives for that change ("net profits of 1.33bn Australian dollars …, up from A$246bn"). When the
// levels' ratio is far from the multiple, the figures cannot all be right (a misprint, a wrong unit):
// each is marked with the others, and claim grouping shows them together as contradictory.
import type { Figure, Span } from '../../../types.js';

// How far a ratio may be from a stated multiple and still be that multiple ("fivefold" for 4.5 or 5.6).
const TOLERANCE = 0.25;
// How far apart, in characters, the multiple and the levels may be written.
const REACH = 600;
const LEVEL_FROM = /\b(?:up|down|rising|falling|rose|fell|increase|decrease|rise|fall)\s+from\s+$/i;
const STOP = new Set(['the', 'of', 'in', 'a', 'an', 'its', 'their', 'rise', 'fall', 'increase', 'decrease', 'growth', 'jump', 'drop']);

/** Content words of a phrase, singular: "rise in net profits" → net, profit. */
function words(phrase: string): Set<string> {
  return new Set(phrase.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 2 && !STOP.has(w)).map((w) => w.replace(/s$/, '')));
}

/** Marks multiples that the levels they describe contradict. Figures are in text order. */
export function markInconsistentMultiples(text: string, figures: Figure[]): void {
  const multiples = figures.filter((f) => f.unit === 'times' && f.qualifier === 'exact' && f.change !== 'down');
  if (multiples.length === 0) return;
  for (let b = 1; b < figures.length; b++) {
    const old = figures[b];
    if (!LEVEL_FROM.test(text.slice(Math.max(0, old.start - 24), old.start))) continue;
    // the new level: the figure before it in the sentence with the same unit
    const level = figures.slice(0, b).reverse().find((f) => f.sentence.start === old.sentence.start && f.unit === old.unit && !!f.unit);
    if (!level || old.value <= 0) continue;
    const ratio = level.value / old.value;
    const sentence = words(text.slice(level.sentence.start, level.sentence.end));
    for (const m of multiples) {
      if (Math.abs(m.start - level.start) > REACH) continue;
      if (![...words(m.what)].some((w) => sentence.has(w))) continue;
      if (Math.abs(ratio - m.value) <= TOLERANCE * m.value) continue;
      const reason = `"${m.text}" ${m.what} against ${level.text} up from ${old.text}: a ratio of ${round(ratio)}, not ${m.value}`;
      const members: Figure[] = [m, level, old];
      for (const f of members) f.conflict = { with: members.filter((x) => x !== f).map(spanOf), reason };
    }
  }
}

const spanOf = (f: Figure): Span => ({ start: f.start, end: f.end });

function round(x: number): string {
  return x >= 10 ? String(Math.round(x)) : x.toPrecision(2);
}
