// The seeds' dated events, as the gold reader dated them, are matched by a
// time mention in the paragraph of the event's evidence.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { documentAnchor, normaliseTimes } from '../../../src/pipeline/time/index.js';
import { fromIso, startKey } from '../../../src/pipeline/calendar.js';
import type { TimeMention } from '../../../src/types.js';
import { SHARED_MISSING, sharedDir } from '../../helpers.js';
import { makeDoc } from './doc.js';

interface GoldDoc {
  published?: { value: string | null; notBefore?: string };
  dateline?: { place: string; date?: string };
  events?: Array<{ id: string; date: string | null; evidence: string }>;
}

type Verdict = 'exact' | 'year-unknown' | 'needs-world-knowledge' | 'missed';

/** exact; or year honestly left unknown where the reader inferred it; or left relative to an event the text does not date. */
function judge(gold: string, mentions: TimeMention[]): Verdict {
  if (mentions.some((m) => m.value.iso === gold)) return 'exact';
  const noYear = gold.replace(/^\d{4}/, '-');
  if (mentions.some((m) => m.value.iso?.startsWith('--') && m.value.iso === noYear)) return 'year-unknown';
  if (mentions.some((m) => m.value.iso === null && m.value.relativeTo)) return 'needs-world-knowledge';
  return 'missed';
}

test('seeds: dated expressions resolve as the gold events say', (t) => {
  const shared = sharedDir();
  if (!shared || !existsSync(join(shared, 'gold', 'seeds.json'))) return t.skip(SHARED_MISSING);
  const gold = JSON.parse(readFileSync(join(shared, 'gold', 'seeds.json'), 'utf8')) as { documents: Record<string, GoldDoc> };
  const tally: Record<Verdict, string[]> = { exact: [], 'year-unknown': [], 'needs-world-knowledge': [], missed: [] };
  for (const [file, g] of Object.entries(gold.documents)) {
    const text = readFileSync(join(shared, 'seeds', file), 'utf8');
    const value = g.published?.value ?? null;
    const dateline = g.dateline ? { place: g.dateline.place, text: g.dateline.place, date: g.dateline.date } : null;
    const doc = makeDoc(text, { published: { value, precision: value?.startsWith('--') ? 'month-day' : value ? 'day' : 'none' }, dateline });
    const mentions = normaliseTimes(doc);

    // A lower bound on the document date must not exceed the reader's.
    const anchor = documentAnchor(doc);
    const ours = fromIso(anchor.notBefore);
    const theirs = fromIso(g.published?.notBefore);
    if (ours && theirs) assert.ok(startKey(ours) <= startKey(theirs), `${file}: notBefore ${anchor.notBefore} > ${g.published?.notBefore}`);

    for (const e of g.events ?? []) {
      if (!e.date) continue;
      const at = text.indexOf(e.evidence);
      assert.ok(at >= 0, `${file}#${e.id}: evidence not found`);
      const pStart = text.lastIndexOf('\n', at) + 1;
      const pEnd = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
      const inParagraph = mentions.filter((m) => m.start >= pStart && m.end <= pEnd);
      tally[judge(e.date, inParagraph)].push(`${file}#${e.id} (${e.date})`);
    }
  }
  t.diagnostic(JSON.stringify(Object.fromEntries(Object.entries(tally).map(([k, v]) => [k, v.length]))));
  assert.deepEqual(tally.missed, []);
  // Most dates are plain reads; the two kinds of honest gaps stay the exception.
  assert.ok(tally.exact.length >= 15, `exact ${tally.exact.length}: ${JSON.stringify(tally)}`);
  assert.ok(tally['year-unknown'].length + tally['needs-world-knowledge'].length <= 2, JSON.stringify(tally));
});
