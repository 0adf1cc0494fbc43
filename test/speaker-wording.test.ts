// A source as written can stop inside a bracket: the attribution's span of "The International
// Organization for Migration (IOM) said" ends before ")". Every page, listing and export shows
// the words without the stray bracket (invented names below).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { balancedPart, balancedWritten, speakerLine, speakerWording } from '../src/speaker-wording.js';

test('a bracket opened and never closed is cut off with what follows it', () => {
  assert.equal(balancedWritten('the Velmora Harbour Board (VHB'), 'the Velmora Harbour Board');
  assert.equal(balancedWritten('a spokesman [for the board'), 'a spokesman');
  // brackets that close stay
  assert.equal(balancedWritten('the board (VHB) chairman'), 'the board (VHB) chairman');
  assert.equal(balancedWritten('officials,'), 'officials');
});

test('a bracket closed and never opened is cut off with what precedes it', () => {
  assert.equal(balancedWritten('VHB) officials'), 'officials');
  assert.equal(balancedWritten('the harbour board)'), 'the harbour board');
});

test('a stray bracket alone keeps the words inside it', () => {
  assert.equal(balancedWritten('(VHB'), 'VHB');
  assert.equal(balancedWritten('  '), '');
});

test('the part is given as offsets into the words as written', () => {
  const written = ' the Velmora Harbour Board (VHB';
  const part = balancedPart(written);
  assert.equal(written.slice(part.start, part.end), 'the Velmora Harbour Board');
});

test('an unidentified speaker cut inside a bracket is shown without it', () => {
  assert.deepEqual(speakerWording({ speaker: 'harbour board', speakerText: 'the harbour board (VHB' }), { text: '“the harbour board”', identified: false });
  assert.equal(speakerLine({ speaker: 'Velmora Harbour Board', speakerText: 'the Velmora Harbour Board (VHB', speakerEntityId: 'ent_vhb' }), 'Velmora Harbour Board');
});
