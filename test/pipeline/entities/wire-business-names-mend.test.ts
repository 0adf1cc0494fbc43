// The review's cases against the wire/business name passes: an appositive after a company is no
// town, settled types stand, a person's or a curated company's unit keeps its owner apart, a large
// town stays a place before "unit", a bracket must hold a place, "family" before a noun or after a
// common word names no family.
import test from 'node:test';
import assert from 'node:assert/strict';
import { townsBeforeRegion } from '../../../src/pipeline/entities/town-in-region.js';
import { joinPossessiveNames } from '../../../src/pipeline/entities/possessive-names.js';
import { typeFamilyNames } from '../../../src/pipeline/entities/family-names.js';
import { typeCompanyUnits } from '../../../src/pipeline/entities/company-units.js';
import { typeCompanyNames } from '../../../src/pipeline/entities/company-names.js';
import { analyseText } from '../../fixtures/analyse-text.js';
import { tag } from '../../fixtures/tagged-names.js';


function typed(text: string): string[] {
  return analyseText(`Business news\n\n${text}`).mentions.map((m) => `${m.text}/${m.type}`);
}

test("a country's possessive after a name is an appositive, not the name's region", () => {
  const text = "Nokia, Finland's largest company, and Jackson, Mississippi's senior senator, spoke.";
  const out = townsBeforeRegion(text, tag(text, [['Nokia', 'ORG'], ['Finland', 'LOC'], ['Jackson', 'PER'], ['Mississippi', 'LOC']]));
  assert.deepEqual(out.map((m) => m.type), ['ORG', 'LOC', 'PER', 'LOC']);
  assert.ok(typed("Toyota, Japan's biggest carmaker, raised its forecast.").includes('Toyota/ORG'));
});

test('the "Peoria, Ill." shape still reads the town, before a stop or a lower-case noun', () => {
  const text = 'Shares of the Peoria, Ill. lender rose. It is based in Dar es Salaam, Tanzania.';
  const out = townsBeforeRegion(text, tag(text, [['Peoria', 'ORG'], ['Ill.', 'LOC'], ['Dar es Salaam', 'PER'], ['Tanzania', 'LOC']]));
  assert.deepEqual(out.map((m) => m.type), ['LOC', 'LOC', 'LOC', 'LOC']);
  // the shape outweighs the noun after it, which describes the whole phrase
  assert.ok(typed('Harbor Trust agreed to buy the Peoria, Ill., bank holding company last year.').includes('Peoria/LOC'));
});

test("a curated name stands against the town pass, a settled type against the possessive and family passes", () => {
  const a = 'Toyota, Ohio, said so.';
  const towns = tag(a, [['Toyota', 'ORG'], ['Ohio', 'LOC']]);
  towns[0] = { ...towns[0], typeSettled: true };
  assert.equal(townsBeforeRegion(a, towns, new Set(["Toyota"]))[0].type, "ORG");
  const b = 'The Corvan family of jets grew, and Corvan said the Corvan family shrank.';
  const fam = tag(b, [['Corvan', 'ORG'], ['Corvan', 'ORG'], ['Corvan', 'ORG']]);
  fam[1] = { ...fam[1], typeSettled: true };
  assert.deepEqual(typeFamilyNames(b, fam).map((m) => m.type), ['ORG', 'ORG', 'ORG']);
  const c = "Quell's Arden Systems Inc. said so.";
  const pos = tag(c, [['Quell', 'ORG'], ['Arden Systems Inc.', 'ORG']]);
  pos[0] = { ...pos[0], typeSettled: true };
  assert.equal(joinPossessiveNames(c, pos).length, 2);
});

test("a person's company and an owner written alone stay apart from the unit", () => {
  const a = "Martin Oduya's Sandline Holdings Inc. bought shares.";
  assert.equal(joinPossessiveNames(a, tag(a, [['Martin Oduya', 'PER'], ['Sandline Holdings Inc.', 'ORG']])).length, 2);
  const b = "Pemvale's Beacon Audio LLC said it would hire. Pemvale shares rose.";
  assert.equal(joinPossessiveNames(b, tag(b, [['Pemvale', 'ORG'], ['Beacon Audio LLC', 'ORG'], ['Pemvale', 'ORG']])).length, 3);
  assert.ok(typed("Warren Buffett's Berkshire Hathaway Inc. bought shares.").includes('Berkshire Hathaway Inc./ORG'));
});

test('a unit written alone is a whole name, not a word inside another ("Bay" in "eBay")', () => {
  const text = "Tarrow's Bay Co. said sales rose at eBay.";
  const out = joinPossessiveNames(text, tag(text, [['Tarrow', 'PER'], ['Bay Co.', 'ORG'], ['eBay', 'ORG']]));
  assert.deepEqual(out.map((m) => m.text), ["Tarrow's Bay Co.", 'eBay']);
});

test('a large town before "unit" stays a place; an unknown name is the unit', () => {
  const text = "Halvard Corp.'s Jamshedpur unit and Halvard Corp.'s Ostrow Farms unit";
  const { mentions } = typeCompanyUnits(text, tag(text, [['Halvard Corp.', 'ORG'], ['Jamshedpur', 'LOC'], ['Halvard Corp.', 'ORG'], ['Ostrow Farms', 'LOC']]));
  assert.deepEqual(mentions.map((m) => m.type), ['ORG', 'LOC', 'ORG', 'ORG']);
});

test('a bracketed place before a designator is part of the company; a bracketed party is not', () => {
  const a = 'Velmont (Ireland) Ltd. paid tax.';
  const one = typeCompanyNames(tag(a, [['Velmont', 'PER'], ['Ireland', 'LOC'], ['Ltd.', 'ORG']]), a);
  assert.deepEqual(one.mentions.map((m) => `${m.text}/${m.type}`), ['Velmont (Ireland) Ltd./ORG']);
  assert.equal(one.settled.size, 1);
  const b = 'He thanked John Tavey (Democrat) Co. workers.';
  const two = typeCompanyNames(tag(b, [['John Tavey', 'PER'], ['Democrat', 'MISC'], ['Co.', 'ORG']]), b);
  assert.equal(two.mentions[0].type, 'PER');
});

test('"family" modifying a noun, or after a word WordNet has only as a common noun, names no family', () => {
  const text = 'Sales of the Galaxy family rose, and the Marbury family sold its stake.';
  const out = typeFamilyNames(text, tag(text, [['Galaxy', 'MISC'], ['Marbury', 'MISC']]));
  assert.deepEqual(out.map((m) => m.type), ['MISC', 'PER']);
  assert.ok(!typed('The Nobel family foundation gave money to the school.').includes('Nobel/PER'));
});
