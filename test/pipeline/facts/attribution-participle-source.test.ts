import test from 'node:test';
import assert from 'node:assert/strict';
import { withParticipleSources } from '../../../src/pipeline/facts/quotes/participle-source.js';
import type { TokenRelation } from '../../../src/pipeline/facts/quotes/attribute.js';
import type { AttributionTokens } from '../../../src/pipeline/facts/quotes/tokens.js';
import { at, flatParse, view, type TokenRange } from './attribution-views.js';

/** A flat parse whose given words are tagged as verbs (what the rule reads of the parse). */
function tagged(text: string, verbs: string[]): AttributionTokens {
  const v = flatParse(view(text));
  for (const w of verbs) v.syntax!.upos[at(v, w).from] = 'VERB';
  return v;
}

const rel = (cue: TokenRange, source: TokenRange | null, content: TokenRange[] = []): TokenRelation => ({ cue, source, content });

test('a participle after a comma shares the source of the attribution before it', () => {
  const v = tagged('The ferry operator cancelled the crossings, citing gales in the strait.', ['cancelled', 'citing']);
  const first = rel(at(v, 'cancelled'), at(v, 'The ferry operator'), [at(v, 'the crossings')]);
  const second = rel(at(v, 'citing'), null, [at(v, 'gales in the strait')]);
  const out = withParticipleSources(v, [first, second]);
  assert.equal(out[0], first);
  assert.deepEqual(out[1].source, at(v, 'The ferry operator'));
  // inverted: the source after the first cue
  const w = tagged('“The bridge stays shut,” wrote the engineer, warning of cracks.', ['wrote', 'warning']);
  const out2 = withParticipleSources(w, [rel(at(w, 'wrote'), at(w, 'the engineer')), rel(at(w, 'warning'), null)]);
  assert.deepEqual(out2[1].source, at(w, 'the engineer'));
});

test('no comma, another sentence, a source of its own or a phrase like "according to": unchanged', () => {
  const v = tagged('The coach resigned after losing the final.', ['resigned', 'losing']);
  const loose = rel(at(v, 'losing'), null);
  assert.equal(withParticipleSources(v, [rel(at(v, 'resigned'), at(v, 'The coach')), loose])[1], loose);
  const s = tagged('The mayor spoke. Hoping for rain, farmers waited.', ['spoke', 'Hoping']);
  const hoping = rel(at(s, 'Hoping'), null);
  assert.equal(withParticipleSources(s, [rel(at(s, 'spoke'), at(s, 'The mayor')), hoping])[1], hoping);
  const a = tagged('Exports fell, according to the customs office.', ['fell']);
  const according = rel(at(a, 'according to'), null);
  assert.equal(withParticipleSources(a, [rel(at(a, 'fell'), at(a, 'Exports')), according])[1], according);
  const own = tagged('The club denied it, with its lawyer adding that talks went on.', ['denied', 'adding']);
  const added = rel(at(own, 'adding'), at(own, 'its lawyer'));
  assert.equal(withParticipleSources(own, [rel(at(own, 'denied'), at(own, 'The club')), added])[1], added);
  // the attribution before it has no source either: nothing to share
  const n = tagged('It was announced, adding to the confusion.', ['announced', 'adding']);
  const none = rel(at(n, 'adding'), null);
  assert.equal(withParticipleSources(n, [rel(at(n, 'announced'), null), none])[1], none);
  // the parse reads it as no verb ("a setting", a noun): unchanged
  const noun = flatParse(view('The jury agreed, something nobody expected.'));
  const r = rel(at(noun, 'something'), null);
  assert.equal(withParticipleSources(noun, [rel(at(noun, 'agreed'), at(noun, 'The jury')), r])[1], r);
});
