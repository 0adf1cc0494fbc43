// A product's versions written as its short name with a number glued on ("IE8", "IE11") are that
// product, where the article writes the short name alone; a letter with a number ("M23") is no
// version of anything. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { splitVersion } from '../../../src/pipeline/entities/versioned-names.js';

test('a version glued to a short name is split off; one letter or a long number is not a version', () => {
  assert.deepEqual(splitVersion('IE11'), { stem: 'IE', version: '11' });
  assert.equal(splitVersion('M23'), null);
  assert.equal(splitVersion('FY2012'), null);
  assert.equal(splitVersion('Windows'), null);
});

test('"IE6" through "IE11" are the browser the article calls "Internet Explorer (IE)"', () => {
  const a = analyseText('Hackers are attacking a hole in the Internet Explorer (IE) browser, the company said. The flaw affects IE6 through IE11, and a patch for IE8 will come first.');
  const browser = a.mentions.find((m) => m.text === 'Internet Explorer');
  assert.ok(browser?.entityId);
  for (const v of ['IE', 'IE6', 'IE11', 'IE8']) {
    const m = a.mentions.find((x) => x.text === v);
    assert.equal(m?.entityId, browser.entityId, `${v}: ${JSON.stringify(m)}`);
    assert.equal(m?.canonical, 'Internet Explorer');
  }
});

test('a versioned word whose short name the article never writes alone is left as it is', () => {
  const a = analyseText('The lab said the XR7 sensor failed its first test on Monday.');
  assert.ok(!a.mentions.some((m) => m.canonical === 'XR'), JSON.stringify(a.mentions));
});

test('a place\'s code has no versions, and a word WordNet knows as a noun is none ("CO2", "DC10")', () => {
  const a = analyseText('Emissions in Denver, CO have risen. CO2 levels in the city hit a record in May.');
  const co = a.mentions.find((m) => m.text === 'CO');
  const co2 = a.mentions.find((m) => m.text === 'CO2');
  assert.ok(!co2 || co2.entityId !== co?.entityId, JSON.stringify(co2));
  const b = analyseText('Police in Washington, DC said the DC10 landed safely at the airport.');
  const dc = b.mentions.find((m) => m.text === 'DC');
  const dc10 = b.mentions.find((m) => m.text === 'DC10');
  assert.ok(!dc10 || (dc10.entityId !== dc?.entityId && dc10.type !== 'LOC'), JSON.stringify(dc10));
});
