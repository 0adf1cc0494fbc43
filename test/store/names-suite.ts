// The name a person types for a speaker (`quotes --speaker`, /api/quotes?speaker=) against a store
// engine: whole words of every entity's name, and surface forms, however many names share its letters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyAnalysis } from '../../src/analysis.js';
import { entitiesNamed } from '../../src/store/entities-named.js';
import type { Store } from '../../src/store/interface.js';
import type { Analysis, EntityType, Mention } from '../../src/types.js';
import { handDoc } from '../fixtures/hand-doc.js';

/** An article naming each [surface form, entity id, canonical name, type] in turn, one sentence each. */
function article(id: string, names: Array<[string, string, string, EntityType]>): Analysis {
  let text = '';
  const mentions: Mention[] = [];
  for (const [form, entityId, canonical, type] of names) {
    const start = text.length;
    text += `${form} visited the orchard cooperative. `;
    mentions.push({ start, end: start + form.length, text: form, type, entityId, canonical });
  }
  return { ...emptyAnalysis(handDoc(id, text)), mentions };
}

/** 250 people whose names hold the letters "li" inside a word, each named in two articles. */
function decoys(): Analysis[] {
  const first = ['Alina', 'Oliver', 'Melina', 'Calixto', 'Delia'];
  const people = Array.from({ length: 250 }, (_, i): [string, string, string, EntityType] => {
    const name = `${first[i % first.length]} Brightwater${i}`;
    return [name, `ent_decoy_${i}`, name, 'PER'];
  });
  return [article('decoys-a', people), article('decoys-b', people)];
}

export function namesSuite(engine: string, open: () => Promise<Store>, opts: { skip?: string | false } = {}): void {
  test(`${engine}: a speaker's name finds the entity with that whole word behind hundreds of names holding its letters`, opts, async () => {
    const store = await open();
    await store.saveBatch(
      [
        ...decoys(),
        article('target', [
          ['Li Hanwen', 'ent_li_hanwen', 'Li Hanwen', 'PER'],
          ['Tarn Valley Growers', 'ent_tarn', 'Tarn Valley Growers Association', 'ORG'],
        ]),
      ].map((analysis) => ({ analysis, contentHash: analysis.doc.id })),
    );
    const named = async (name: string) => (await entitiesNamed(store, name)).sort();
    assert.deepEqual(await named('Li'), ['ent_li_hanwen'], 'a whole word, not the letters inside "Alina" or "Oliver"');
    assert.deepEqual(await named('Mr Li'), ['ent_li_hanwen'], 'a title aside');
    assert.deepEqual(await named('hanwen li'), ['ent_li_hanwen'], 'every word, in any order');
    assert.deepEqual(await named('Lia'), [], 'no word of any name');
    assert.deepEqual(await named('Brightwater7'), ['ent_decoy_7'], 'a word is whole: not Brightwater70 to 79');
    assert.equal((await named('Alina')).length, 50);
    assert.deepEqual(await named('Tarn Valley Growers'), ['ent_tarn'], 'a surface form the name only contains');
    assert.deepEqual(await named('Dr'), [], 'a title alone names no one');
    await store.close();
  });
}
