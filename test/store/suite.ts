import { test } from 'node:test';
import { emptyAnalysis } from '../../src/analysis.js';
import { DocumentConflictError, type Store } from '../../src/store/interface.js';
import assert from 'node:assert/strict';
import { toFtsQuery } from '../../src/store/fts-query.js';
import { searchQuery } from '../../src/search-words.js';
import { hammingDistance, simhash } from '../../src/store/simhash.js';
import type { Analysis, Doc } from '../../src/types.js';
import { fixtureAnalysis } from '../fixtures/ui/corpus.js';

function analysisOf(id: string, text: string, location: string, title = 'A title'): Analysis {
  const doc: Doc = {
    id,
    text,
    title,
    sources: [{ kind: 'file', location, name: location.replace(/\..*$/, '') }],
    removed: [{ text: 'Accept cookies', reason: 'cookie-notice', at: 0 }],
    paragraphs: [{ start: 0, end: text.length }],
    meta: { authors: ['Ann Writer'], publisher: null, dateline: null, published: { value: '2020-05-01', precision: 'day' } },
  };
  return {
    ...emptyAnalysis(doc),
    mentions: [{ start: 0, end: 6, type: 'LOC', text: text.slice(0, 6), entityId: 'ent_ankara', canonical: text.slice(0, 6) }],
  };
}

const wire = [
  'Ankara police detained twelve people on Tuesday after raids in three districts of the capital, officials said, adding that the suspects were accused of planning attacks on foreign embassies during the holidays.',
  'The governor’s office said the suspects had been under surveillance for several months and that weapons, forged passports and cash were seized in the searches.',
  'Prosecutors are expected to bring the detainees before a judge later this week. Lawyers for two of the suspects said their clients denied any wrongdoing and would appeal against their detention.',
  'The raids came a week after the interior minister warned of an increased threat ahead of the new year celebrations, when large crowds gather in the city centre.',
].join('\n\n');

/** A document naming Ankara, Ali Veli and the Interior Ministry, with places and one quote. */
function richAnalysis(id: string, location: string, opts: { aliEntity?: string } = {}): Analysis {
  const text = 'Ankara police detained Ali Veli on Tuesday. "We act," said Ali Veli, an official of the Interior Ministry. Later, in Istanbul, more raids.';
  const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
  const base = analysisOf(id, text, location);
  const ali = opts.aliEntity ?? 'ent_ali';
  const place = (name: string, ref: string, lat: number) => ({ name, country: 'Turkey', countryCode: 'TR', lat, lon: 30, kind: 'city' as const, ref });
  return {
    ...base,
    mentions: [
      { ...at('Ankara'), type: 'LOC', text: 'Ankara', entityId: 'ent_ankara', canonical: 'Ankara' },
      { ...at('Ali Veli'), type: 'PER', text: 'Ali Veli', entityId: ali, canonical: 'Ali Veli' },
      { ...at('Ali Veli', 50), type: 'PER', text: 'Ali Veli', entityId: ali, canonical: 'Ali Veli' },
      { ...at('Interior Ministry'), type: 'ORG', text: 'Interior Ministry', entityId: 'ent_ministry', canonical: 'Interior Ministry' },
      { ...at('Istanbul'), type: 'LOC', text: 'Istanbul', entityId: 'ent_istanbul', canonical: 'Istanbul' },
    ],
    places: [
      { ...at('Ankara'), text: 'Ankara', place: place('Ankara', 'geonames:1', 39.9) },
      { ...at('Istanbul'), text: 'Istanbul', place: place('Istanbul', 'geonames:2', 41) },
    ],
    quotes: [{ ...at('"We act,"'), text: '"We act,"', kind: 'direct', speaker: 'Ali Veli', speakerSpan: at('Ali Veli', 50), sentence: at('"We act," said') }],
  };
}

/** The behaviour every store engine must have; run against SQLite and PostgreSQL. */
export function storeSuite(engine: string, open: (opts?: { rankedMatches?: number }) => Promise<Store>, opts: { skip?: string | false } = {}): void {
  test(`${engine}: saves, finds by id, prefix and name, and keeps removed parts and annotations`, opts, async () => {
    const store = await open();
    const [outcome] = await store.saveBatch([{ analysis: analysisOf('aaaa1111bbbb2222', wire, 'story.txt'), contentHash: 'h1' }]);
    assert.deepEqual(outcome, { status: 'new', docId: 'aaaa1111bbbb2222' });
    for (const key of ['aaaa1111bbbb2222', 'aaaa1111', 'story']) {
      const doc = await store.getDocument(key);
      assert.equal(doc?.id, 'aaaa1111bbbb2222', key);
    }
    const doc = await store.getDocument('story');
    assert.equal(doc?.removed[0].reason, 'cookie-notice');
    assert.equal(doc?.annotations[0].text, 'Ankara');
    assert.equal(doc?.meta.authors[0], 'Ann Writer');
    assert.equal(await store.documentText('aaaa1111bbbb2222'), wire);
    assert.equal(await store.documentText('aaaa1111'), null, 'by exact id only');
    assert.deepEqual(await store.documentTexts(['aaaa1111bbbb2222', 'aaaa1111', 'aaaa1111bbbb2222']), new Map([['aaaa1111bbbb2222', wire]]), 'many in one read, by exact id');
    assert.deepEqual(await store.documentTexts([]), new Map());
    assert.equal(await store.integrityCheck(), 'ok');
    await store.close();
  });

  test(`${engine}: a document's annotations on one span come in the order they were saved, on every engine`, opts, async () => {
    // "15 years" is a length of time and a figure: the API answered [figure, time] from SQLite and
    // [time, figure] from PostgreSQL, as each engine broke the tie on its own.
    const analysis = fixtureAnalysis({
      title: 'Jail term upheld', source: 'jail-term', published: '2020-05-01', paragraphs: ['Jail term upheld', 'The court said he must serve 15 years in prison.'],
      mentions: [], places: [], events: [], quotes: [],
      times: [['15 years', { iso: null, precision: 'none', kind: 'duration', timex: 'P15Y' }]],
      figures: [{ text: '15 years', value: 15, qualifier: 'exact', what: 'prison term' }],
    });
    const store = await open();
    await store.saveBatch([{ analysis, contentHash: analysis.doc.id }]);
    const stored = await store.getDocument(analysis.doc.id);
    const at = stored!.annotations.filter((a) => a.text === '15 years').map((a) => a.kind);
    assert.deepEqual(at, ['time', 'figure'], 'as saved: times before figures');
    await store.close();
  });

  test(`${engine}: quotes of any of several speaker entities, or of a speaker name`, opts, async () => {
    const store = await open();
    await store.saveBatch([{ analysis: richAnalysis('quot1111aaaa0000', 'q1.txt'), contentHash: 'q1' }]);
    const texts = async (q: Parameters<Store['queryQuotes']>[0]) => (await store.queryQuotes(q)).items.map((r) => r.text);
    assert.deepEqual(await texts({ speakerEntities: ['ent_nobody', 'ent_ali'] }), ['"We act,"']);
    assert.deepEqual(await texts({ speakerEntities: [] }), []);
    assert.deepEqual(await texts({ speakerEntities: ['ent_nobody'], speakerName: 'ali veli' }), ['"We act,"'], 'or the name');
    assert.equal((await store.queryQuotes({ speakerEntities: ['ent_ali'], docId: 'other' })).total, 0);
    await store.close();
  });

  test(`${engine}: annotations are found by kind and start, many documents in one call`, opts, async () => {
    const store = await open();
    await store.saveBatch([
      { analysis: richAnalysis('rich1111aaaa0000', 'r1.txt'), contentHash: 'r1' },
      { analysis: analysisOf('plain222bbbb0000', wire, 'p2.txt'), contentHash: 'p2' },
    ]);
    const rows = await store.annotationsAt('mention', [['rich1111aaaa0000', 23], ['plain222bbbb0000', 0], ['rich1111aaaa0000', 999], ['nosuchdoc', 0]]);
    const found = rows.map((r) => `${r.docId}:${r.start}:${r.text}`).sort();
    assert.deepEqual(found, ['plain222bbbb0000:0:Ankara', 'rich1111aaaa0000:23:Ali Veli']);
    assert.equal(rows.find((r) => r.text === 'Ali Veli')?.data.entityId, 'ent_ali');
    assert.deepEqual(await store.annotationsAt('place', [['rich1111aaaa0000', 23]]), [], 'of that kind only');
    assert.deepEqual(await store.annotationsAt('mention', []), []);
    // every annotation of a kind in several documents, in document then text order, read together
    const mentions = await store.annotationsOfDocuments('mention', ['rich1111aaaa0000', 'plain222bbbb0000', 'nosuchdoc', 'rich1111aaaa0000']);
    const ofEach = async (docId: string) => (await store.listAnnotations({ kind: 'mention', docId })).map((r) => `${r.docId}:${r.start}:${r.text}`);
    assert.deepEqual(mentions.map((r) => `${r.docId}:${r.start}:${r.text}`), [...(await ofEach('plain222bbbb0000')), ...(await ofEach('rich1111aaaa0000'))]);
    assert.equal(mentions.find((r) => r.text === 'Ali Veli')?.data.entityId, 'ent_ali', 'with its whole data');
    assert.deepEqual((await store.annotationsOfDocuments('quote', ['plain222bbbb0000', 'rich1111aaaa0000'])).map((r) => r.text), ['"We act,"'], 'of that kind only');
    assert.deepEqual(await store.annotationsOfDocuments('quote', []), []);
    await store.close();
  });

  test(`${engine}: an entity's documents are sorted and paged by the engine, alone or with a second entity`, opts, async () => {
    const store = await open();
    // Three articles naming the harbour master (once, twice, three times); two also name the port.
    const article = (id: string, title: string, published: string | null, times: number, port: boolean): Analysis => {
      const text = `${'Jon Harr spoke. '.repeat(times)}${port ? 'Port Vale was calm.' : ''}`;
      const base = analysisOf(id, text, `${id}.txt`, title);
      const harr = Array.from({ length: times }, (_, i) => ({ start: i * 16, end: i * 16 + 8, type: 'PER' as const, text: 'Jon Harr', entityId: 'ent_harr', canonical: 'Jon Harr' }));
      const vale = port ? [{ start: times * 16, end: times * 16 + 9, type: 'LOC' as const, text: 'Port Vale', entityId: 'ent_vale', canonical: 'Port Vale' }] : [];
      return { ...base, doc: { ...base.doc, meta: { ...base.doc.meta, published: { value: published, precision: published ? 'day' : 'none' } } }, mentions: [...harr, ...vale] };
    };
    await store.saveBatch([
      { analysis: article('harr1', 'Calm seas', '2021-03-01', 1, true), contentHash: 'h1' },
      { analysis: article('harr2', 'Busy quays', '2022-07-15', 2, false), contentHash: 'h2' },
      { analysis: article('harr3', 'A new crane', null, 3, true), contentHash: 'h3' },
    ]);
    const ids = async (q: Parameters<Store['entityDocumentPage']>[1]) => (await store.entityDocumentPage('ent_harr', q)).items.map((d) => d.docId);
    assert.deepEqual(await ids({ sort: 'date', limit: 10, offset: 0 }), ['harr2', 'harr1', 'harr3'], 'newest first, undated last');
    assert.deepEqual(await ids({ sort: 'mentions', limit: 10, offset: 0 }), ['harr3', 'harr2', 'harr1']);
    assert.deepEqual(await ids({ sort: 'title', limit: 10, offset: 0 }), ['harr3', 'harr2', 'harr1']);
    assert.deepEqual(await ids({ sort: 'date', limit: 1, offset: 1 }), ['harr1']);
    const withPort = await store.entityDocumentPage('ent_harr', { with: 'ent_vale', sort: 'mentions', limit: 10, offset: 0 });
    assert.equal(withPort.total, 2);
    assert.deepEqual(withPort.items, [
      { docId: 'harr3', title: 'A new crane', published: null, mentions: 4 },
      { docId: 'harr1', title: 'Calm seas', published: '2021-03-01', mentions: 2 },
    ]);
    assert.equal((await store.entityDocumentPage('ent_nobody', { sort: 'date', limit: 5, offset: 0 })).total, 0);
    for (const sort of ['date', 'title'] as const) {
      const page = await store.entityDocumentPage('ent_harr', { with: 'ent_vale', sort, limit: 1, offset: 1 });
      assert.deepEqual([page.total, page.items.map((d) => d.docId)], [2, sort === 'date' ? ['harr3'] : ['harr1']], `with a second entity, by ${sort}, second page`);
    }
    assert.deepEqual((await store.entityDocumentPage('ent_vale', { with: 'ent_harr', sort: 'date', limit: 5, offset: 0 })).items.map((d) => d.docId), ['harr1', 'harr3'], 'either way round');
    assert.equal((await store.entityDocumentPage('ent_harr', { with: 'ent_harr', sort: 'date', limit: 5, offset: 0 })).total, 3);
    await store.close();
  });

  test(`${engine}: two entities named together in most articles: pages in order, counted exactly`, opts, async () => {
    const store = await open();
    // Eight bulletins name the ferry; six of them also name the captain (twice in the even ones).
    const bulletin = (i: number): Analysis => {
      const captain = i < 6;
      const text = `The Skerry sailed at dawn.${captain ? ' Ines Molt was at the helm.'.repeat(i % 2 ? 1 : 2) : ''}`;
      const base = analysisOf(`ferry${i}`, text, `ferry${i}.txt`, `Bulletin ${String.fromCharCode(72 - i)}`);
      const molt = captain ? Array.from({ length: i % 2 ? 1 : 2 }, (_, k) => ({ start: 31 + k * 27, end: 40 + k * 27, type: 'PER' as const, text: 'Ines Molt', entityId: 'ent_molt', canonical: 'Ines Molt' })) : [];
      return {
        ...base,
        doc: { ...base.doc, meta: { ...base.doc.meta, published: { value: `2024-02-0${1 + (i % 3)}`, precision: 'day' } } },
        mentions: [{ start: 4, end: 10, type: 'MISC', text: 'Skerry', entityId: 'ent_skerry', canonical: 'Skerry' }, ...molt],
      };
    };
    await store.saveBatch(Array.from({ length: 8 }, (_, i) => ({ analysis: bulletin(i), contentHash: `f${i}` })));
    // Newest first; on one day, more mentions of the two together first.
    const expected = { date: ['ferry2', 'ferry5', 'ferry4', 'ferry1', 'ferry0', 'ferry3'], title: ['ferry5', 'ferry4', 'ferry3', 'ferry2', 'ferry1', 'ferry0'] };
    for (const sort of ['date', 'title'] as const)
      for (const offset of [0, 1, 4]) {
        const page = await store.entityDocumentPage('ent_skerry', { with: 'ent_molt', sort, limit: 2, offset });
        assert.equal(page.total, 6);
        assert.deepEqual(page.items.map((d) => d.docId), expected[sort].slice(offset, offset + 2), `${sort}, offset ${offset}`);
      }
    await store.close();
  });

  test(`${engine}: document pages in ingest order at any offset, and search pages by rank`, opts, async () => {
    const store = await open();
    const ids = Array.from({ length: 7 }, (_, i) => `page${i}`.padEnd(16, '0'));
    // Each text names "harbour" a different number of times, so BM25 orders them.
    await store.saveBatch(ids.map((id, i) => ({ analysis: analysisOf(id, `Story ${i} about the port. ${'The harbour was busy. '.repeat(i + 1)}`, `${id}.txt`), contentHash: id })));
    for (const offset of [0, 1, 3, 6, 7])
      assert.deepEqual((await store.listDocuments({ limit: 2, offset })).map((d) => d.id), ids.slice(offset, offset + 2), `offset ${offset}`);
    assert.equal((await store.listDocuments({ limit: 2, offset: 3 }))[0].source, `${ids[3]}.txt`);
    const ranked = (await store.search('harbour', { limit: 7, snippets: false })).map((h) => h.id);
    assert.deepEqual(new Set(ranked), new Set(ids));
    assert.deepEqual((await store.search('harbour', { limit: 3, offset: 2, snippets: false })).map((h) => h.id), ranked.slice(2, 5));
    const hit = (await store.search('harbour', { limit: 1, ids: [ids[2]] }))[0];
    assert.deepEqual([hit.id, hit.title, hit.source], [ids[2], 'A title', `${ids[2]}.txt`]);
    assert.match(hit.snippet, /harbour/);
    await store.close();
  });

  test(`${engine}: one batch lists in the order it was given, whatever its ids`, opts, async () => {
    // PostgreSQL saves a batch in id order (row locks); it numbered the documents so too, and
    // /api/documents listed the same ingest differently from SQLite.
    const store = await open();
    const ids = ['ffff0000aaaa1111', '0000ffffaaaa1111', '8888ffffaaaa1111'];
    await store.saveBatch(ids.map((id, i) => ({ analysis: analysisOf(id, `Item ${i}: the ferry left the harbour late.`, `${id}.txt`), contentHash: id })));
    await store.saveBatch([{ analysis: analysisOf('0000aaaa00000000', 'A later story about the bridge.', 'later.txt'), contentHash: 'later' }]);
    assert.deepEqual((await store.listDocuments()).map((d) => d.id), [...ids, '0000aaaa00000000']);
    assert.deepEqual((await store.listDocuments({ limit: 2, offset: 1 })).map((d) => d.id), [ids[1], ids[2]]);
    await store.close();
  });

  test(`${engine}: documents list newest first, by title or by publisher, the unknown last and ties in ingest order`, opts, async () => {
    const store = await open();
    // [id, title, published, publisher], in ingest order
    const rows: Array<[string, string, string | null, string | null]> = [
      ['ord0'.padEnd(16, '0'), 'zinc mine reopens', '2019-03-02', 'Valley Post'],
      ['ord1'.padEnd(16, '0'), 'Apple harvest late', null, null],
      ['ord2'.padEnd(16, '0'), 'Bridge tolls rise', '2021-11', 'alpine Herald'],
      ['ord3'.padEnd(16, '0'), 'Ferry strike ends', '--06-14', 'Valley Post'],
      ['ord4'.padEnd(16, '0'), '', '2021-11-30', '  '],
      ['ord5'.padEnd(16, '0'), 'Canal dredged', '2021-11', 'Coast Weekly'],
    ];
    await store.saveBatch(rows.map(([id, title, published, publisher], i) => {
      const a = analysisOf(id, `Report ${i}: the council met about the ${title || 'weather'}.`, `${id}.txt`, title);
      return { analysis: { ...a, doc: { ...a.doc, meta: { ...a.doc.meta, publisher, published: { value: published, precision: published ? 'day' : 'none' } } } }, contentHash: id };
    }));
    const order = (o: 'added' | 'date' | 'title' | 'publisher', limit?: number, offset?: number) =>
      store.listDocuments({ order: o, ...(limit ? { limit } : {}), ...(offset ? { offset } : {}) }).then((ds) => ds.map((d) => Number(d.id[3])));
    assert.deepEqual(await order('added'), [0, 1, 2, 3, 4, 5]);
    // newest first by the date's text (a day before its month written alone); no year, then no date, last
    assert.deepEqual(await order('date'), [4, 2, 5, 0, 3, 1]);
    assert.deepEqual(await order('title'), [1, 2, 5, 3, 0, 4], 'case aside, the untitled last');
    assert.deepEqual(await order('publisher'), [2, 5, 0, 3, 1, 4], 'case aside, ties as added, none (or blank) last');
    assert.deepEqual(await order('date', 2, 2), [5, 0]);
    assert.deepEqual(await order('publisher', 3, 3), [3, 1, 4]);
    const listed = await store.listDocuments({ order: 'publisher', limit: 1 });
    assert.deepEqual([listed[0].publisher, listed[0].title, listed[0].source], ['alpine Herald', 'Bridge tolls rise', `${rows[2][0]}.txt`]);
    assert.equal((await store.listDocuments({ order: 'added', limit: 2 }))[1].publisher, null);
    await store.close();
  });

  test(`${engine}: titles and publishers are ordered with case and accents folded in every script`, opts, async () => {
    const store = await open();
    // [title, publisher], in ingest order
    const rows: Array<[string, string | null]> = [
      ['Zebra crossing repainted', 'Zeta News'],
      ['élan of the night market', 'Élysée Gazette'],
      ['Ångström lecture moved', null],
      ['Elan returns to the stage', 'elysee gazette'],
      ['apple stall opens', 'Ärzte Blatt'],
      ['Ικαρος statue cleaned', 'Ελεύθερος Τύπος'],
      ['ίκαρος lane closed', 'ελευθερος τυπος'],
    ];
    await store.saveBatch(rows.map(([title, publisher], i) => {
      const id = `fold${i}`.padEnd(16, '0');
      const a = analysisOf(id, `Note ${i}: the square was busy with ${title}.`, `${id}.txt`, title);
      return { analysis: { ...a, doc: { ...a.doc, meta: { ...a.doc.meta, publisher } } }, contentHash: id };
    }));
    const order = async (o: 'title' | 'publisher') => (await store.listDocuments({ order: o })).map((d) => Number(d.id[4]));
    // "Ångström" is read as "angstrom", "élan" beside "Elan" (ASCII folding put both after "zebra"),
    // Greek after Latin and its accents folded too
    assert.deepEqual(await order('title'), [2, 4, 1, 3, 0, 6, 5]);
    assert.deepEqual(await order('publisher'), [4, 1, 3, 0, 5, 6, 2], 'one publisher however cased or accented, in ingest order; none last');
    await store.close();
  });

  test(`${engine}: a word matching more documents than are ranked ranks the most recently added matches`, opts, async () => {
    const store = await open({ rankedMatches: 3 });
    const ids = Array.from({ length: 6 }, (_, i) => `lock${i}`.padEnd(16, '0'));
    // The earliest texts name the canal most often: BM25 over every match would put them first.
    const texts = ids.map((id, i) => `The canal lock reopened. ${'Barges queued at the canal. '.repeat(6 - i)}${i === 5 ? 'Tolls rose.' : ''}`);
    for (const [i, id] of ids.entries()) await store.saveBatch([{ analysis: analysisOf(id, texts[i], `${id}.txt`), contentHash: id }]);
    const hits = await store.search('canal', { limit: 10, snippets: false });
    assert.deepEqual(hits.map((h) => h.id), [ids[3], ids[4], ids[5]], 'the three latest, best first');
    assert.equal(hits[0].source, `${ids[3]}.txt`);
    assert.deepEqual((await store.search('canal', { limit: 10, snippets: false, sources: false })).map((h) => h.source), ['', '', '']);
    assert.deepEqual((await store.search('canal tolls', { limit: 10, snippets: false })).map((h) => h.id), [ids[5]]);
    assert.equal((await store.search('canal', { ids: [ids[0]], limit: 1 })).length, 1, 'a given document is found whatever its age');
    await store.close();
  });

  test(`${engine}: the same text from a second place is one document with two sources`, opts, async () => {
    const store = await open();
    await store.saveBatch([{ analysis: analysisOf('id1', wire, 'one.txt'), contentHash: 'h' }]);
    const [second] = await store.saveBatch([{ analysis: analysisOf('id1', wire, 'two.txt'), contentHash: 'h' }]);
    assert.equal(second.status, 'duplicate');
    assert.equal(await store.countDocuments(), 1);
    assert.equal((await store.getDocument('id1'))?.sources.length, 2);
    assert.ok(await store.hasSource('two.txt', 'h'));
    assert.ok(!(await store.hasSource('two.txt', 'other-hash')));
    await store.close();
  });

  test(`${engine}: near-duplicates (same wire story, small edits) are linked`, opts, async () => {
    const store = await open();
    const other = 'A different story about grain exports, harvest forecasts and the weather in the south of the country this summer.';
    assert.ok(hammingDistance(simhash(wire).value, simhash(other).value) > 6);
    await store.saveBatch([{ analysis: analysisOf('w1', wire, 'w1.txt'), contentHash: 'a' }]);
    const unrelated = 'The central bank left interest rates unchanged on Thursday and signalled that inflation would fall slowly next year as energy prices eased.';
    await store.saveBatch([{ analysis: analysisOf('u1', unrelated, 'u1.txt'), contentHash: 'b' }]);
    const [o] = await store.saveBatch([{ analysis: analysisOf('w2', wire + ' Reporting by staff.', 'w2.txt'), contentHash: 'c' }]);
    assert.equal(o.status, 'new');
    assert.equal(o.status === 'new' && o.nearDuplicateOf, 'w1');
    assert.deepEqual((await store.getDocument('w1'))?.nearDuplicates.map((d) => d.id), ['w2']);
    await store.close();
  });

  test(`${engine}: search ranks by BM25 and highlights matches; hostile query syntax is safe`, opts, async () => {
    const store = await open();
    await store.saveBatch([
      { analysis: analysisOf('s1', wire, 's1.txt', 'Raids in Ankara'), contentHash: '1' },
      { analysis: analysisOf('s2', 'Extradition hearing in Turkey for the suspect, a court in Ankara said.', 's2.txt', 'Extradition'), contentHash: '2' },
    ]);
    const hits = await store.search('extradition Turkey');
    assert.equal(hits.length, 1);
    assert.equal(hits[0].id, 's2');
    assert.match(hits[0].snippet, /\[Extradition\]/);
    assert.equal((await store.search('ankara')).length, 2);
    for (const q of ['"unbalanced', 'NEAR(', 'a AND OR', '*', '-x', 'title:foo']) await store.search(q);
    assert.equal(toFtsQuery('foo "bar baz" OR qux'), '"foo" AND ("bar baz" OR "qux")');
    await store.close();
  });

  test(`${engine}: entities are counted by mention and document`, opts, async () => {
    const store = await open();
    await store.saveBatch([
      { analysis: analysisOf('e1', wire, 'e1.txt'), contentHash: '1' },
      { analysis: analysisOf('e2', wire + ' More.', 'e2.txt'), contentHash: '2' },
    ]);
    const [top] = await store.listEntities({ type: 'LOC' });
    assert.deepEqual(top, { id: 'ent_ankara', name: 'Ankara', type: 'LOC', aliases: ['Ankara'], mentions: 2, documents: 2 });
    await store.close();
  });

  test(`${engine}: summaries count entities, pairs, places and quotes at save time, and follow re-resolution`, opts, async () => {
    const store = await open();
    const g0 = await store.generation();
    await store.saveBatch([
      { analysis: richAnalysis('r1', 'r1.txt'), contentHash: '1' },
      { analysis: richAnalysis('r2', 'r2.txt'), contentHash: '2' },
    ]);
    await store.saveBatch([{ analysis: analysisOf('r3', 'Ankara is the capital.', 'r3.txt'), contentHash: '3' }]);
    assert.ok((await store.generation()) > g0, 'a save changes the generation');
    const counts = await store.counts();
    assert.deepEqual([counts.documents, counts.entities, counts.places, counts.annotations.mention, counts.annotations.quote], [3, 4, 2, 11, 2]);
    assert.equal(await store.countDocuments(), 3);
    assert.equal(await store.countAnnotations({ kind: 'mention' }), 11);
    assert.equal(await store.countAnnotations({ kind: 'mention', docId: 'r3' }), 1);

    const all = await store.queryEntities({ limit: 10 });
    assert.equal(all.total, 4);
    assert.deepEqual(all.items[0], { key: 'ent_ankara', name: 'Ankara', type: 'LOC', mentions: 3, documents: 3 });
    assert.deepEqual(all.items[1], { key: 'ent_ali', name: 'Ali Veli', type: 'PER', mentions: 4, documents: 2 });
    assert.deepEqual((await store.queryEntities({ types: ['PER', 'ORG'] })).items.map((e) => e.key), ['ent_ali', 'ent_ministry']);
    assert.deepEqual((await store.queryEntities({ contains: 'veli' })).items.map((e) => e.key), ['ent_ali']);
    assert.equal((await store.queryEntities({ limit: 1, offset: 1 })).items[0].key, 'ent_ali');
    assert.deepEqual(await store.entityAliases('ent_ali'), [{ text: 'Ali Veli', count: 4 }]);
    assert.deepEqual(await store.entityDocuments('ent_ankara'), [{ docId: 'r1', mentions: 1 }, { docId: 'r2', mentions: 1 }, { docId: 'r3', mentions: 1 }]);
    const co = await store.coMentioned('ent_ankara', 10);
    assert.deepEqual(co.map((e) => [e.key, e.shared]).sort(), [['ent_ali', 2], ['ent_istanbul', 2], ['ent_ministry', 2]]);
    const near = await store.nearLinks(['ent_ankara', 'ent_ali', 'ent_istanbul']);
    assert.deepEqual(near.map((l) => [l.a, l.b, l.weight]).sort(), [['ent_ali', 'ent_ankara', 4], ['ent_ali', 'ent_istanbul', 4], ['ent_ankara', 'ent_istanbul', 2]]);

    const places = await store.queryPlaces({});
    assert.equal(places.total, 2);
    assert.deepEqual(places.items.map((p) => [p.key, p.place.name, p.mentions, p.documents, p.entity]).sort(), [
      ['geonames:1', 'Ankara', 2, 2, 'ent_ankara'],
      ['geonames:2', 'Istanbul', 2, 2, 'ent_istanbul'],
    ]);
    assert.equal((await store.queryPlaces({ nameNorm: 'istanbul' })).items[0].key, 'geonames:2');
    assert.deepEqual(await store.placeDocuments('geonames:1', 1), [{ id: 'r1', title: 'A title' }]);
    const lists = await store.placeDocumentLists(['geonames:2', 'nowhere', 'geonames:1'], 1);
    assert.deepEqual(lists.map((d) => [d.key, d.id]), [['geonames:2', await store.placeDocuments('geonames:2', 1).then((l) => l[0].id)], ['geonames:1', 'r1']], 'the first document of each place, places in the order asked');
    const both = await store.placeDocumentLists(['geonames:1'], 5);
    assert.deepEqual(both, (await store.placeDocuments('geonames:1', 5)).map((d) => ({ key: 'geonames:1', ...d })), 'all of them when a place has fewer');

    const quotes = await store.queryQuotes({ speakerEntity: 'ent_ali' });
    assert.equal(quotes.total, 2);
    assert.equal(quotes.items[0].text, '"We act,"');
    assert.equal(quotes.items[0].speakerEntity, 'ent_ali');
    assert.equal((await store.queryQuotes({ speakerName: 'ali veli', docId: 'r2' })).total, 1);
    const facets = await store.documentFacets(['r1', 'r3']);
    assert.deepEqual(facets.map((f) => [f.docId, f.entities.length, f.published]), [['r1', 4, '2020-05-01'], ['r3', 1, '2020-05-01']]);
    assert.deepEqual((await store.documentFacets(['r1', 'r3'], { entities: false })).map((f) => [f.docId, f.entities.length, f.published]), [['r1', 0, '2020-05-01'], ['r3', 0, '2020-05-01']]);
    const named = await store.entityDocumentCounts(['r1', 'r3', 'r1'], 3);
    assert.deepEqual(named[0], { key: 'ent_ankara', documents: 2 }, 'named by both, each document counted once');
    assert.deepEqual(named.slice(1), (await store.entityDocumentCounts(['r1'], 4)).filter((e) => e.key !== 'ent_ankara').slice(0, 2), 'then by key, up to the limit');
    assert.deepEqual((await store.documentSummaries(['r2'])).map((d) => [d.id, d.source]), [['r2', 'r2.txt']]);

    // Curation moves mentions between entities: the summaries follow.
    const g1 = await store.generation();
    assert.equal(await store.remapEntity('ent_istanbul', 'ent_ankara', 'r1'), 1);
    assert.ok((await store.generation()) > g1);
    const ankara = (await store.queryEntities({ keys: ['ent_ankara', 'ent_istanbul'] })).items;
    assert.deepEqual(ankara.map((e) => [e.key, e.mentions, e.documents]), [['ent_ankara', 4, 3], ['ent_istanbul', 1, 1]]);
    await store.remapEntity('ent_istanbul', 'ent_ankara');
    assert.equal((await store.queryEntities({ keys: ['ent_istanbul'] })).total, 0, 'an entity left without mentions is gone');
    assert.equal((await store.coMentioned('ent_ankara', 10)).find((e) => e.key === 'ent_istanbul'), undefined);
    await store.updateMentionEntities('r2', [{ start: 23, end: 31, type: 'PER', entityId: 'ent_other', canonical: 'A. Veli' }]);
    const ali = (await store.queryEntities({ keys: ['ent_ali', 'ent_other'] })).items;
    assert.deepEqual(ali.map((e) => [e.key, e.name, e.mentions, e.documents]), [['ent_ali', 'Ali Veli', 3, 2], ['ent_other', 'A. Veli', 1, 1]]);

    // A rebuild from the annotations gives the same summaries as the incremental updates.
    const before = [await store.queryEntities({}), await store.queryPlaces({}), await store.coMentioned('ent_ali', 10), await store.queryQuotes({}), await store.counts()];
    await store.rebuildSummaries();
    assert.deepEqual([await store.queryEntities({}), await store.queryPlaces({}), await store.coMentioned('ent_ali', 10), await store.queryQuotes({}), await store.counts()], before);
    await store.close();
  });

  test(`${engine}: curation writes: an entity retyped and back, place annotations rewritten, a user alias removed`, opts, async () => {
    const store = await open();
    await store.saveBatch([{ analysis: richAnalysis('c1', 'c1.txt'), contentHash: 'c1' }, { analysis: richAnalysis('c2', 'c2.txt'), contentHash: 'c2' }]);
    const typeOf = async (key: string) => (await store.queryEntities({ keys: [key] })).items[0]?.type;
    assert.equal(await store.retypeEntity('ent_ministry', 'LOC'), 2);
    assert.equal(await typeOf('ent_ministry'), 'LOC');
    assert.equal(await store.retypeEntity('ent_ministry', 'LOC'), 0, 'nothing left to change');
    const [mention] = (await store.listAnnotations({ kind: 'mention', docId: 'c1' })).filter((m) => m.text === 'Interior Ministry');
    assert.deepEqual([mention.label, mention.data.extractedType], ['LOC', 'ORG']);
    assert.equal(await store.retypeEntity('ent_ministry', null), 2);
    assert.equal(await typeOf('ent_ministry'), 'ORG');

    const [istanbul] = (await store.listAnnotations({ kind: 'place', docId: 'c1' })).filter((p) => p.text === 'Istanbul');
    const elsewhere = { name: 'Istanbul', country: 'Elsewhere', countryCode: 'XX', lat: 1, lon: 2, kind: 'region' as const, ref: 'test:ist' };
    await store.updatePlaceAnnotations([{ docId: 'c1', start: istanbul.start, end: istanbul.end, data: { place: elsewhere, extractedPlace: istanbul.data.place } }]);
    const places = new Map((await store.queryPlaces({})).items.map((p) => [p.key, p.documents]));
    assert.deepEqual([places.get('geonames:2'), places.get('test:ist')], [1, 1]);
    assert.deepEqual(await store.placeDocuments('test:ist', 10), [{ id: 'c1', title: 'A title' }]);
    const [moved] = (await store.listAnnotations({ kind: 'place', docId: 'c1' })).filter((p) => p.text === 'Istanbul');
    assert.deepEqual([moved.label, (moved.data.extractedPlace as { ref: string }).ref], ['region', 'geonames:2']);

    await store.addUserAlias({ type: 'ORG', alias: 'the Ministry', canonical: 'Interior Ministry' });
    assert.equal(await store.removeUserAlias({ type: 'ORG', alias: 'the Ministry', canonical: 'Interior Ministry' }), true);
    assert.equal(await store.removeUserAlias({ type: 'ORG', alias: 'the Ministry', canonical: 'Interior Ministry' }), false);
    assert.deepEqual(await store.listUserAliases(), []);
    await store.close();
  });

  test(`${engine}: stray ORs and operators never reach the engine; with snippets off a search still answers`, opts, async () => {
    const store = await open();
    await store.saveBatch([
      { analysis: analysisOf('q1', 'Flooding in the valley cut the railway line, the mayor said on Monday.', 'q1.txt', 'Flood'), contentHash: '1' },
      { analysis: analysisOf('q2', 'Two miners were trapped after the tunnel collapsed, rescuers said.', 'q2.txt', 'Mine'), contentHash: '2' },
    ]);
    const ids = async (q: string, o = {}) => (await store.search(q, o)).map((h) => h.id).sort();
    assert.deepEqual(await ids('railway OR OR tunnel'), ['q1', 'q2']);
    assert.deepEqual(await ids('railway OR - OR tunnel'), ['q1', 'q2']);
    assert.deepEqual(await ids('railway OR tunnel', { snippets: false }), ['q1', 'q2']);
    assert.deepEqual(await ids('OR OR railway OR'), ['q1']);
    assert.deepEqual(await ids('mayor railway'), ['q1'], 'plain words are all required');
    assert.deepEqual(await ids('railway OR tunnel rescuers'), ['q2'], 'OR joins the words beside it; the rest is required');
    assert.deepEqual(await ids('a AND OR NOT railway'), [], 'AND and NOT are words here');
    for (const q of ['OR', 'OR OR', '- OR -', '"', '""', '" OR "', '(', ')', 'NOT', 'AND', 'a:b:c', '^', '&|!', "'", '\\', 'NEAR(a b, 2)', '* OR *', '<->', '!!!', ':*'])
      assert.ok(Array.isArray(await store.search(q)), q);
    const [hit] = await store.search('tunnel', { highlight: ['<', '>'] });
    assert.match(hit.snippet, /<tunnel>/);
    await store.close();
  });

  test(`${engine}: a word searched with its inflections finds and marks them; a phrase and a capitalised name stay as written`, opts, async () => {
    const store = await open();
    await store.saveBatch([
      { analysis: analysisOf('f1', 'Customs officers arrested three drivers at the border crossing overnight.', 'f1.txt', 'Crossing'), contentHash: '1' },
      { analysis: analysisOf('f2', 'The arrest of a ferry captain was confirmed by the coastguard.', 'f2.txt', 'Captain'), contentHash: '2' },
      { analysis: analysisOf('f3', 'Two new bridges opened to traffic on the coast road.', 'f3.txt', 'Bridges'), contentHash: '3' },
    ]);
    const ids = async (q: string) => (await store.search(searchQuery(q))).map((h) => h.id).sort();
    assert.deepEqual(await ids('arrest'), ['f1', 'f2']);
    assert.deepEqual(await ids('arrests'), ['f1', 'f2']);
    assert.deepEqual(await ids('"officers arrest"'), [], 'a quoted phrase matches word for word');
    assert.deepEqual(await ids('bridge'), ['f3']);
    assert.deepEqual(await ids('coast Bridge'), [], 'a capitalised word is a name, searched as written');
    assert.deepEqual(await ids('Bridge'), ['f3'], 'but the first word may be capitalised by the keyboard');
    assert.deepEqual(await ids('arrest -arrests'), [], 'a word excluded is excluded in every form');
    assert.deepEqual(await ids('news'), [], '"news" is no form of "new"');
    assert.deepEqual((await store.search('arrest')).map((h) => h.id), ['f2'], 'the query as typed, unparsed, is searched word for word');
    const [hit] = await store.search(searchQuery('arrest driver'), { highlight: ['<', '>'] });
    assert.match(hit.snippet, /<arrested> three <drivers>/);
    await store.close();
  });

  test(`${engine}: the index says which words it holds, in title or text, whatever their case, in the order asked`, opts, async () => {
    const store = await open();
    await store.saveBatch([
      { analysis: analysisOf('w1', 'The orchard thrived after the wet spring, growers said.', 'w1.txt', 'Harvest Weaved Together'), contentHash: '1' },
    ]);
    assert.deepEqual(await store.indexedWords(['weaved', 'throve', 'thrived', 'thrives', 'said', 'harvest']), ['weaved', 'thrived', 'said', 'harvest']);
    assert.deepEqual(await store.indexedWords(['thr', 'orchard"s', "grower's"]), [], 'a part of a word or a quotation mark matches nothing');
    assert.deepEqual(await store.indexedWords([]), []);
    await store.close();
  });

  test(`${engine}: a place written two ways gets the same name whichever article is saved first`, opts, async () => {
    const region = (name: string) => ({ name, country: 'Ruritania', countryCode: 'RU', lat: 1, lon: 2, kind: 'region' as const, ref: 'test:upper-valley' });
    const named = (id: string, written: string, hash: string) => {
      const text = `Floods reached ${written} on Monday, officials said.`;
      const start = text.indexOf(written);
      return { analysis: { ...analysisOf(id, text, `${id}.txt`), places: [{ start, end: start + written.length, text: written, place: region(written) }] }, contentHash: hash };
    };
    const names: string[] = [];
    for (const order of [['p1', 'p2'], ['p2', 'p1']]) {
      const store = await open();
      const docs = { p1: named('p1', 'Upper Valley province', '1'), p2: named('p2', 'Upper Valley', '2') };
      // saved one per batch, as parallel workers save, and both in one batch
      for (const id of order) await store.saveBatch([docs[id as keyof typeof docs]]);
      names.push((await store.queryPlaces({})).items.map((p) => p.place.name).join());
      await store.close();
      const together = await open();
      await together.saveBatch(order.map((id) => docs[id as keyof typeof docs]));
      names.push((await together.queryPlaces({})).items.map((p) => p.place.name).join());
      await together.close();
    }
    assert.deepEqual(names, ['Upper Valley', 'Upper Valley', 'Upper Valley', 'Upper Valley']);
  });

  test(`${engine}: NUL characters are stored or matched nowhere, never an error`, opts, async () => {
    const store = await open();
    const text = 'The ferry\u0000 left the port at dawn, the harbour master said.';
    const base = analysisOf('n1', text, 'n1.txt', 'Ferry\u0000 news');
    const [saved] = await store.saveBatch([
      { analysis: { ...base, mentions: [{ start: 4, end: 10, type: 'ORG', text: 'ferry\u0000', entityId: 'ent_ferry\u0000', canonical: 'ferry\u0000' }] }, contentHash: 'n' },
    ]);
    assert.equal(saved.status, 'new');
    const doc = await store.getDocument('n1');
    assert.equal(doc?.text.length, text.length, 'the text keeps its length, so spans stay valid');
    assert.equal(doc?.annotations[0].end, 10);
    assert.equal((await store.listEntities()).length, 1);
    assert.equal(await store.getDocument('\u0000'), null);
    assert.equal(await store.getDocument('n1\u0000'), null);
    assert.deepEqual(await store.search('\u0000'), []);
    assert.equal((await store.search('ferry \u0000 port')).length, 1);
    assert.equal((await store.queryEntities({ contains: '\u0000' })).total >= 0, true);
    assert.equal((await store.queryQuotes({ speakerName: '\u0000', speakerEntity: '\u0000' })).total, 0);
    assert.deepEqual(await store.listAnnotations({ kind: 'mention', docId: '\u0000' }), []);
    assert.deepEqual(await store.entityAliases('\u0000'), []);
    assert.equal(await store.hasSource('\u0000', '\u0000'), false);
    assert.equal(await store.integrityCheck(), 'ok');
    await store.close();
  });

  test(`${engine}: a long repetitive document gets a bounded snippet with its matches marked`, opts, async () => {
    const store = await open();
    const text = 'KISUMU - rangers said. '.repeat(40_000);
    await store.saveBatch([{ analysis: analysisOf('long1', text, 'long1.txt', 'Repetitive'), contentHash: 'l' }]);
    const [hit] = await store.search('kisumu said');
    assert.equal(hit.id, 'long1');
    assert.match(hit.snippet, /\[KISUMU\] - rangers \[said\]/);
    assert.ok(hit.snippet.length < 400, `snippet of ${hit.snippet.length} characters`);
    await store.close();
  });

  test(`${engine}: re-ingesting an edited input keeps the earlier version with a source of its own`, opts, async () => {
    const store = await open();
    await store.saveBatch([{ analysis: analysisOf('v1', 'The bridge will reopen in March, the council said.', 'bridge.txt'), contentHash: 'old' }]);
    await store.saveBatch([{ analysis: analysisOf('v2', 'The bridge will reopen in April, the council said.', 'bridge.txt'), contentHash: 'new' }]);
    const listed = await store.listDocuments();
    assert.equal(listed.length, 2);
    for (const d of listed) assert.equal(typeof d.source, 'string');
    assert.ok(listed.every((d) => d.source.length > 0), JSON.stringify(listed));
    assert.equal((await store.getDocument('bridge'))?.id, 'v2', 'the short name finds the current version');
    const earlier = await store.getDocument('v1');
    assert.equal(earlier?.sources.length, 1);
    assert.match(earlier!.sources[0].location, /^bridge\.txt \(earlier version/);
    assert.ok(await store.hasSource('bridge.txt', 'new'));
    assert.equal(await store.integrityCheck(), 'ok');
    await store.close();
  });

  test(`${engine}: an id already stored with other text is refused, not merged`, opts, async () => {
    const store = await open();
    await store.saveBatch([{ analysis: analysisOf('c1', 'The port reopened after the storm, officials said.', 'first.txt'), contentHash: 'a' }]);
    await assert.rejects(
      store.saveBatch([{ analysis: analysisOf('c1', 'A different text under the same id.', 'second.txt'), contentHash: 'b' }]),
      DocumentConflictError,
    );
    const doc = await store.getDocument('c1');
    assert.deepEqual(doc?.sources.map((s) => s.location), ['first.txt']);
    assert.equal(await store.countDocuments(), 1);
    await store.close();
  });

  test(`${engine}: the same article re-saved in another Unicode form, case or spacing is a duplicate, its stored text kept`, opts, async () => {
    const store = await open();
    const text = 'The café on Rua Nova reopened on Monday.\n\nIts owner, José Ribeiro, thanked the neighbours.';
    const stored = analysisOf('r1', text, 'cafe.txt');
    await store.saveBatch([{ analysis: stored, contentHash: 'nfc' }]);
    const decomposed = text.normalize('NFD');
    assert.notEqual(decomposed, text);
    const [nfd] = await store.saveBatch([{ analysis: analysisOf('r1', decomposed, 'cafe-nfd.txt'), contentHash: 'nfd' }]);
    assert.deepEqual(nfd, { status: 'duplicate', docId: 'r1', otherForm: true });
    const spaced = text.replace('\n\n', '\r\n\r\n').replace('reopened', 'REOPENED');
    const [other] = await store.saveBatch([{ analysis: analysisOf('r1', spaced, 'cafe-crlf.txt'), contentHash: 'crlf' }]);
    assert.deepEqual(other, { status: 'duplicate', docId: 'r1', otherForm: true });
    const [same] = await store.saveBatch([{ analysis: analysisOf('r1', text, 'cafe-copy.txt'), contentHash: 'nfc' }]);
    assert.deepEqual(same, { status: 'duplicate', docId: 'r1' }, 'an identical copy is a plain duplicate');
    assert.equal(await store.countDocuments(), 1);
    const doc = await store.getDocument('r1');
    assert.equal(doc?.text, text, 'the stored text is the first one, not a later form');
    assert.deepEqual(doc?.sources.map((s) => s.location).sort(), ['cafe-copy.txt', 'cafe-crlf.txt', 'cafe-nfd.txt', 'cafe.txt']);
    assert.ok(await store.hasSource('cafe-nfd.txt', 'nfd'), 'a re-run skips the re-saved copy as unchanged');
    const mentions = await store.listAnnotations({ kind: 'mention', docId: 'r1' });
    assert.deepEqual(mentions.map((m) => [m.start, m.end, m.text]), [[0, 6, text.slice(0, 6)]], 'annotations are the stored copy\'s, once');
    await assert.rejects(
      store.saveBatch([{ analysis: analysisOf('r1', 'The café on Rua Velha reopened on Monday.', 'other.txt'), contentHash: 'x' }]),
      DocumentConflictError,
      'a different text under the same id is still a conflict',
    );
    assert.equal(await store.integrityCheck(), 'ok');
    await store.close();
  });

  test(`${engine}: a document with very many annotations saves whole`, opts, async () => {
    const store = await open();
    const text = 'Oslo. '.repeat(9000);
    const base = analysisOf('many', text, 'many.txt');
    const mentions = Array.from({ length: 9000 }, (_, i) => ({ start: i * 6, end: i * 6 + 4, type: 'LOC' as const, text: 'Oslo', entityId: 'ent_oslo', canonical: 'Oslo' }));
    const [saved] = await store.saveBatch([{ analysis: { ...base, mentions }, contentHash: 'm' }]);
    assert.equal(saved.status, 'new');
    assert.equal(await store.countAnnotations({ kind: 'mention', docId: 'many' }), 9000);
    await store.close();
  });

  test(`${engine}: search facets give each document's entities, event types and date, and summaries its first source`, opts, async () => {
    const store = await open();
    const text = 'Dock workers in Valparaiso walked out on Monday. The port authority said talks would resume.';
    const strike = analysisOf('port1', text, 'harbour-desk.txt', 'Dockers strike');
    const sentence = { start: 0, end: 48 };
    const event = (id: string, type: 'strike' | 'protest') =>
      ({ id, type, trigger: { start: 29, end: 39, text: 'walked out' }, sentence, date: null, place: null, actors: [], targets: [], counts: {}, status: 'asserted' as const });
    await store.saveBatch([
      { analysis: { ...strike, events: [event('e1', 'strike'), event('e2', 'protest'), event('e3', 'strike')] }, contentHash: 'p1' },
      { analysis: { ...analysisOf('port2', 'Nobody was named in this short note about the weather at sea.', 'weather.txt', 'Calm seas'), mentions: [] }, contentHash: 'p2' },
    ]);
    // The same text again from a later input: the first input stays the document's source.
    await new Promise((ok) => setTimeout(ok, 5));
    assert.equal((await store.saveBatch([{ analysis: analysisOf('port1', text, 'a-later-feed.txt'), contentHash: 'p1' }]))[0].status, 'duplicate');

    const facets = await store.documentFacets(['port2', 'port1', 'missing']);
    assert.deepEqual(
      facets.map((f) => [f.docId, f.entities, [...f.eventTypes].sort(), f.published]),
      [['port2', [], [], '2020-05-01'], ['port1', ['ent_ankara'], ['protest', 'strike'], '2020-05-01']],
      'in the order asked, each event type once, a document naming no entity included, an unknown id left out',
    );
    const summaries = await store.documentSummaries(['port1', 'port2']);
    assert.deepEqual(
      summaries.map((d) => [d.id, d.title, d.published, d.words, d.source]).sort(),
      [['port1', 'Dockers strike', '2020-05-01', 15, 'harbour-desk.txt'], ['port2', 'Calm seas', '2020-05-01', 12, 'weather.txt']],
    );
    await store.close();
  });

  test(`${engine}: a document written without spaces counts its words, not one`, opts, async () => {
    const store = await open();
    // Written for this test: "Sapporo city council passed next year's budget on the 12th."
    const text = '札幌市議会は十二日、来年度の予算案を可決した。';
    await store.saveBatch([{ analysis: { ...analysisOf('jp1', text, 'sapporo.txt', '予算案を可決'), mentions: [] }, contentHash: 'jp' }]);
    const [summary] = await store.documentSummaries(['jp1']);
    assert.ok(summary.words >= 8, `words ${summary.words}`);
    await store.close();
  });
}
