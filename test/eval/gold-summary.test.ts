// `eval gold --summary`: a held-out set scored with figures only. The articles and the gold are our
// own; the gold lists a name no article holds and an event no sentence reports, so that --json has
// misses to show and --summary must show none of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';
import type { GoldReport, GoldSummary } from '../../src/eval/gold.js';

const ARTICLES: Record<string, string> = {
  'harbour.txt': 'Harbour crane toppled in Valdmoor\n\nA crane toppled at the harbour of Valdmoor on Tuesday, the port authority said.\n\n"Nobody was standing below it," said Ines Harcastle, the harbour master.\n',
  'council.txt': 'Valdmoor council orders crane inspections\n\nThe council of Valdmoor ordered every crane at the harbour inspected on Wednesday.\n\nInes Harcastle said the inspections would take a week.\n',
};
const UNSEEN_NAME = 'Zebedee Marchbanks';
const UNREPORTED = 'the council of Valdmoor ordered every crane at the harbour inspected';

function corpusAndGold(): { corpus: string; gold: string } {
  const dir = tempDir('chronicle-gold-summary-');
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(corpus, name), text);
  const gold = {
    documents: {
      'harbour.txt': {
        entities: [
          { name: 'Ines Harcastle', type: 'PER' },
          { name: UNSEEN_NAME, type: 'PER' },
        ],
        quotes: [{ speaker: 'Ines Harcastle', text: 'Nobody was standing below it,', kind: 'direct' }],
      },
      'council.txt': {
        entities: [{ name: 'Ines Harcastle', type: 'PER' }],
        events: [{ id: 'e1', type: 'arrest', evidence: UNREPORTED }],
      },
    },
    crossDocument: { sameEntity: [['Ines Harcastle', UNSEEN_NAME]], differentEntities: [['Ines Harcastle', 'Valdmoor']], sameEvent: [], claimGroups: {} },
  };
  const goldPath = join(dir, 'gold.json');
  writeFileSync(goldPath, JSON.stringify(gold));
  return { corpus, gold: goldPath };
}

/** Every string anywhere in a parsed JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

test('eval gold --summary prints the figures of --json and no missed item, name or sentence', () => {
  const { corpus, gold } = corpusAndGold();
  const full = runCli(['eval', 'gold', '--gold', gold, '--corpus', corpus, '--json']);
  assert.equal(full.status, 0, full.stderr);
  // the full report does name its misses: what --summary must leave out
  assert.ok(full.stdout.includes(UNSEEN_NAME), 'the --json report names the missed entity');
  const res = runCli(['eval', 'gold', '--gold', gold, '--corpus', corpus, '--summary']);
  assert.equal(res.status, 0, res.stderr);
  assert.ok(!res.stdout.includes(UNSEEN_NAME));
  assert.ok(!res.stdout.includes('Harcastle'));
  assert.ok(!res.stdout.toLowerCase().includes(UNREPORTED));
  const summary = JSON.parse(res.stdout) as GoldSummary;
  const report = JSON.parse(full.stdout) as GoldReport;
  assert.deepEqual(strings(summary), [], 'numbers only: no string at all');
  // the scored figures are those of the full report
  for (const k of ['precision', 'recall', 'f1', 'tp', 'fp', 'fn'] as const) assert.equal(summary.events[k], report.events[k], `events.${k}`);
  assert.equal(summary.events.fn, 1);
  assert.deepEqual(summary.entities, { found: report.entities!.found, total: 3, recall: report.entities!.recall, mustNotExtractTagged: 0 });
  assert.ok(summary.entities!.found < 3);
  assert.deepEqual(summary.attributes['quote.speaker'], report.attributes['quote.speaker']);
  const [cs, cr] = [summary.crossDocument!, report.crossDocument!];
  for (const k of ['precision', 'recall', 'f1', 'mentions', 'pairs', 'predictedPairs'] as const) assert.equal(cs.sameEntity[k], cr.sameEntity[k], `sameEntity.${k}`);
  assert.deepEqual(cs.differentEntities, { pairs: cr.differentEntities.pairs, violations: cr.differentEntities.violations.length });
});

test('eval gold --summary refuses --details, and --help documents it', () => {
  const { corpus, gold } = corpusAndGold();
  const res = runCli(['eval', 'gold', '--gold', gold, '--corpus', corpus, '--summary', '--details']);
  assert.equal(res.status, 2);
  assert.equal(res.stdout, '');
  const help = runCli(['eval', 'gold', '--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--summary/);
  assert.match(help.stdout, /without\s+anyone\s+seeing\s+its\s+misses/);
});
