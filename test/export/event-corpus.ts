// Shared set-up of the events export tests: a ferry strike stored with its copy on another site
// (one event, two articles, one text) and a nurses' sit-in reported once. Made-up articles.
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { tempDir } from '../helpers.js';
import { copyOnAnotherSite, FERRY_STRIKE, resolvedAnalysis, saveWithCopy, type Spec } from '../server/near-duplicates.js';

export const SIT_IN: Spec = {
  title: 'Nurses occupy hospital lobby',
  source: 'nurses-sit-in',
  published: '2019-05-06',
  paragraphs: ['Nurses occupy hospital lobby', 'Nurses at the Lindenhof clinic staged a sit-in on Friday over unpaid night shifts, a union spokesman said.'],
  mentions: [['Lindenhof clinic', 'ORG']],
  places: [], times: [], figures: [], quotes: [],
  events: [{ type: 'protest', trigger: 'staged a sit-in', date: { iso: '2019-05-03', precision: 'day' }, actors: ['Nurses'] }],
};

/** A new database (in a temporary folder named after `prefix`) holding the strike, its copy and the sit-in; the caller closes it. */
export async function strikeAndSitIn(prefix: string): Promise<{ store: SqliteStore; db: string }> {
  const db = join(tempDir(prefix), 'kb.db');
  const store = new SqliteStore(db);
  const copy = copyOnAnotherSite(FERRY_STRIKE, 'ferry-strike-mirror', 'later sailings', 'the next sailings');
  await saveWithCopy(store, resolvedAnalysis(FERRY_STRIKE), resolvedAnalysis(copy));
  await store.saveBatch([{ analysis: resolvedAnalysis(SIT_IN), contentHash: 'sit-in' }]);
  return { store, db };
}
