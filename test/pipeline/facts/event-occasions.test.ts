// Occasions named only by a noun, statuses read from conditions, ability, purpose and "without",
// places that never come from a nationality, and counts carried to "the men". Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(text).events;
}

const kinds = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');

test('an election the story only names is one event, and "the vote" in it is the election', () => {
  const events = eventsOf(
    'Turnout is expected to be high in the regional election. Officials say the vote will be the first since the reforms, and observers expect the election to be close.',
  );
  const elections = events.filter((e) => e.type === 'election');
  assert.equal(elections.length, 1, kinds(events));
  assert.ok(!events.some((e) => e.type === 'vote'), kinds(events));
  assert.ok((elections[0].mentions ?? []).length >= 2, 'the later mentions join the first');
});

test('the consequence of a condition, what someone will be able to do and a clause of time in the present are hypothetical', () => {
  const detained = eventsOf('If the talks fail, the strikers will be detained by the army.').find((e) => e.type === 'detention');
  assert.equal(detained?.status, 'hypothetical');
  const overturn = eventsOf('Judges will be able to overturn such orders.').find((e) => e.type === 'ruling');
  assert.equal(overturn?.status, 'hypothetical');
  const attack = eventsOf('The guards must stay alert before they attack again.').find((e) => e.type === 'attack');
  assert.equal(attack?.status, 'hypothetical');
});

test('a trial that is withheld and a prosecution that is only threatened are not reported as facts', () => {
  for (const text of ['He was kept in a cell without trial for two years.', 'Members of the group face the threat of prosecution.']) {
    const events = eventsOf(text);
    assert.ok(!events.some((e) => e.type === 'prosecution' && e.status === 'asserted'), `${text}: ${kinds(events)}`);
  }
});

test('a nationality says who acted, not where', () => {
  const arrest = eventsOf('Canadian police arrested two men on Monday.').find((e) => e.type === 'arrest');
  assert.ok(arrest, 'the arrest is found');
  assert.equal(arrest.place, null);
  const placed = eventsOf('Greek officers arrested three smugglers in the port of Piraeus on Sunday.').find((e) => e.type === 'arrest');
  assert.equal(placed?.place?.text, 'Piraeus', 'a locative phrase still places it');
});

test('"the men" take the count of the group the story last counted', () => {
  const events = eventsOf('Six climbers were charged with trespass on Friday. The men were arrested in May after climbing the tower.');
  const arrest = events.find((e) => e.type === 'arrest');
  assert.deepEqual(arrest?.counts.arrested, { value: 6, qualifier: 'exact' }, kinds(events));
});

test('a report that something did not happen never stands for one that it did', () => {
  const events = eventsOf('The driver was not charged with speeding, his lawyer said. The driver was charged with careless driving on Friday.');
  const asserted = events.filter((e) => e.type === 'charge' && e.status === 'asserted');
  assert.equal(asserted.length, 1, kinds(events));
  assert.ok(events.filter((e) => e.type === 'charge').every((e) => e.status !== 'negated' || !(e.mentions ?? []).some((m) => m.text.includes('careless'))));
});

test('people killed in a natural disaster are no killing; going to the polls is an election, the polls alone are not', () => {
  const quake = eventsOf('At least 400 villagers were killed following a powerful earthquake in the mountains on Tuesday.');
  assert.ok(!quake.some((e) => e.type === 'killing'), kinds(quake));
  const voting = eventsOf('Campaigning ended at midnight. The nation goes to the polls on Thursday after a bitter campaign.');
  assert.ok(voting.some((e) => e.type === 'election'), kinds(voting));
  const opinion = eventsOf('Campaigning ended at midnight. The governing party has slipped in the polls since the spring.');
  assert.ok(!opinion.some((e) => e.type === 'election'), kinds(opinion));
});

test('"meeting" read as a verb with its object is a meeting', () => {
  const events = eventsOf('The opposition leader spoke to reporters after meeting the prime minister in Downing Street on Monday.');
  const meeting = events.find((e) => e.type === 'meeting');
  assert.ok(meeting, kinds(events));
  assert.deepEqual(meeting.targets.map((t) => t.text), ['the prime minister']);
});

test('an organisation the event happens at is its place; one someone belongs to is not', () => {
  const court = eventsOf('Police said the men were charged on Monday. They will appear at Bow Street Magistrates’ Court on 21 December.').find((e) => e.type === 'prosecution');
  assert.match(court?.place?.text ?? '', /Magistrates/);
  const vote = eventsOf('The rebels were jailed in Lisbon in 1971. She said she would vote against the plan in the Labour group.').find((e) => e.type === 'vote');
  assert.ok(!vote || vote.place?.text !== 'Lisbon', 'a pronoun doer does not bring the last place along');
});

test('"the 3 March protest" dates the protest told before; "a huge rally" beside it is another one', () => {
  const events = eventsOf(
    'Eight activists who stormed the council chamber during a debate have been charged with disorder. The 3 March protest came on the same day as a huge rally in Victoria Square.',
  );
  const protests = events.filter((e) => e.type === 'protest');
  assert.equal(protests.length, 2, kinds(events));
  assert.equal(protests[0].trigger.text, 'stormed');
  assert.equal(protests[0].date?.iso, '--03-03');
  assert.equal(protests[1].place?.text, 'Victoria Square');
});

test('a protest or a vote counts those who took part', () => {
  const protest = eventsOf('The ministry stayed shut. About 200 students protested outside the ministry on Friday.').find((e) => e.type === 'protest');
  assert.deepEqual(protest?.counts.participants, { value: 200, qualifier: 'about' });
  const vote = eventsOf('The bill passed its second reading. In the end 57 MPs voted against the measure.').find((e) => e.type === 'vote');
  assert.equal(vote?.counts.participants?.value, 57);
});

test('meeting or discussing something with someone is a meeting with them; discussing it alone is not', () => {
  const met = eventsOf('Campaigning ended at midnight. The minister met with Angela Merkel on Monday.').find((e) => e.type === 'meeting');
  assert.deepEqual(met?.targets.map((t) => t.text), ['Angela Merkel']);
  const talk = eventsOf('Campaigning ended at midnight. The foreign minister discussed the crisis with Sergei Lavrov on Sunday.');
  assert.ok(talk.some((e) => e.type === 'meeting' && e.targets.some((t) => t.text === 'Sergei Lavrov')), kinds(talk));
  assert.deepEqual(kinds(eventsOf('Campaigning ended at midnight. The cabinet discussed the budget on Tuesday.')), '');
});

test('an occasion put off or moved to a later time has not been held: it is planned', () => {
  for (const text of [
    'The chamber was half empty. The chairwoman pushed the vote to Thursday.',
    'The chamber was half empty. The council postponed the election until April.',
    'The chamber was half empty. The ballot was moved back to next month.',
  ]) {
    const events = eventsOf(text).filter((e) => e.type === 'vote' || e.type === 'election');
    assert.deepEqual(events.map((e) => e.status), ['planned'], `${text}: ${kinds(events)}`);
  }
});

test('a vote pushed through was held', () => {
  const events = eventsOf('The chamber was half empty. The chairwoman pushed the vote through on Thursday.').filter((e) => e.type === 'vote');
  assert.deepEqual(events.map((e) => e.status), ['asserted'], kinds(events));
});
