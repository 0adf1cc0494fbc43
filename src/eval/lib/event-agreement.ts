// Inter-annotator agreement on sentence-level events: one annotation is scored as the gold and the
// other as a prediction with scoreDocument's own matching (same type, overlapping evidence;
// optional gold items count neither way), so the figures read like `eval gold`'s events row.
import { emptyAnalysis } from '../../analysis.js';
import type { Analysis, EventRecord, EventType } from '../../types.js';
import type { GoldEvent, GoldFile } from './gold-format.js';
import { locate, prf, scoreDocument, type Tally } from './gold-match.js';

export type Prf = ReturnType<typeof prf>;

/**
 * How the predicting side's optional events are used. strict: left out, so a required gold event they
 * alone cover is missed; lenient: they may match a gold event but are never counted as false.
 */
export type OptionalUse = 'strict' | 'lenient';

export interface AgreementFigures {
  /** Types exact, the predicting side's optional events left out. */
  strict: Prf;
  /** Types exact, the predicting side's optional events may match but never count as false. */
  lenient: Prf;
  /** Strict, every type read as one. */
  untyped: Prf;
  /** Strict, both sides restricted to `other` events. */
  other: Prf;
  /** Strict, both sides restricted to the typed events (every type but `other`). */
  typed: Prf;
}

interface Side {
  events: (e: GoldEvent) => boolean;
  type: (t: string) => string;
}

const all: Side = { events: () => true, type: (t) => t };

/**
 * The prediction's events as an Analysis scoreDocument can read, each spanning its evidence, with the
 * optional ones (lenient use only) to be scored as free: they may match but never count as false.
 */
function asAnalysis(docKey: string, text: string, events: GoldEvent[], use: OptionalUse, side: Side): { analysis: Analysis; optional: Set<EventRecord> } {
  const a = emptyAnalysis({
    id: '', text, title: '', sources: [], removed: [], paragraphs: [],
    meta: { authors: [], publisher: null, dateline: null, published: { value: null, precision: 'none' } },
  });
  const optional = new Set<EventRecord>();
  a.events = events
    .filter((e) => side.events(e) && (use === 'lenient' || !e.optional))
    // required ones first: scoreDocument takes the first fitting event, and an optional one left over is free
    .sort((x, y) => Number(!!x.optional) - Number(!!y.optional))
    .map((e): EventRecord => {
      // the gold side counts an unlocatable event as missed, so dropping it here would make the directions unequal
      const span = locate(text, e.evidence);
      if (!span) throw new Error(`document "${docKey}": event ${e.id}'s evidence "${e.evidence}" is not in the text`);
      const r: EventRecord = {
        id: e.id, type: side.type(e.type) as EventType, trigger: { ...span, text: e.evidence }, sentence: span,
        date: null, place: null, actors: [], targets: [], counts: {}, status: 'asserted',
      };
      if (e.optional) optional.add(r);
      return r;
    });
  return { analysis: a, optional };
}

function tallyOf(gold: GoldFile, second: GoldFile, texts: Map<string, string>, use: OptionalUse, side: Side): Tally {
  const t: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const [key, doc] of Object.entries(gold.documents)) {
    const text = texts.get(key);
    if (text === undefined) throw new Error(`document "${key}": no text`);
    const goldEvents = (doc.events ?? []).filter(side.events).map((e) => ({ ...e, type: side.type(e.type) }));
    const { analysis, optional } = asAnalysis(key, text, second.documents[key]?.events ?? [], use, side);
    const s = scoreDocument({ events: goldEvents }, analysis, { freeEvent: (e) => optional.has(e) });
    t.tp += s.events.tp;
    t.fp += s.events.fp;
    t.fn += s.events.fn;
  }
  return t;
}

/** Agreement of `second` with `gold` (gold's documents; a document `second` lacks has no events). */
export function eventAgreement(gold: GoldFile, second: GoldFile, texts: Map<string, string>): AgreementFigures {
  const only = (other: boolean): Side => ({ events: (e) => (e.type === 'other') === other, type: (t) => t });
  return {
    strict: prf(tallyOf(gold, second, texts, 'strict', all)),
    lenient: prf(tallyOf(gold, second, texts, 'lenient', all)),
    untyped: prf(tallyOf(gold, second, texts, 'strict', { events: () => true, type: () => 'other' })),
    other: prf(tallyOf(gold, second, texts, 'strict', only(true))),
    typed: prf(tallyOf(gold, second, texts, 'strict', only(false))),
  };
}
