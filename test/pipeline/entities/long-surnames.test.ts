// A surname of several words (particles, hyphens) links to the full name the article gives and
// takes its type. Invented sentences.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { mentionsApart } from '../../fixtures/entities/mentions.js';

const run = (content: string) => analyseText(content);
const shown = (a: ReturnType<typeof run>) => a.mentions.map((m) => `${m.type}:${m.text}`).join(', ');

test('"Van Der Beek" after "Hendrik Van Der Beek" is that person, whatever the tagger guessed', () => {
  const a = run('Quiz final\n\nThe teacher Hendrik Van Der Beek lost the final round on Sunday. Van Der Beek said the questions had been fair. The host thanked Van Der Beek for taking part.');
  const short = a.mentions.filter((m) => m.text === 'Van Der Beek');
  assert.equal(short.length, 2, shown(a));
  assert.ok(short.every((m) => m.type === 'PER' && m.canonical === 'Hendrik Van Der Beek'), short.map((m) => `${m.type}:${m.canonical}`).join(', '));
  const full = a.mentions.find((m) => m.text === 'Hendrik Van Der Beek');
  assert.ok(short.every((m) => m.entityId === full?.entityId));
});

test('a hyphenated surname links to the titled full name', () => {
  const a = run('Hospital sold\n\nThe clinic was bought by Dr. Amara Okonkwo-Bell in May. Okonkwo-Bell said the staff would stay.');
  const full = a.mentions.find((m) => m.text.endsWith('Amara Okonkwo-Bell'));
  const short = a.mentions.find((m) => m.text === 'Okonkwo-Bell');
  assert.ok(full && short, shown(a));
  assert.equal(short.entityId, full.entityId);
  assert.equal(short.type, 'PER');
});

test('a two-word name is not the end of a different, longer name it does not end', () => {
  const a = run('Council vote\n\nMaria Van Dyke voted against the plan. Her brother Pieter Van Dam voted for it, and Van Dam spoke first.');
  const vanDam = a.mentions.find((m) => m.text === 'Van Dam');
  const maria = a.mentions.find((m) => m.text === 'Maria Van Dyke');
  assert.ok(vanDam && maria, shown(a));
  assert.notEqual(vanDam.entityId, maria.entityId);
});

test('the end of a hyphenated word is no surname; an earlier title-less name still joins its bare surname', async () => {
  const { createAliasTable, shippedAliasGroups } = await import('../../../src/pipeline/entities/aliases.js');
  const { resolveDocumentEntities } = await import('../../../src/pipeline/entities/resolve.js');
  const aliases = createAliasTable(shippedAliasGroups());
  const ms = mentionsApart(['Leeds-Port Vale', 'PER'], ['Port Vale', 'PER'], ['Councillor Jo Ann Pike', 'PER'], ['Ann Pike', 'PER'], ['Pike', 'PER']);
  const r = resolveDocumentEntities(ms, aliases);
  assert.notEqual(r[1].entityId, r[0].entityId, 'Port Vale is not the end of Leeds-Port Vale');
  assert.equal(r[3].entityId, r[2].entityId, 'Ann Pike ends Councillor Jo Ann Pike');
  assert.equal(r[4].entityId, r[2].entityId, 'so does the bare Pike, through it');
});
