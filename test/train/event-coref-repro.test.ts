// `chronicle train event-coref` is reproducible: two trainings on the same topics write the same
// bytes, whatever the machine's locale (a locale's collation once ordered the head table, and
// Lithuanian sorts "y" with "i"). The ECB+-format topics are written here from sentences of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';

/** A document: sentences of space-separated tokens; an event is written "*word|CLUSTER*". */
type Doc = string[];

const TOPICS: Record<string, Doc[]> = {
  '1': [
    ['Quarry strike ends', 'The quarry workers *yielded|Y1* on Monday after a week .', 'Their union *yielded|Y1* to the owners and the pits *reopened|R1* .'],
    ['Pits open again at Dunmore', 'Miners *yielded|Y1* to the owners , the union said .', 'The pits *reopened|R1* at dawn and the union *yielded|Y1* its demands .'],
  ],
  '2': [
    ['Mayor held over bribes', 'Police *jailed|J1* the mayor of Corvale on Friday .', 'A judge *jailed|J1* him for ten days and *fined|F1* his deputy .'],
    ['Corvale mayor in custody', 'The mayor was *jailed|J1* after a hearing .', 'The court *jailed|J1* the mayor and *fined|F1* the deputy on Friday .'],
  ],
  '3': [
    ['Storm floods river towns', 'Heavy rain *flooded|W1* three towns along the Marle .', 'Crews *evacuated|E1* two hundred homes overnight .'],
    ['Marle bursts its banks', 'The river *flooded|W1* the lower town .', 'Families were *evacuated|E1* as water *flooded|W1* the square .'],
  ],
  '4': [
    ['Orchestra names new conductor', 'The Halden orchestra *appointed|A1* Rosa Imre as its conductor .', 'She *accepted|C1* the post on Sunday .'],
    ['Imre to lead Halden players', 'Rosa Imre was *appointed|A1* conductor of the orchestra .', 'Imre *accepted|C1* and the board *thanked|T1* her .'],
  ],
};

function documentXml(name: string, sentences: Doc): string {
  const tokens: string[] = [];
  const markables: string[] = [];
  const clusters = new Map<string, number[]>();
  let id = 0;
  sentences.forEach((s, sentence) =>
    s.split(' ').forEach((word, number) => {
      id++;
      const event = /^\*(.+)\|(.+)\*$/.exec(word);
      tokens.push(`<token t_id="${id}" sentence="${sentence}" number="${number}">${event ? event[1] : word}</token>`);
      if (event) {
        markables.push(`<ACTION_OCCURRENCE m_id="${id}"><token_anchor t_id="${id}"/></ACTION_OCCURRENCE>`);
        clusters.set(event[2], [...(clusters.get(event[2]) ?? []), id]);
      }
    }),
  );
  const relations = [...clusters].map(([cluster, sources], k) => {
    const target = 1000 + k;
    markables.push(`<ACTION_OCCURRENCE m_id="${target}" RELATED_TO="" TAG_DESCRIPTOR="${cluster}" instance_id="ACT_${cluster}"/>`);
    return `<CROSS_DOC_COREF r_id="${k + 1}">${sources.map((s) => `<source m_id="${s}"/>`).join('')}<target m_id="${target}"/></CROSS_DOC_COREF>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Document doc_name="${name}" doc_id="${name}">\n${tokens.join('\n')}\n<Markables>\n${markables.join('\n')}\n</Markables>\n<Relations>\n${relations.join('\n')}\n</Relations>\n</Document>\n`;
}

function writeCorpus(dir: string): void {
  const csv = ['Topic,File,Sentence Number'];
  for (const [topic, docs] of Object.entries(TOPICS)) {
    mkdirSync(join(dir, topic), { recursive: true });
    docs.forEach((sentences, d) => {
      const stem = `${topic}_${d + 1}ecb${d ? 'plus' : ''}`;
      writeFileSync(join(dir, topic, `${stem}.xml`), documentXml(`${stem}.xml`, sentences));
      sentences.forEach((_, s) => csv.push(`${topic},${stem.slice(topic.length + 1)},${s}`));
    });
  }
  writeFileSync(join(dir, 'coreference_sentences.csv'), `${csv.join('\n')}\n`);
}

function train(corpus: string, out: string, locale: string): { model: Buffer; pairs: Buffer } {
  const r = runCli(['train', 'event-coref', '--ecb', corpus, '--topics', '1-4', '--out', join(out, 'model.json'), '--pairs-out', join(out, 'pairs.json'), '--min-topics', '1'], {
    env: { LC_ALL: locale, LANG: locale },
  });
  assert.equal(r.status, 0, r.stderr);
  return { model: readFileSync(join(out, 'model.json')), pairs: readFileSync(join(out, 'pairs.json')) };
}

test('two trainings on the same topics write the same bytes, in any locale', () => {
  const dir = tempDir('chronicle-ecb-repro-');
  writeCorpus(join(dir, 'ecb'));
  const first = train(join(dir, 'ecb'), join(dir, 'a'), 'en_US.UTF-8');
  const second = train(join(dir, 'ecb'), join(dir, 'b'), 'lt_LT.UTF-8');
  assert.ok(first.model.equals(second.model), 'the pair model differs between two trainings');
  assert.ok(first.pairs.equals(second.pairs), 'the lemma pairs differ between two trainings');

  // the head table is in code-unit order, so "jail" comes before "yield" in every locale
  const heads = (JSON.parse(first.model.toString('utf8')) as { heads: Array<[string, string, number, number]> }).heads;
  const lemmas = heads.map((h) => h[0]);
  assert.ok(lemmas.includes('jail') && lemmas.includes('yield'), `the fixture's heads: ${lemmas.join(' ')}`);
  assert.deepEqual(heads.map((h) => `${h[0]}\t${h[1]}`), heads.map((h) => `${h[0]}\t${h[1]}`).sort());
  const pairs = (JSON.parse(first.pairs.toString('utf8')) as { pairs: Array<[string, string]> }).pairs;
  assert.deepEqual(pairs.map((p) => `${p[0]}\t${p[1]}`), pairs.map((p) => `${p[0]}\t${p[1]}`).sort());
});

test('--story-threshold is stored in the model; a bad --l2 or --story-threshold is refused', () => {
  const dir = tempDir('chronicle-ecb-flags-');
  writeCorpus(join(dir, 'ecb'));
  const out = join(dir, 'model.json');
  const ok = runCli(['train', 'event-coref', '--ecb', join(dir, 'ecb'), '--topics', '1-4', '--out', out, '--story-threshold', '0.2', '--l2', '0.00001']);
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal((JSON.parse(readFileSync(out, 'utf8')) as { storyThreshold: number }).storyThreshold, 0.2);
  for (const bad of [['--l2', '-1'], ['--story-threshold', '0'], ['--story-threshold', 'wide']]) {
    const r = runCli(['train', 'event-coref', '--ecb', join(dir, 'ecb'), '--topics', '1-4', '--out', join(dir, 'bad.json'), ...bad]);
    assert.notEqual(r.status, 0, `${bad.join(' ')} was accepted`);
  }
});
