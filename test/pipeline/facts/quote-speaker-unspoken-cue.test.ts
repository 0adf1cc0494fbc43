// A relation whose cue is no verb of saying ("must accept", "hope") does not speak for a quotation
// that its own sentence attributes right after it ("…,” she said"). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { modelCueUnspoken } from '../../../src/pipeline/facts/quotes/own-attribution.js';
import type { TokenRelation } from '../../../src/pipeline/facts/quotes/attribute.js';
import type { DocumentContext, QuoteRegion } from '../../../src/pipeline/context/document.js';
import { resolverOf } from './speaker-referent.js';

const TEXT = 'Growers must also accept that "the harvest would be far smaller without the new canal," Ilse Varga said. Growers told the council that "the harvest would be far smaller without the new canal."';

function tokenRange(ctx: DocumentContext, phrase: string, nth = 0): { from: number; to: number } {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = ctx.text.indexOf(phrase, at + 1);
  const from = ctx.toks.findIndex((t) => t.start >= at);
  let to = from;
  while (to < ctx.toks.length && ctx.toks[to].start < at + phrase.length) to++;
  return { from, to };
}

function setting(): { ctx: DocumentContext; quotations: QuoteRegion[] } {
  const { ctx } = resolverOf({ text: TEXT, names: { PER: ['Ilse Varga'] } });
  return { ctx, quotations: ctx.quotes };
}

const relation = (ctx: DocumentContext, cue: string, nth: number): TokenRelation => ({
  source: tokenRange(ctx, 'Growers', nth),
  cue: tokenRange(ctx, cue, 0),
  content: [tokenRange(ctx, 'the harvest would be far smaller without the new canal', nth)],
});

test('a cue of accepting before the quotation is no verb of saying', () => {
  const { ctx, quotations } = setting();
  assert.equal(quotations.length, 2);
  assert.equal(modelCueUnspoken(ctx, quotations[0], relation(ctx, 'must also accept', 0)), true);
});

test('a cue of telling is a verb of saying, and no relation at all says nothing', () => {
  const { ctx, quotations } = setting();
  assert.equal(modelCueUnspoken(ctx, quotations[1], relation(ctx, 'told', 1)), false);
  assert.equal(modelCueUnspoken(ctx, quotations[0], null), false);
});

test('the quotation followed by its own "…," X said goes to X, not to the subject before it', async () => {
  const { analyseText } = await import('../../fixtures/analyse-text.js');
  const quotes = analyseText(`The canal vote is due on Monday. ${TEXT.split('. Growers told')[0]}.`).quotes;
  const q = quotes.find((x) => x.kind === 'direct' && x.text.includes('harvest'));
  assert.equal(q?.speaker, 'Ilse Varga');
});
