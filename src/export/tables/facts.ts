// Figures (numbers with what they count and who says so) and quotes, one row per annotation.
import { figuresInScope, quotesInScope, type LocatedFigure, type LocatedQuote } from '../facts.js';
import { defineTable } from './table.js';
import { shownQuote } from '../../quote-text.js';

export const figuresTable = defineTable<LocatedFigure>({
  kind: 'figure',
  items: figuresInScope,
  // the source as `chronicle figures --json` resolves it, beside the attribution as stored
  record: (f) => ({
    docId: f.docId, evidence: f.sentence, ...f.data,
    ...(f.source ? { source: f.source.name, sourceText: f.source.written ?? null, sourceEntityId: f.source.entity ?? null, sourceSpan: f.source.span ?? null } : {}),
  }),
  // columns added later go last (vague_words, then unit and change, then qualifier_words, then the source's
  // words, entity and span), so that readers of the earlier columns by position are not broken. source is the
  // name the listings show: for a figure in reported speech, the speaker of that quote
  columns: ['doc', 'value', 'qualifier', 'what', 'source', 'evidence', 'start', 'end', 'text', 'vague_words', 'unit', 'change', 'qualifier_words', 'source_text', 'source_entity', 'source_start', 'source_end'],
  rows: (f) => [[
    f.docId, f.data.value, f.data.qualifier, f.data.what, f.source?.name ?? f.data.attribution?.source, f.sentence, f.data.start, f.data.end, f.data.text,
    f.data.vagueWords, f.data.unit, f.data.change, f.data.qualifierWords, f.source?.written, f.source?.entity, f.source?.span?.start, f.source?.span?.end,
  ]],
});

export const quotesTable = defineTable<LocatedQuote>({
  kind: 'quote',
  items: quotesInScope,
  // speakerText and speakerEntityId as `chronicle quotes --json` gives them: as written, and the entity now
  // the quote's words without the comma before its cue ("…their eyes," she said), its end moved to match
  record: (q) => ({ docId: q.docId, evidence: q.sentence, ...shownQuote(q.data), speakerText: q.speaker.text, speakerEntityId: q.speaker.entity }),
  // speaker is the resolved name or, for a nameless speaker, a description ("statement"); speaker_text and
  // speaker_entity (added later, so last) tell the two apart: the words as written, and the entity when resolved
  columns: ['doc', 'kind', 'speaker', 'quote', 'start', 'end', 'evidence', 'speaker_text', 'speaker_entity'],
  rows: (q) => {
    const shown = shownQuote(q.data);
    return [[q.docId, q.data.kind, q.data.speaker, shown.text, shown.start, shown.end, q.sentence, q.speaker.text, q.speaker.entity]];
  },
});
