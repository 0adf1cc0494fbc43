// The hand-written names of sets B, D, E, F, G, H, K, L, M and N (tbaq-set-b.json, tbaq-set-d.json, tbaq-set-e.json, tbaq-set-f.json, tbaq-set-g.json, tbaq-set-h.json, tbaq-set-k.json, tbaq-set-l.json, tbaq-set-m.json, tbaq-set-n.json), set C (tbaq-set-c-names.json) and sets I, J, O, P, Q, R, S, T, U, V, W, X, Y, Z, AA, AB, AC, AD, AE, AF, AG, AH, AI, AJ, AK, AL, AM, AN, AO, AP, AQ, AR, AS and AT (ecb-set-i.json, ecb-set-j.json, ecb-set-o.json, ecb-set-p.json, ecb-set-q.json, ecb-set-r.json, ecb-set-s.json, ecb-set-t.json, ecb-set-u.json, ecb-set-v.json, ecb-set-w.json, ecb-set-x.json, ecb-set-y.json, ecb-set-z.json, ecb-set-aa.json, ecb-set-ab.json, ecb-set-ac.json, ecb-set-ad.json, ecb-set-ae.json, ecb-set-af.json, ecb-set-ag.json, ecb-set-ah.json, ecb-set-ai.json, ecb-set-aj.json, ecb-set-ak.json, ecb-set-al.json, ecb-set-am.json, ecb-set-an.json, ecb-set-ao.json, ecb-set-ap.json, ecb-set-aq.json, ecb-set-ar.json, ecb-set-as.json, ecb-set-at.json, over ECB+) are literal: every
// listed form is a whole-word string of the read stage's text of its document, and the cross-document
// groups only name listed names and forms, so the gold invents nothing the articles do not write.
import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../../src/paths.js';
import { sharedDir, SHARED_MISSING } from '../helpers.js';
import { readListed, type AnchoredGoldFile } from '../../src/eval/lib/gold-anchored.js';
import { normaliseName } from '../../src/eval/lib/gold-names.js';

const wholeWord = (text: string, form: string): boolean => {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
};

const SETS = [
  { label: 'set B', file: 'tbaq-set-b.json' },
  { label: 'set C', file: 'tbaq-set-c-names.json' },
  { label: 'set D', file: 'tbaq-set-d.json' },
  { label: 'set E', file: 'tbaq-set-e.json' },
  { label: 'set F', file: 'tbaq-set-f.json' },
  { label: 'set G', file: 'tbaq-set-g.json' },
  { label: 'set H', file: 'tbaq-set-h.json' },
  { label: 'set K', file: 'tbaq-set-k.json' },
  { label: 'set L', file: 'tbaq-set-l.json' },
  { label: 'set M', file: 'tbaq-set-m.json' },
  { label: 'set N', file: 'tbaq-set-n.json' },
  { label: 'set I', file: 'ecb-set-i.json', corpus: 'ecbplus' },
  { label: 'set J', file: 'ecb-set-j.json', corpus: 'ecbplus' },
  { label: 'set O', file: 'ecb-set-o.json', corpus: 'ecbplus' },
  { label: 'set P', file: 'ecb-set-p.json', corpus: 'ecbplus' },
  { label: 'set Q', file: 'ecb-set-q.json', corpus: 'ecbplus' },
  { label: 'set R', file: 'ecb-set-r.json', corpus: 'ecbplus' },
  { label: 'set S', file: 'ecb-set-s.json', corpus: 'ecbplus' },
  { label: 'set T', file: 'ecb-set-t.json', corpus: 'ecbplus' },
  { label: 'set U', file: 'ecb-set-u.json', corpus: 'ecbplus' },
  { label: 'set V', file: 'ecb-set-v.json', corpus: 'ecbplus' },
  { label: 'set W', file: 'ecb-set-w.json', corpus: 'ecbplus' },
  { label: 'set X', file: 'ecb-set-x.json', corpus: 'ecbplus' },
  { label: 'set Y', file: 'ecb-set-y.json', corpus: 'ecbplus' },
  { label: 'set Z', file: 'ecb-set-z.json', corpus: 'ecbplus' },
  { label: 'set AA', file: 'ecb-set-aa.json', corpus: 'ecbplus' },
  { label: 'set AB', file: 'ecb-set-ab.json', corpus: 'ecbplus' },
  { label: 'set AC', file: 'ecb-set-ac.json', corpus: 'ecbplus' },
  { label: 'set AD', file: 'ecb-set-ad.json', corpus: 'ecbplus' },
  { label: 'set AE', file: 'ecb-set-ae.json', corpus: 'ecbplus' },
  { label: 'set AF', file: 'ecb-set-af.json', corpus: 'ecbplus' },
  { label: 'set AG', file: 'ecb-set-ag.json', corpus: 'ecbplus' },
  { label: 'set AH', file: 'ecb-set-ah.json', corpus: 'ecbplus' },
  { label: 'set AI', file: 'ecb-set-ai.json', corpus: 'ecbplus' },
  { label: 'set AJ', file: 'ecb-set-aj.json', corpus: 'ecbplus' },
  { label: 'set AK', file: 'ecb-set-ak.json', corpus: 'ecbplus' },
  { label: 'set AL', file: 'ecb-set-al.json', corpus: 'ecbplus' },
  { label: 'set AM', file: 'ecb-set-am.json', corpus: 'ecbplus' },
  { label: 'set AN', file: 'ecb-set-an.json', corpus: 'ecbplus' },
  { label: 'set AO', file: 'ecb-set-ao.json', corpus: 'ecbplus' },
  { label: 'set AP', file: 'ecb-set-ap.json', corpus: 'ecbplus' },
  { label: 'set AQ', file: 'ecb-set-aq.json', corpus: 'ecbplus' },
  { label: 'set AR', file: 'ecb-set-ar.json', corpus: 'ecbplus' },
  { label: 'set AS', file: 'ecb-set-as.json', corpus: 'ecbplus' },
  { label: 'set AT', file: 'ecb-set-at.json', corpus: 'ecbplus' },
];

const load = (file: string): AnchoredGoldFile =>
  JSON.parse(readFileSync(projectPath('test', 'fixtures', 'heldout', file), 'utf8')) as AnchoredGoldFile;

for (const { label, file, corpus = 'tempeval3' } of SETS as Array<{ label: string; file: string; corpus?: string }>) {
  test(`${label} names: every listed form is written in its article, types are the four classes`, async (t) => {
    const shared = sharedDir();
    const corpusDir = shared ? join(shared, 'data', corpus) : null;
    if (!corpusDir || !existsSync(corpusDir)) return t.skip(SHARED_MISSING);
    const gold = load(file);
    const raws = await readListed(gold, corpusDir);
    let entities = 0;
    for (const [key, doc] of Object.entries(gold.documents)) {
      const text = raws.get(key)?.content ?? '';
      const names = (doc.entities ?? []).map((e) => normaliseName(e.name));
      assert.equal(new Set(names).size, names.length, `${key}: a name listed twice`);
      for (const e of doc.entities ?? []) {
        entities++;
        assert.ok(['PER', 'ORG', 'LOC', 'MISC'].includes(e.type), `${key} ${e.name}: type ${e.type}`);
        // "mentions", where given, are the literal forms; else the name itself is literal
        const literal = e.mentions?.length ? e.mentions : [e.name];
        for (const form of literal) assert.ok(wholeWord(text, form), `${key} ${e.name}: "${form}" is not in the text`);
      }
    }
    assert.ok(entities > 100, `${label} lists its names`);
  });

  test(`${label} cross-document groups name only listed names and forms, each same-entity group one entity`, () => {
    const gold = load(file);
    const owners = new Map<string, Set<string>>();
    for (const doc of Object.values(gold.documents)) {
      for (const e of doc.entities ?? []) {
        for (const form of [e.name, ...(e.mentions ?? [])]) {
          const key = normaliseName(form);
          owners.set(key, (owners.get(key) ?? new Set()).add(normaliseName(e.name)));
        }
      }
    }
    const cross = gold.crossDocument;
    assert.ok(cross, `${label} has a crossDocument section`);
    assert.ok(Array.isArray(cross.sameEvent) && typeof cross.claimGroups === 'object', 'all four parts present for eval gold');
    for (const group of [...cross.sameEntity, ...cross.differentEntities]) {
      for (const member of group) assert.ok(owners.has(normaliseName(member)), `${JSON.stringify(group)}: "${member}" is not a listed name or form`);
    }
    for (const group of cross.sameEntity) {
      const named = new Set(group.flatMap((m) => [...(owners.get(normaliseName(m)) ?? [])]));
      assert.equal(named.size, 1, `${JSON.stringify(group)} joins ${[...named].join(', ')}`);
    }
    for (const group of cross.differentEntities) {
      const named = new Set(group.map(normaliseName));
      assert.equal(named.size, group.length, `${JSON.stringify(group)}: a name twice`);
    }
  });
}
