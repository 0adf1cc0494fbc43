// A relative clause set off by commas between the speaker and the verb of speaking before a
// quotation ("Ann Lee, who …, told the court in a low voice, “…”"): the name it describes speaks.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { resolverOf } from './speaker-referent.js';
import { firstTokenAtOrAfter } from '../../../src/pipeline/context/document.js';
import { speakerBeforeInsertion } from '../../../src/pipeline/facts/quotes/insertion-before.js';

/** The phrase speakerBeforeInsertion gives for the verb written as `verb` in the fixture, as text. */
function phraseBefore(text: string, names: string[], verb: string): string | null {
  const { ctx } = resolverOf({ text, names: { PER: names } });
  const v = firstTokenAtOrAfter(ctx.toks, text.indexOf(verb));
  const r = speakerBeforeInsertion(ctx, v);
  return r ? text.slice(ctx.toks[r.a].start, ctx.toks[r.b - 1].end) : null;
}

test('the name before a "who" clause ending at the verb is the speaker phrase', () => {
  const text = 'Marta Lindqvist, who ran the ticket office for eleven years before it closed, told the inspectors in a quiet voice, "Nobody ever asked us about the engines."';
  assert.equal(phraseBefore(text, ['Marta Lindqvist'], ' told'), 'Marta Lindqvist');
});

test('no "who" clause, or no name before it: no speaker phrase', () => {
  assert.equal(phraseBefore('In Bergen, after the storm, the mayor told reporters, "We were lucky."', [], ' told'), null);
  assert.equal(phraseBefore('The boat, which sank twice, told us nothing, "We were lucky."', [], ' told'), null);
});

test('the whole pipeline gives such a quotation to the name', () => {
  const text = 'The ferry company lost its licence in March.\n\nMarta Lindqvist, who ran the ticket office for eleven years before it closed, told the inspectors in a quiet voice, "Nobody ever asked us about the engines," as the hearing fell silent.';
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.startsWith('Nobody'));
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Marta Lindqvist');
});
