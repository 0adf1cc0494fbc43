// What a phrase of a fixture resolves to under the speaker step's own resolver (the resolution
// `eval entity-coref` measures): shared by the tests of pronouns and descriptions.
import assert from 'node:assert/strict';
import { buildInput, type FixtureSpec } from './helpers.js';
import { buildContext, firstTokenAtOrAfter, type FactsContext } from '../../../src/pipeline/context/document.js';
import type { SpeakerResolver } from '../../../src/pipeline/reference/resolver.js';
import { resolveSpeakers } from '../../../src/pipeline/facts/index.js';
import { segment } from '../../../src/pipeline/segment/index.js';
import { loadSyntaxModel, parseDocument } from '../../../src/pipeline/syntax/index.js';

/**
 * The facts context of a fixture, parsed, and the speaker step's resolver over it. keyed: each name
 * is an entity of its own (its text its id), as the entities stage would key it.
 */
export function resolverOf(spec: FixtureSpec, { keyed = false } = {}): { ctx: FactsContext; speakers: SpeakerResolver } {
  const input = buildInput(spec);
  const segmentation = segment(spec.text);
  const syntax = parseDocument(spec.text, segmentation, loadSyntaxModel());
  const mentions = keyed ? input.mentions.map((m) => ({ ...m, entityId: m.text })) : input.mentions;
  const ctx = buildContext(input.doc, segmentation, mentions, input.places, input.times, syntax);
  return { ctx, speakers: resolveSpeakers(ctx, { doc: input.doc, segmentation, syntax }).speakers };
}

/** What the phrase at its `nth` occurrence (0-based) resolves to: the name, or null for nobody or a description. */
export function referentOf(spec: FixtureSpec, phrase: string, nth = 0): string | null {
  const { ctx, speakers } = resolverOf(spec);
  let at = -1;
  for (let k = 0; k <= nth; k++) at = spec.text.indexOf(phrase, at + 1);
  assert.ok(at >= 0, `"${phrase}" #${nth} is in the text`);
  const from = firstTokenAtOrAfter(ctx.toks, at);
  let to = from;
  while (to < ctx.toks.length && ctx.toks[to].start < at + phrase.length) to++;
  const r = speakers.resolve(from, to);
  return r && r.kind !== 'description' ? r.name : null;
}
