import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupClaims, type ClaimInput } from '../../src/corpus/claims/group.js';
import { claimInterval, lastDigitUnit, relationOf } from '../../src/corpus/claims/relation.js';

function claim(docId: string, value: number, qualifier: ClaimInput['qualifier'], what: string, source: string | null, extra: Partial<ClaimInput> = {}): ClaimInput {
  return { docId, start: 0, end: 1, value, qualifier, what, source, evidence: `${value} ${what}`, ...extra };
}

test('"about" spans one unit of the last significant digit', () => {
  assert.equal(lastDigitUnit(1700), 100);
  assert.equal(lastDigitUnit(3000), 1000);
  assert.equal(lastDigitUnit(2.5), 0.1);
  assert.deepEqual(claimInterval(1700, 'about'), [1600, 1800]);
  assert.deepEqual(claimInterval(2500, 'up_to'), [0, 2500]);
  assert.deepEqual(claimInterval(40, 'at_least'), [40, Infinity]);
});

test('relations: same value, differing estimates, contradictory, update over time', () => {
  const r = (...cs: Array<[string, number, ClaimInput['qualifier'], string?]>) =>
    relationOf(cs.map(([docId, value, qualifier, published]) => ({ docId, value, qualifier, published })), 'killed');
  assert.equal(r(['a', 120, 'exact'], ['b', 120, 'exact']), 'same');
  assert.equal(r(['a', 1700, 'about'], ['b', 2500, 'up_to']), 'estimates');
  assert.equal(r(['a', 120, 'exact'], ['b', 95, 'exact']), 'contradictory');
  assert.equal(r(['a', 300, 'at_least'], ['b', 250, 'up_to']), 'contradictory');
  // a toll that rises from the earlier report to the later one is an update, not a dispute
  assert.equal(r(['a', 38000, 'exact', '2004-12-27'], ['b', 140000, 'exact', '2005-01-03'], ['c', 150000, 'about', '2005-01-10']), 'update');
  // …but one that falls later is not
  assert.equal(r(['a', 150000, 'exact', '2004-12-27'], ['b', 38000, 'exact', '2005-01-03']), 'contradictory');
  // two figures in one report are no disagreement
  assert.equal(r(['a', 10, 'exact'], ['a', 12, 'exact']), 'same');
});

test('a group needs the same quantity, the same unit, two reports and two sources, and says why', () => {
  const groups = groupClaims([
    claim('a', 800, 'about', 'Peruvian citizens detained at the border', 'the interior ministry', { unit: 'citizens' }),
    claim('b', 1200, 'up_to', 'Peruvians detained in border operations', 'a rights group', { unit: 'Peruvians' }),
    // the same words in dollars are another quantity
    claim('c', 5e6, 'exact', 'Peruvian citizens detained', 'the interior ministry', { unit: 'USD' }),
    // one source, repeated in two reports, is not a comparison
    claim('d', 30, 'exact', 'Chilean nationals detained', 'police', { unit: 'nationals' }),
    claim('e', 35, 'exact', 'Chilean nationals detained', 'police', { unit: 'nationals' }),
  ]);
  assert.equal(groups.length, 1);
  assert.equal(groups[0].relation, 'estimates');
  assert.equal(groups[0].disputed, true);
  assert.deepEqual(groups[0].claims.map((c) => c.value).sort((x, y) => x - y), [800, 1200]);
  assert.match(groups[0].reason, /PE.*people.*detained.*2 reports/);
});

test('figures whose sentences name different years are different quantities', () => {
  const groups = groupClaims([
    claim('a', 400, 'exact', 'Bolivian migrants detained', 'ministry', { context: 'In 2019, 400 Bolivian migrants were detained.' }),
    claim('b', 650, 'exact', 'Bolivian migrants detained', 'agency', { context: 'In 2021, 650 Bolivian migrants were detained.' }),
  ]);
  assert.deepEqual(groups, []);
});

test('figures one report states that cannot all hold form a contradictory group of their own', () => {
  const reason = '"threefold" rise in sales against 90m up from 45bn: a ratio of 0.002, not 3';
  const spans = [{ start: 10, end: 19 }, { start: 60, end: 63 }, { start: 75, end: 80 }];
  const others = (i: number) => spans.filter((_, j) => j !== i);
  const groups = groupClaims([
    claim('d', 3, 'exact', 'rise in sales', null, { ...spans[0], unit: 'times', conflict: { with: others(0), reason } }),
    claim('d', 90e6, 'exact', 'sales', 'Acme', { ...spans[1], unit: 'EUR', conflict: { with: others(1), reason } }),
    claim('d', 45e9, 'exact', 'sales', 'Acme', { ...spans[2], unit: 'EUR', conflict: { with: others(2), reason } }),
    claim('d', 12, 'exact', 'stores', 'Acme', { start: 90, end: 92 }),
  ]);
  assert.equal(groups.length, 1);
  assert.equal(groups[0].relation, 'contradictory');
  assert.deepEqual(groups[0].claims.map((c) => c.value), [3, 90e6, 45e9]);
  assert.match(groups[0].reason, /ratio of 0\.002/);
});

test('people of a named body are not the document country\'s population, and tolls of one nationality are grouped only by their event', () => {
  // two American stories: a union's members on strike and a board's members are different populations
  const bodies = groupClaims([
    claim('a', 900, 'about', 'members of the bakers\' union', null, { documentCountry: 'US', unit: 'members' }),
    claim('b', 5, 'exact', 'members of the hospital board', 'the hospital', { documentCountry: 'US', unit: 'members' }),
    claim('c', 300, 'exact', 'Harbor Mills workers', 'Harbor Mills', { documentCountry: 'US', unit: 'workers', context: '300 Harbor Mills workers joined the walkout.' }),
    claim('d', 40, 'exact', 'Lakeside Foods workers', 'the union', { documentCountry: 'US', unit: 'workers', context: '40 Lakeside Foods workers joined the walkout.' }),
  ]);
  assert.deepEqual(bodies, []);
  // soldiers of one country killed in a battle one week and another the next are two incidents, not a dispute
  const tolls = groupClaims([
    claim('a', 300, 'exact', 'Chilean soldiers killed', 'the army', { published: '2026-03-01' }),
    claim('b', 120, 'about', 'Chilean troops killed', 'a monitor', { published: '2026-03-09' }),
  ]);
  assert.deepEqual(tolls, []);
});
