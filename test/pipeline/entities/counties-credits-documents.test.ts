// Third names pass: a county in US news is a place, a wire dateline's bracketed credit is an
// organisation, constitutions and "Treaty of X"-shaped charters are works.
import test from 'node:test';
import assert from 'node:assert/strict';
import { typeUsCounties } from '../../../src/pipeline/entities/us-counties.js';
import { addDatelineCredits } from '../../../src/pipeline/entities/dateline-credit.js';
import { analyseText } from '../../fixtures/analyse-text.js';
import { tag } from '../../fixtures/tagged-names.js';


function typed(text: string): string[] {
  return analyseText(`Regional news\n\n${text}`).mentions.map((m) => `${m.text}/${m.type}`);
}

test('"X County" is a place when the article names a US state, by name or abbreviation', () => {
  const text = 'The Lorain County sheriff said Ohio would pay.';
  const out = typeUsCounties(tag(text, [['Lorain County', 'ORG'], ['Ohio', 'LOC']]));
  assert.deepEqual(out.map((m) => m.type), ['LOC', 'LOC']);
  const abbreviated = 'FRESNO, Calif. _ Madera County voters approved the levy.';
  assert.equal(typeUsCounties(tag(abbreviated, [['FRESNO', 'LOC'], ['Calif.', 'LOC'], ['Madera County', 'ORG']]))[2].type, 'LOC');
});

test('a county-named club in an article with no US state stays an organisation', () => {
  const text = 'Stockport County lost to Bury in Manchester.';
  const out = typeUsCounties(tag(text, [['Stockport County', 'ORG'], ['Bury', 'ORG'], ['Manchester', 'LOC']]));
  assert.deepEqual(out.map((m) => m.type), ['ORG', 'ORG', 'LOC']);
  // a curated or settled name stands, and "County Kerry" is not the shape
  const settled = 'Orange County said Texas had agreed.';
  const mentions = tag(settled, [['Orange County', 'ORG'], ['Texas', 'LOC']]);
  assert.equal(typeUsCounties(mentions, new Set(['Orange County']))[0].type, 'ORG');
  assert.equal(typeUsCounties([{ ...mentions[0], typeSettled: true }, mentions[1]])[0].type, 'ORG');
});

test('"X County" named for a town the gazetteer takes for a US one is a place with no state named', () => {
  const text = 'The Dallas County sheriff said the road would reopen.';
  assert.equal(typeUsCounties(tag(text, [['Dallas County', 'ORG']]))[0].type, 'LOC');
  // a British town's club, and a county the gazetteer cannot place, stay as the tagger read them
  const clubs = 'Derby County drew with Notts County on Saturday.';
  assert.deepEqual(typeUsCounties(tag(clubs, [['Derby County', 'ORG'], ['Notts County', 'ORG']])).map((m) => m.type), ['ORG', 'ORG']);
});

test('the whole stage reads a county after a state code', () => {
  assert.ok(typed('TRENTON, N.J. _ A Mercer County judge ruled on Friday.').includes('Mercer County/LOC'));
});

test("a wire dateline's bracketed initials are the agency, at the story's opening only", () => {
  const text = 'Storm closes schools\n\nDULUTH, Minn. (AP) -- Schools shut on Monday.';
  const out = addDatelineCredits(text, tag(text, [['DULUTH', 'LOC'], ['Minn.', 'LOC']]));
  assert.deepEqual(out.map((m) => `${m.text}/${m.type}`), ['DULUTH/LOC', 'Minn./LOC', 'AP/ORG']);
  // already tagged: nothing added twice
  assert.equal(addDatelineCredits(text, out).length, 3);
  // far into the text the shape is no dateline
  const late = `${'Long introduction. '.repeat(30)}\nKEY POINTS (FAQ) - read on.`;
  assert.equal(addDatelineCredits(late, []).length, 0);
  assert.ok(typed('OSLO (AFX) _ Shares rose on Tuesday.').includes('AFX/ORG'));
});

test('constitutions and charters named "of" something are works', () => {
  const out = typed('Judges cited the Kenyan Constitution, the Treaty of Lisbon and the Charter of Rights. Bill Evans of Denver spoke.');
  assert.ok(out.includes('Kenyan Constitution/MISC'), out.join(' '));
  assert.ok(out.includes('Treaty of Lisbon/MISC'), out.join(' '));
  assert.ok(out.includes('Charter of Rights/MISC'), out.join(' '));
  assert.ok(out.includes('Bill Evans/PER'), out.join(' '));
});
