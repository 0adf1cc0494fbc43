// Event nouns and official steps: news conferences, strikes, protests told by their crowd, military and
// security operations, a court refusing, an appeal lodged. Generic or foreseen ones keep their status. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function events(text: string): string[] {
  return analyseText(`World news\n\n${text}`).events.map((e) => `${e.type}:${e.status}:${e.trigger.text}`);
}

test('a news conference told or spoken at is a meeting', () => {
  assert.deepEqual(events('Maria Olsen told a news conference on Friday that the border would reopen.'), ['meeting:asserted:conference']);
  assert.deepEqual(events('The minister said at a press conference in Oslo that talks had failed.'), ['meeting:asserted:conference']);
});

test('a strike is a stoppage only when told as one; an air strike is an attack', () => {
  assert.deepEqual(events('Dock workers in Rotterdam went on strike on Monday over pay.'), ['strike:asserted:strike']);
  assert.deepEqual(events('Unions staged a one-day strike in Lisbon on Thursday.'), ['strike:asserted:strike']);
  assert.deepEqual(events('An air strike on the village killed four people on Sunday.'), ['attack:asserted:strike']);
  assert.deepEqual(events('The striker hit a lucky strike in the second half.'), []);
  assert.deepEqual(events('Strikes are costly for everyone.'), []);
  assert.deepEqual(events('The company said a strike would hurt its profits.'), []);
});

test('a strike foreseen is planned, not reported', () => {
  assert.deepEqual(events('Ferry crews are almost certain to go on strike this spring, a union official said.'), ['strike:planned:strike']);
});

test('protesters or a crowd that march, gather or throng a place protest; others do not', () => {
  assert.deepEqual(events('Anti-war demonstrators thronged the square outside the embassy in Vienna on Friday.'), ['protest:asserted:thronged']);
  assert.deepEqual(events('Thousands of farmers marched through the capital on Sunday.'), ['protest:asserted:marched']);
  assert.deepEqual(events('Family members gathered at the hospital on Monday.'), []);
  assert.deepEqual(events('The study demonstrates that prices rose.'), []);
  assert.deepEqual(events('In March, the company gathered data from its users.'), []);
});

test('a military operation, buildup or blockade is a military operation; a company operation is none', () => {
  assert.deepEqual(events('The army launched a military operation in the northern province on Tuesday.'), ['military_operation:asserted:operation']);
  assert.deepEqual(events('The navy imposed a naval blockade on the port of Kessel in June.'), ['military_operation:asserted:blockade']);
  assert.deepEqual(events("The company's operations in Asia grew by 5%."), []);
  assert.deepEqual(events('Surgeons said the operation on his knee went well.'), []);
  assert.deepEqual(events('A buildup of debt worried investors.'), []);
});

test('a judge refusing rules; anyone else refusing does not', () => {
  assert.deepEqual(events('The judge refused bail for the three men on Monday.'), ['ruling:asserted:refused']);
  assert.deepEqual(events('She refused to comment on the report.'), []);
});

test('an appeal lodged or a verdict appealed is a step at law; an appeal for calm is none', () => {
  assert.deepEqual(events('Lawyers for the bank appealed the verdict on Wednesday.'), ['other:asserted:appealed']);
  assert.deepEqual(events('The family appealed for calm after the riots.'), []);
  assert.deepEqual(events('The appeal of the plan lies in its simplicity.'), []);
  assert.deepEqual(events('He will appeal the sentence, his lawyer said.'), ['other:planned:appeal']);
});

test('demonstrating something is showing it, whoever does it', () => {
  assert.deepEqual(events('The rebels have demonstrated interest in the northern group, the general said.'), []);
  assert.deepEqual(events('Students demonstrated outside parliament on Tuesday.'), ['protest:asserted:demonstrated']);
});

test('what happenings of a kind are or do in general is none of them; a dated or a particular one stays', () => {
  assert.deepEqual(events('Elections are costly.'), []);
  assert.deepEqual(events('Protests are planned for Friday in Lima.'), ['protest:planned:Protests']);
  assert.deepEqual(events('Protests erupted in Lima on Friday.'), ['protest:asserted:Protests']);
  assert.deepEqual(events("Voters went to the polls in last week's election."), ['election:asserted:polls']);
});
