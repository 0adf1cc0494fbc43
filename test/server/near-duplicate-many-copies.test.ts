// An entity named by a story that nine other sites copy: its page shows each distinct line once,
// with the copies that repeat it counted, and a second page of the list reads only the documents it
// shows. Before, every request read every copy of the group again and compared each copy with every
// other (copies² awaits a page), so a widely copied story slowed every page of the entity's lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAnalyses } from './helpers.js';
import { copyOnAnotherSite, FERRY_STORY, resolvedAnalysis, type Spec } from './near-duplicates.js';

/** A separate story naming the port, copied by no one. */
const PORT_REOPENS: Spec = {
  title: 'Port reopens after walkout',
  source: 'port-reopens',
  published: '2019-04-09',
  paragraphs: [
    'Port reopens after walkout',
    'The first ferry in a week left Klaipeda at dawn on Tuesday, its deck crowded with lorries that had waited out the strike on the quay.',
  ],
  mentions: [['Klaipeda', 'LOC']],
  places: [], times: [], events: [], figures: [], quotes: [],
};

const ENDINGS = ['the next sailings', 'other sailings', 'evening sailings', 'morning sailings', 'weekend sailings', 'night sailings', 'early sailings', 'extra sailings', 'fresh sailings'];

type Line = { docId: string; before: string; text: string; copies?: number };
type EntityPage = { mentionsInContext: { total: number; items: Line[] } };

test("an entity's lines in a story copied nine times: each line once, its copies counted, pages read only their own documents", async () => {
  // copies 4 to 6 also reword the sentence naming the port: a second line, repeated by three documents
  const copies = ENDINGS.map((ending, i) => {
    const copy = copyOnAnotherSite(FERRY_STORY, `ferry-strike-copy-${i + 1}`, 'later sailings', ending);
    return i >= 3 && i <= 5 ? { ...copy, paragraphs: copy.paragraphs.map((p) => p.replace('stranding hundreds', 'stranding thousands')) } : copy;
  });
  const docs = [FERRY_STORY, ...copies, PORT_REOPENS].map((spec) => resolvedAnalysis(spec));
  const served = await serveAnalyses(docs);
  try {
    assert.ok(served.outcomes.slice(1, 10).every((o) => o.status === 'new' && o.nearDuplicateOf), 'every copy is stored as a near-duplicate');
    const path = `/api/entities/${encodeURIComponent('LOC:klaipeda')}`;
    const page = await served.get<EntityPage>(path);
    const said = (items: Line[]) => items.map((m) => [/stranding (\w+)/.exec(m.before)?.[1] ?? 'reopens', m.copies ?? 0]).sort();
    // the story's line in seven documents, the reworded one in three, the other story's line once
    assert.deepEqual(said(page.mentionsInContext.items), [['hundreds', 6], ['reopens', 0], ['thousands', 2]]);
    assert.equal(page.mentionsInContext.total, 3, 'the pager counts the three lines shown');
    const shownAt = page.mentionsInContext.items.find((m) => m.before.includes('thousands'))!.docId;
    assert.ok([4, 5, 6].some((i) => docs[i].doc.id === shownAt), 'the reworded line is shown at a copy that has it');

    // One line a page: the pages together are the list, each line once.
    const reads: string[] = [];
    // the page's documents' mentions are read in one query (mentionEntitiesOfDocuments), or one by one
    const list = served.store.listAnnotations.bind(served.store);
    served.store.listAnnotations = (q) => {
      if (q.kind === 'mention' && q.docId) reads.push(q.docId);
      return list(q);
    };
    const many = served.store.mentionEntitiesOfDocuments.bind(served.store);
    served.store.mentionEntitiesOfDocuments = (ids) => {
      reads.push(...ids);
      return many(ids);
    };
    const pages: Line[] = [];
    for (let offset = 0; offset < 3; offset++) {
      reads.length = 0;
      const one = await served.get<EntityPage>(`${path}?limit=1&offset=${offset}`);
      assert.equal(one.mentionsInContext.total, 3);
      assert.equal(one.mentionsInContext.items.length, 1);
      pages.push(...one.mentionsInContext.items);
      // the copies were compared once for this corpus version; a page reads the document it shows
      assert.deepEqual(reads, [one.mentionsInContext.items[0].docId], `page ${offset + 1} read ${reads.length} documents' mentions`);
    }
    assert.deepEqual(said(pages), said(page.mentionsInContext.items));
  } finally {
    await served.close();
  }
});
