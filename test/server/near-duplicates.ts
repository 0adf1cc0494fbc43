// Shared set-up of the near-duplicate tests: a story written for them, its copy on a second site
// (a few words changed, so it is stored as a near-duplicate, not a duplicate), and analyses with
// their mentions resolved as the pipeline resolves them.
import assert from 'node:assert/strict';
import type { SaveOutcome, Store } from '../../src/store/interface.js';
import type { Analysis } from '../../src/types.js';
import { fixtureAnalysis } from '../fixtures/ui/corpus.js';

export type Spec = Parameters<typeof fixtureAnalysis>[0];

/** A wire story, long enough for its copy to be found as a near-duplicate. */
export const FERRY_STORY: Spec = {
  title: 'Ferry strike halts crossings',
  source: 'ferry-strike',
  published: '2019-04-02',
  paragraphs: [
    'Ferry strike halts crossings',
    'Crews of the Baltic Meridian ferry line walked out on Monday, stranding hundreds of passengers in Klaipeda and leaving lorries queued for kilometres along the harbour road, port officials said.',
    'Union leader Vesna Kordic said the crews would stay ashore until the company restored the overtime rates it cut in January. "Nobody sails until the rates are back," Kordic told reporters at the terminal.',
    'The company said talks would resume on Wednesday and that freight bookings for the week had been moved to other routes where possible, while passengers were offered refunds or seats on later sailings.',
  ],
  mentions: [['Baltic Meridian', 'ORG'], ['Klaipeda', 'LOC'], ['Vesna Kordic', 'PER'], ['Kordic', 'PER', 1]],
  places: [], times: [], events: [], figures: [], quotes: [],
};

/** The story with its strike as an event (the events export and `events --merged` count its copy). */
export const FERRY_STRIKE: Spec = { ...FERRY_STORY, events: [{ type: 'strike', trigger: 'walked out', date: { iso: '2019-04-01', precision: 'day' }, actors: ['Crews of the Baltic Meridian ferry line'] }] };

/** The same story on another site, the words `from` of its last paragraph written `to`. */
export function copyOnAnotherSite(spec: Spec, source: string, from: string, to: string): Spec {
  const last = spec.paragraphs.length - 1;
  assert.ok(spec.paragraphs[last].includes(from), `the last paragraph holds “${from}”`);
  return { ...spec, source, paragraphs: spec.paragraphs.map((p, i) => (i === last ? p.replace(from, to) : p)) };
}

/** The analysis of `spec`, each mention resolved to the entity of its full name (`fullName` gives it for a short form). */
export function resolvedAnalysis(spec: Spec, fullName: (text: string) => string = (text) => text): Analysis {
  const a = fixtureAnalysis(spec);
  a.mentions = a.mentions.map((m) => ({ ...m, entityId: `${m.type}:${fullName(m.text).toLowerCase()}`, canonical: fullName(m.text) }));
  return a;
}

/** Checks that the second document saved (the copy) was linked as a near-duplicate of the first (the story). */
export function assertCopyLinked(outcomes: SaveOutcome[], story: Analysis): void {
  assert.ok(outcomes[1].status === 'new' && outcomes[1].nearDuplicateOf === story.doc.id, 'the copy is stored as a near-duplicate');
}

/** Saves `story`, then `copy`, and checks that the copy was linked as a near-duplicate of the story. */
export async function saveWithCopy(store: Store, story: Analysis, copy: Analysis): Promise<void> {
  assertCopyLinked(await store.saveBatch([story, copy].map((analysis) => ({ analysis, contentHash: analysis.doc.id }))), story);
}
