// Whether a figure is stated as a change: a change word before it in its clause ("fell 10%",
// "raising prices by as much as 30%"), after it ("16.29 points lower"), or as the noun it
// qualifies ("a 30% hike", "a fivefold rise").
import type { FigureChange } from '../../../types.js';
import type { FactsContext } from '../../context/document.js';
import type { FigureLexicon } from '../../lexicons/figures.js';

const CLAUSE_END = new Set([',', ';', ':', '.', '(', ')', '–', '—', '"', '“', '”', 'and', 'but', 'while', 'which', 'that', 'who']);
// Words a change word may stand behind: "fell by just 2%", "rose to 5%", "lost as much as 0.6%".
const BRIDGE = new Set(['by', 'just', 'only', 'about', 'around', 'nearly', 'almost', 'some', 'roughly', 'a', 'further', 'another', 'more', 'than', 'as', 'much', 'many', 'up', 'to', 'from', 'sharply', 'slightly', 'again', 'over', 'at', 'least']);

const PARTICLES = new Set(['up', 'down', 'cut']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", '’s']);

export interface ChangeAt {
  change: FigureChange;
  /** Token of the change word, -1 when none. */
  at: number;
}

/** The change a figure at tokens [from, end) states, looking a few words either side within its clause. */
export function changeOf(ctx: FactsContext, lex: FigureLexicon, from: number, end: number, sentFrom: number, sentTo: number): ChangeAt {
  const { low } = ctx;
  // after: "points lower", "5% higher", "a 30% hike", "a fivefold rise in profits"
  for (let k = end; k < Math.min(end + 2, sentTo); k++) {
    const dir = lex.changes.get(low[k]);
    // "up"/"down" after a figure are particles of another verb ("5% down to", "set up")
    if (dir && !PARTICLES.has(low[k])) return { change: dir, at: k };
    if (CLAUSE_END.has(low[k])) break;
  }
  // before, through bridging words and other words of the same clause: "Nickel prices rose 43%"
  let skipped = 0;
  for (let k = from - 1; k >= sentFrom && skipped <= 4; k--) {
    const w = low[k];
    if (CLAUSE_END.has(w)) break;
    // "extorted up to $25 million from more than 70 victims": "up to" qualifies the earlier
    // figure, so neither it nor a change word before it says how the later one moved; after a
    // form of "be" it is the rise itself ("was up to 80.8 pct from 80.4 pct")
    if (w === 'up' && low[k + 1] === 'to' && k + 2 < from && !BE.has(low[k - 1] ?? '')) break;
    const dir = lex.changes.get(w);
    if (dir) return { change: dir, at: k };
    if (!BRIDGE.has(w)) skipped++;
  }
  return { change: 'none', at: -1 };
}
