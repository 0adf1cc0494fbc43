// Who says a figure: a figure carries its source as words only, and the claims page and the
// article's notes set a description ("the audit") as if it were a name. A source that is the name
// of a person or body the article names is that entity (sourceEntity, in /api/figures and in the
// article's annotations); a description has none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAnalyses } from './helpers.js';
import { fixtureAnalysis } from '../fixtures/ui/corpus.js';
import type { DocumentView, FigureItem, Page } from '../../src/server/api-types.js';

const article = fixtureAnalysis({
  title: 'Idle barges on the canal',
  source: 'idle-barges',
  published: '2032-09-14',
  paragraphs: [
    'Idle barges on the canal',
    'The Velmar Canal Board said 40 barges were idle on Monday. A lock audit counted 12 cranes out of service, and Osric Pendleford said 300 crew were waiting. Only 9 pilots were on leave, according to the Velmar Canal Board.',
  ],
  mentions: [['Velmar Canal Board', 'ORG'], ['Osric Pendleford', 'PER']],
  places: [], times: [], events: [], quotes: [],
  figures: [
    { text: '40 barges', value: 40, qualifier: 'exact', what: 'barges idle', source: 'Velmar Canal Board' },
    { text: '12 cranes', value: 12, qualifier: 'exact', what: 'cranes out of service', source: 'audit' },
    { text: '300 crew', value: 300, qualifier: 'exact', what: 'crew waiting', source: 'Osric Pendleford' },
    { text: '9 pilots', value: 9, qualifier: 'exact', what: 'pilots on leave', source: 'the Velmar Canal Board' },
  ],
});

test("a figure's source that the article names is linked to its entity; a description is not", async () => {
  const served = await serveAnalyses([article]);
  try {
    const figures = (await served.get<Page<FigureItem>>('/api/figures?limit=10')).items;
    const entityOf = (source: string) => figures.find((f) => f.source === source)?.sourceEntity;
    const board = entityOf('Velmar Canal Board');
    const person = entityOf('Osric Pendleford');
    assert.ok(board && person && board !== person, JSON.stringify(figures.map((f) => [f.source, f.sourceEntity])));
    assert.equal(entityOf('audit'), undefined);
    const entity = await served.get<{ name: string }>(`/api/entities/${encodeURIComponent(person)}`);
    assert.equal(entity.name, 'Osric Pendleford');

    const doc = await served.get<DocumentView>(`/api/documents/${article.doc.id}`);
    const noted = doc.annotations.filter((a) => a.kind === 'figure').map((a) => [a.text, a.sourceEntity ?? null]);
    assert.deepEqual(noted, [['40 barges', board], ['12 cranes', null], ['300 crew', person], ['9 pilots', board]], 'a source written with its article names the same body');
  } finally {
    await served.close();
  }
});
