// A fronted adverbial that derailed the parse is parsed apart from the main clause; the main verb gets
// its subject back, and sentences the parser already gets right keep their parse.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentences } from '../../../src/pipeline/syntax/analyse.js';
import { loadSyntaxModel } from '../../../src/pipeline/syntax/index.js';

const words = (s: string) => s.split(' ');

function rootAndSubject(forms: string[], heads: Int32Array, deprels: string[]): [string, string[]] {
  const root = heads.indexOf(-1);
  const subjects = forms.filter((_, i) => heads[i] === root && deprels[i].startsWith('nsubj'));
  return [forms[root], subjects];
}

test('a main clause derailed by its fronted adverbial gets its root and subject back', () => {
  const model = loadSyntaxModel();
  // each of these loses its subject (or its root) without the repair
  const cases: Array<[string, string, string]> = [
    ['In Oslo , ministry spokesman Kari Berg said the talks would resume .', 'said', 'Kari'],
    ['In a statement released after the vote , Lopez and Garcia called for calm .', 'called', 'Lopez'],
    ['In the half year ended Sept. 30 , the brewer reported sales of $ 9 million .', 'reported', 'brewer'],
  ];
  for (const [sentence, verb, subject] of cases) {
    const forms = words(sentence);
    const [bare] = analyseSentences(model, [forms]);
    const [fixed] = analyseSentences(model, [forms], { repair: true });
    assert.notDeepEqual(rootAndSubject(forms, bare.heads, bare.deprels), [verb, [subject]], `the bare parse already gets "${sentence}" right`);
    assert.deepEqual(rootAndSubject(forms, fixed.heads, fixed.deprels), [verb, [subject]], sentence);
    assert.equal(fixed.heads.filter((h) => h < 0).length, 1, 'one root');
    assert.ok(fixed.heads.indexOf(-1) > forms.indexOf(','), 'the root is in the main clause, not the adverbial');
  }
});

test('a sentence the parser already gets right is left as it is', () => {
  const model = loadSyntaxModel();
  const forms = words('In Geneva , the two delegations met for six hours .');
  const [bare] = analyseSentences(model, [forms]);
  const [repaired] = analyseSentences(model, [forms], { repair: true });
  assert.deepEqual(repaired, bare);
  assert.deepEqual(rootAndSubject(forms, bare.heads, bare.deprels), ['met', ['delegations']]);
});

test('a first comma that does not close the adverbial leaves the parse as it is', () => {
  const model = loadSyntaxModel();
  // the words before the comma are a clause with its own subject, or a coordinator follows the comma
  for (const sentence of [
    'At one point the rebels held the airport , but the army retook it on Monday .',
    'In March the company cut 200 jobs , and in May it closed two plants .',
    'In 2019 Smith joined the bank , where he ran the bond desk .',
    'On Sunday police arrested two men in Goma , and prosecutors charged them with murder on Monday .',
  ]) {
    const forms = words(sentence);
    const [bare] = analyseSentences(model, [forms]);
    const [repaired] = analyseSentences(model, [forms], { repair: true });
    assert.deepEqual(repaired, bare, sentence);
  }
});
