import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { bracketedOtherNames } from '../../../src/pipeline/entities/bracketed-names.js';
import { definedAcronyms } from '../../../src/pipeline/entities/acronym-definitions.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import { installedWordNet } from '../../../src/pipeline/lexicons/wordnet.js';
import { createAliasTable } from '../../../src/pipeline/entities/aliases.js';

function tag(text: string, spans: [string, Mention['type']][]): Mention[] {
  return spans.map(([name, type]) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, type, text: name }));
}

test('a local acronym or name in brackets after a body\'s English name stands for it', () => {
  const text = 'The Harbour Safety Board (VTR) closed the port, and the Regional Audit Court (Tribunal Regional de Contas) opened a case.';
  const out = bracketedOtherNames(text, tag(text, [['Harbour Safety Board', 'ORG'], ['VTR', 'ORG'], ['Regional Audit Court', 'ORG'], ['Tribunal Regional', 'MISC']]), new Set(['Mr']));
  assert.deepEqual(out.map((m) => `${m.type}:${m.text}${m.expands ? ` = ${m.expands}` : ''}`), [
    'ORG:Harbour Safety Board', 'ORG:VTR = Harbour Safety Board', 'ORG:Regional Audit Court', 'ORG:Tribunal Regional de Contas = Regional Audit Court',
  ]);
  for (const m of out) assert.equal(text.slice(m.start, m.end), m.text);
  const resolved = resolveDocumentEntities(out, createAliasTable([]));
  assert.equal(resolved[1].canonical, 'Harbour Safety Board');
  assert.equal(resolved[3].canonical, 'Regional Audit Court');
});

test('tickers, places, party and state, a person, and a one-word name are not other names', () => {
  const text = 'Brindle Foods Corp (NYSE: BFC) and Corvel Pharma Group (CPG.N) rose; Talbot Steel Works (Belgium) and Harwell Mining Ltd (UK) fell. '
    + 'Senator Jo Mills (D-Ore.) asked Eastgate Shipping Lines (Anna Berg) and Quillon (QLN) to explain.';
  const mentions = tag(text, [
    ['Brindle Foods Corp', 'ORG'], ['Corvel Pharma Group', 'ORG'], ['Talbot Steel Works', 'ORG'], ['Belgium', 'LOC'], ['Harwell Mining Ltd', 'ORG'], ['UK', 'LOC'],
    ['Jo Mills', 'PER'], ['Eastgate Shipping Lines', 'ORG'], ['Anna Berg', 'PER'], ['Quillon', 'ORG'],
  ]);
  assert.equal(bracketedOtherNames(text, mentions, new Set(['Mr'])), mentions);
});

test('brackets inside a company\'s name, and a name run across a comma, give no other name', () => {
  const text = 'Shares of Lantern Bay (Holdings) Ltd and Orchid Marine (Pte) Ltd fell as the Treasury, the Fed (Federal Reserve Board) and others met.';
  const mentions = tag(text, [['Lantern Bay', 'ORG'], ['Orchid Marine', 'ORG'], ['Treasury, the Fed', 'ORG'], ['Federal Reserve Board', 'ORG']]);
  assert.equal(bracketedOtherNames(text, mentions, new Set(['Mr'])), mentions);
});

test('a plural after a plural in brackets is a kind of thing, not a body\'s other name', () => {
  const text = 'The ward has six Mobile Dialysis Units (MDUs) and two Rapid Response Teams (Equipos Rapidos).';
  const mentions = tag(text, [['Mobile Dialysis Units', 'ORG'], ['Rapid Response Teams', 'ORG']]);
  assert.equal(bracketedOtherNames(text, mentions, new Set(['Mr'])), mentions);
});

test('an acronym spelled by longer word beginnings defines the whole name when the tagger found only its last words', () => {
  const text = 'Members of the Coastal Lighthouse Keepers Union (COLKU) walked out.';
  const out = definedAcronyms(text, tag(text, [['Keepers Union', 'ORG']]));
  assert.deepEqual(out.map((m) => `${m.type}:${m.text}${m.expands ? ` = ${m.expands}` : ''}`), [
    'ORG:Coastal Lighthouse Keepers Union', 'ORG:COLKU = Coastal Lighthouse Keepers Union',
  ]);
});

test('a title the tagger took for an organisation, with its translation in brackets, is no body', { skip: installedWordNet() ? false : 'WordNet is not installed' }, () => {
  const text = 'The Federal Chancellor (Bundeskanzler) met the Crown Solicitor (CSO) and the Harbour Safety Board (Hafenamt).';
  const mentions = tag(text, [['Federal Chancellor', 'ORG'], ['Crown Solicitor', 'ORG'], ['Harbour Safety Board', 'ORG']]);
  assert.deepEqual(bracketedOtherNames(text, mentions, new Set(['Mr'])).filter((m) => m.expands).map((m) => `${m.text} = ${m.expands}`), ['Hafenamt = Harbour Safety Board']);
});
