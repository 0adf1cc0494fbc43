import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { typePublisherNames } from '../../../src/pipeline/entities/outlet-names.js';

const m = (text: string, type: Mention['type'], start = 0): Mention => ({ start, end: start + text.length, type, text });

test('a name that is the page\'s publisher is that outlet, an organisation, settled', () => {
  const out = typePublisherNames([m('Harrow Ledger', 'LOC'), m('the Harrow Ledger', 'MISC', 40), m('Harrow', 'LOC', 80)], 'The Harrow Ledger');
  assert.deepEqual(out.map((x) => `${x.type}:${x.text}:${x.typeSettled ?? false}`), ['ORG:Harrow Ledger:true', 'ORG:the Harrow Ledger:true', 'LOC:Harrow:false']);
});

test('no publisher, or a name the tagger read as a person: unchanged', () => {
  const people = [m('Dana Holt', 'PER')];
  assert.equal(typePublisherNames(people, null), people);
  assert.deepEqual(typePublisherNames(people, 'Dana Holt').map((x) => x.type), ['PER']);
});

test('a publisher handle that runs its words together still names the outlet the text spaces out', () => {
  const out = typePublisherNames([m('The Pike Courier', 'LOC'), m('Pike', 'LOC', 40)], 'ThePikeCourier');
  assert.deepEqual(out.map((x) => `${x.type}:${x.text}`), ['ORG:The Pike Courier', 'LOC:Pike']);
  // a handle in capitals is matched as written too
  assert.deepEqual(typePublisherNames([m('ZQNews', 'PER'), m('ZQNews', 'LOC', 20)], 'ZQNews').map((x) => x.type), ['PER', 'ORG']);
});

test('a place stays a place unless the text writes it as the page writes the publisher', () => {
  // "marlowe" is the site's slug; the dateline and the text name the town
  const slug = typePublisherNames([m('MARLOWE', 'LOC'), m('Marlowe', 'LOC', 30)], 'marlowe');
  assert.deepEqual(slug.map((x) => `${x.type}:${x.text}`), ['LOC:MARLOWE', 'LOC:Marlowe']);
  assert.deepEqual(typePublisherNames([m('MARLOWE', 'LOC'), m('Quillion', 'LOC', 30)], 'Quillion').map((x) => x.type), ['LOC', 'ORG']);
  // written as the page writes the outlet's name, it is the outlet; read as a title, the outlet's name settles it whatever the case
  assert.deepEqual(typePublisherNames([m('Marlowe Gazette', 'LOC'), m('MARLOWE GAZETTE', 'MISC', 30)], 'The Marlowe Gazette').map((x) => x.type), ['ORG', 'ORG']);
});
