// An event's report named its source by the bare words its attribution kept ("according to
// statement", "according to mission") while the quote of the same sentence named its resolved
// speaker or its description as written. A report's source is now resolved as a figure's is: the
// speaker of the quote sharing its cue, else its own words with the name they match.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAnalyses } from './helpers.js';
import { fixtureAnalysis } from '../fixtures/ui/corpus.js';
import type { Analysis, Quote, Span } from '../../src/types.js';
import type { EventItem, Page } from '../../src/server/api-types.js';

/** An article of one arrest, attributed by its cue to a quote's speaker and to the event's own source words. */
function reportedArrest(a: { source: string; sentence: string; trigger: string; eventSource: string; speaker: string; speakerWords: string; names: Array<[string, 'PER' | 'ORG']> }): Analysis {
  const analysis = fixtureAnalysis({
    title: `Arrests at ${a.source}`, source: a.source, published: '2031-05-02', paragraphs: [`Arrests at ${a.source}`, a.sentence],
    mentions: a.names, places: [], times: [], figures: [], quotes: [],
    events: [{ type: 'arrest', trigger: a.trigger, date: { iso: '2031-05-01', precision: 'day' } }],
  });
  const text = analysis.doc.text;
  const find = (words: string, from = 0): Span => {
    const start = text.indexOf(words, from);
    assert.ok(start >= 0, words);
    return { start, end: start + words.length };
  };
  const sentence = find(a.sentence);
  const cue = find('said', sentence.start);
  const speaker = find(a.speakerWords, sentence.start);
  const content = { start: sentence.start, end: speaker.start - 2 };
  const quote: Quote = { ...content, text: text.slice(content.start, content.end), kind: 'indirect', speaker: a.speaker, speakerText: a.speakerWords, speakerSpan: speaker, sourceSpan: speaker, cue: { ...cue, text: 'said' }, sentence };
  return {
    ...analysis,
    quotes: [quote],
    events: analysis.events.map((e) => ({ ...e, attribution: { source: a.eventSource, evidence: cue } })),
  };
}

test("an event's report names its source as the quote sharing its cue names its speaker", async () => {
  const described = reportedArrest({
    source: 'kesh-ford', sentence: 'Wardens detained nine poachers near Kesh Ford, the statement said.', trigger: 'detained',
    eventSource: 'statement', speaker: 'statement', speakerWords: 'the statement', names: [],
  });
  const named = reportedArrest({
    source: 'orlo-gate', sentence: 'Rangers arrested two men at Orlo Gate, the ranger chief, Tamsin Vey, said.', trigger: 'arrested',
    eventSource: 'ranger chief', speaker: 'Tamsin Vey', speakerWords: 'Tamsin Vey', names: [['Tamsin Vey', 'PER']],
  });
  const served = await serveAnalyses([described, named]);
  try {
    const events = (await served.get<Page<EventItem>>('/api/events?limit=10')).items;
    const reportOf = (docId: string) => events.flatMap((e) => e.reports).find((r) => r.docId === docId);
    const plain = reportOf(described.doc.id);
    assert.ok(plain, JSON.stringify(events));
    assert.deepEqual([plain.attribution, plain.attributionText, plain.attributionEntity], ['statement', 'the statement', undefined]);
    const person = reportOf(named.doc.id);
    assert.ok(person?.attributionEntity, JSON.stringify(person));
    assert.equal(person.attribution, 'Tamsin Vey', 'the quote\'s speaker, not the event\'s own "ranger chief"');
    const entity = await served.get<{ name: string }>(`/api/entities/${encodeURIComponent(person.attributionEntity)}`);
    assert.equal(entity.name, 'Tamsin Vey');
  } finally {
    await served.close();
  }
});
