// A figure stated in reported speech and the quote of that speech share one attribution (one cue),
// yet the two named their source apart: the quote's speaker resolved to a person while the figure
// showed the description its own attribution kept ("harbour master", not identified), and a quote
// whose speaker's words held a place's name ("the lamp office of Velt") was listed as the place's.
// The figure now takes the speaker of the quote sharing its cue, in /api/figures, in the article's
// annotations and in `chronicle figures` (its table and --json), and the quote is not the place's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serveAnalyses } from './helpers.js';
import { runCli, tempDir } from '../helpers.js';
import { emptyAnalysis } from '../../src/analysis.js';
import { handDoc } from '../fixtures/hand-doc.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { Analysis, Figure, Mention, Quote, Span } from '../../src/types.js';
import type { DocumentView, FigureItem, Page, QuoteItem } from '../../src/server/api-types.js';

const TEXT = [
  'Mira Tolt, the harbour master, said 12 boats were lost in the gale.',
  'At least 30 lanterns went dark on the pier, the lamp office of Velt said.',
  'Some 400 nets were torn, according to the ledger of the co-operative.',
].join(' ');

function span(words: string, from = 0): Span {
  const start = TEXT.indexOf(words, from);
  assert.ok(start >= 0, words);
  return { start, end: start + words.length };
}

function reported(content: string, speaker: string, speakerWords: string, cueWords: string): Quote {
  const c = span(content);
  const sp = span(speakerWords);
  const cue = span(cueWords, Math.min(c.start, sp.start));
  return { ...c, text: content, kind: 'indirect', speaker, speakerText: speakerWords, speakerSpan: sp, sourceSpan: sp, cue: { ...cue, text: cueWords }, sentence: { start: Math.min(c.start, sp.start), end: Math.max(c.end, cue.end) + 1 } };
}

function figure(words: string, value: number, what: string, source: string, evidence: Span): Figure {
  const s = span(words);
  return { ...s, text: words, value, qualifier: value === 30 ? 'at_least' : 'exact', what, sentence: s, attribution: { source, evidence } };
}

function article(): Analysis {
  const doc = handDoc('harbour-gale', TEXT, { title: 'Gale at the harbour', location: 'harbour-gale.txt' });
  const mention = (words: string, type: Mention['type'], entityId: string): Mention => ({ ...span(words), text: words, type, entityId, canonical: words });
  const said = span('said');
  const according = span('according to the ledger of the co-operative');
  return {
    ...emptyAnalysis(doc),
    mentions: [mention('Mira Tolt', 'PER', 'ent_tolt'), mention('Velt', 'LOC', 'ent_velt')],
    quotes: [
      reported('12 boats were lost in the gale', 'Mira Tolt', 'Mira Tolt', 'said'),
      reported('At least 30 lanterns went dark on the pier', 'lamp office of Velt', 'the lamp office of Velt', 'said'),
      reported('Some 400 nets were torn', 'ledger of the co-operative', 'the ledger of the co-operative', 'according to'),
    ],
    figures: [
      // the figure's own attribution keeps the appositive's description, as the pipeline may word it
      figure('12', 12, 'boats', 'harbour master', said),
      figure('At least 30', 30, 'lanterns', 'lamp office of Velt', span('said', span('Velt').end)),
      // "according to" evidence runs on over its source; the quote's cue stops at "to"
      figure('400', 400, 'nets', 'ledger of the co-operative', according),
    ],
  };
}

test('a figure and the quote sharing its cue name one source, linked alike', async () => {
  const analysis = article();
  const served = await serveAnalyses([analysis]);
  try {
    const quotes = (await served.get<Page<QuoteItem>>('/api/quotes?limit=10')).items;
    const figures = (await served.get<Page<FigureItem>>('/api/figures?limit=10')).items;
    const quoteOf = (words: string) => quotes.find((q) => q.text.includes(words));
    const figureOf = (value: number) => figures.find((f) => f.value === value);

    assert.equal(quoteOf('boats')?.speakerEntity, 'ent_tolt');
    assert.equal(quoteOf('lanterns')?.speakerEntity, undefined, 'the lamp office is not the place it names');
    for (const [words, value] of [['boats', 12], ['lanterns', 30], ['nets', 400]] as const) {
      const q = quoteOf(words);
      const f = figureOf(value);
      assert.ok(q && f, `${words}: ${JSON.stringify({ quotes, figures })}`);
      assert.deepEqual([f.source, f.sourceEntity], [q.speaker, q.speakerEntity], `${words}: one source for the quote and the figure`);
    }
    assert.equal(figureOf(400)?.sourceText, 'the ledger of the co-operative', 'the words as written, for a description');

    const doc = await served.get<DocumentView>(`/api/documents/${analysis.doc.id}`);
    const noted = doc.annotations.filter((a) => a.kind === 'figure').map((a) => [a.text, a.source, a.sourceEntity ?? null]);
    assert.deepEqual(noted, [['12', 'Mira Tolt', 'ent_tolt'], ['At least 30', 'lamp office of Velt', null], ['400', 'ledger of the co-operative', null]]);
  } finally {
    await served.close();
  }
});

test('`chronicle figures` words a source as `chronicle quotes` words its speaker', async () => {
  const db = join(tempDir(), 'gale.db');
  const store = new SqliteStore(db);
  await store.saveBatch([{ analysis: article(), contentHash: 'gale' }]);
  await store.close();
  const figures = runCli(['figures', '--db', db]);
  const quotes = runCli(['quotes', '--db', db]);
  assert.equal(figures.status, 0, figures.stderr);
  assert.equal(quotes.status, 0, quotes.stderr);
  for (const line of ['Mira Tolt', '“the lamp office of Velt” (not identified)', '“the ledger of the co-operative” (not identified)']) {
    assert.ok(figures.stdout.includes(line), `figures: ${line}\n${figures.stdout}`);
    assert.ok(quotes.stdout.includes(line), `quotes: ${line}\n${quotes.stdout}`);
  }
  assert.ok(!figures.stdout.includes('harbour master'), figures.stdout);

  // --json: the source resolved as the table shows it, beside the attribution as stored
  const json = runCli(['figures', '--db', db, '--json']);
  assert.equal(json.status, 0, json.stderr);
  const rows = JSON.parse(json.stdout) as Array<Record<string, unknown>>;
  const boats = rows.find((r) => r.value === 12);
  assert.deepEqual([boats?.source, boats?.sourceEntityId], ['Mira Tolt', 'ent_tolt']);
  const lamps = rows.find((r) => r.value === 30);
  assert.deepEqual([lamps?.source, lamps?.sourceText, lamps?.sourceEntityId], ['lamp office of Velt', 'the lamp office of Velt', null]);
  const spoken = (JSON.parse(runCli(['quotes', '--db', db, '--json']).stdout) as Array<Record<string, unknown>>).find((q) => String(q.text).startsWith('12 boats'));
  assert.equal(spoken?.speakerEntityId, boats?.sourceEntityId);
});
