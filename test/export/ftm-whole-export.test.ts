// A whole FtM export of a small corpus read by the real pipeline (articles written here), checked
// against the bundled @alephdata/followthemoney twice: by its model file (ftm-validate.ts) and by the
// library's own classes (ftm-library-validate.ts). Every schema and property valid, every
// reference resolved within the export, also when the export is narrowed to one type of name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestedTexts, runCli } from '../helpers.js';
import { jsonLines } from './helpers.js';
import { validateFtm, type FtmEntityLike } from './ftm-validate.js';
import { validateWithLibrary } from './ftm-library-validate.js';

const ARTICLES: Record<string, string> = {
  'gdansk-dock-strike.txt': [
    'Police arrest 12 dock workers in Gdansk strike',
    'GDANSK, March 3, 2031 - Polish police arrested 12 dock workers in Gdansk on Monday after a strike at the port turned violent, police spokeswoman Marta Olszewska said.',
    '"We will not tolerate attacks on officers," Olszewska told reporters outside the harbour gates.',
    'The Baltic Port Workers Union said about 300 of its members had walked out over pay and that two of them were injured.',
  ].join('\n\n'),
  'lisbon-bank-fraud.txt': [
    'Former bank director jailed in Lisbon fraud case',
    'LISBON, March 5, 2031 - A court in Lisbon sentenced former bank director Paulo Ferreira to six years in prison on Thursday for fraud, prosecutors said.',
    'The fraud at Banco Atlantico cost investors about 40 million euros, according to the Portuguese prosecutor general\'s office.',
    'Ferreira\'s lawyer, Ines Matos, said he would appeal.',
  ].join('\n\n'),
  'gdansk-port-talks.txt': [
    'Gdansk port reopens as union agrees to talks',
    'GDANSK, March 6, 2031 - The port of Gdansk reopened on Wednesday after the Baltic Port Workers Union agreed to talks with the port authority, three days after police arrested 12 striking workers.',
    'Marta Olszewska, a police spokeswoman, said the 12 men had been released on bail.',
  ].join('\n\n'),
};

function exported(db: string, ...args: string[]): FtmEntityLike[] {
  const r = runCli(['export', '--format', 'ftm', '--out', '-', '--db', db, ...args]);
  assert.equal(r.status, 0, r.stderr);
  return jsonLines(r.stdout) as unknown as FtmEntityLike[];
}

test('a whole ftm export of a small corpus is valid FollowTheMoney by the bundled library, every reference inside it', () => {
  const db = ingestedTexts(ARTICLES);
  const entities = exported(db);
  const schemata = new Set(entities.map((e) => e.schema));
  for (const schema of ['Article', 'Person', 'Address', 'Mention', 'Documentation', 'Event']) assert.ok(schemata.has(schema), `the export holds a ${schema} (it has ${[...schemata].join(', ')})`);
  assert.equal(entities.filter((e) => e.schema === 'Article').length, 3);
  assert.deepEqual(validateFtm(entities), []);
  assert.deepEqual(validateWithLibrary(entities), []);
});

test('an ftm export narrowed to one type of name, or to one article, is valid and self-contained as well', () => {
  const db = ingestedTexts(ARTICLES);
  for (const args of [['--entity-type', 'PER'], ['--entity-type', 'LOC'], ['--entity-type', 'MISC'], ['--doc', 'lisbon-bank-fraud']]) {
    const entities = exported(db, ...args);
    assert.ok(entities.length > 0, args.join(' '));
    assert.deepEqual(validateWithLibrary(entities), [], args.join(' '));
    assert.deepEqual(validateFtm(entities), [], args.join(' '));
  }
});

test('the library check finds what it should: a schema it lacks, a reverse property, a country it does not know, a reference out of range or out of the export', () => {
  const problems = validateWithLibrary([
    { id: 'a', schema: 'Vessel2', properties: {} },
    { id: 'b', schema: 'Address', properties: { full: ['Quay 4'], country: ['qq'] } },
    { id: 'c', schema: 'Person', properties: { name: ['Ines Matos'], mentionedBy: ['d'] } },
    { id: 'd', schema: 'Mention', properties: { name: ['Matos'], document: ['nowhere'], resolved: ['b'] } },
  ]);
  for (const expected of [/Vessel2 a: not a schema/, /country = qq: not a country/, /mentionedBy: a reverse property/, /document: nowhere is not in the export/, /resolved: a Address, where the library wants a LegalEntity/]) {
    assert.ok(problems.some((p) => expected.test(p)), `${expected} in\n${problems.join('\n')}`);
  }
});
