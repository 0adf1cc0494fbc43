// The lead's main happening where no event word names it: the root verb of doing (or what a saying root reports)
// of the first body sentence, asserted, past or present perfect, with a particular subject, in a sentence with no
// event of its own (session 29, an experiment that failed the bar). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2021-03-12' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const others = (text: string) => eventsOf(text).filter((e) => e.type === 'other' && e.status === 'asserted').map((e) => e.trigger.text.toLowerCase());

test("the lead's main deed is an event", () => {
  assert.deepEqual(others('The inspection team resumed work at the plant in Tarbes on Friday.'), ['resumed']);
  assert.deepEqual(others('The water board has dredged the old canal at Delft.'), ['dredged']);
  assert.deepEqual(others('The water board said it had repaired the lock at Delft.'), ['repaired']);
});

test('a deed conjoined to the root is one too', () => {
  const text = 'The inspectors visited three depots near Varna and sealed the stores on Tuesday.';
  assert.deepEqual(others(text).sort(), ['sealed', 'visited'], show(text));
});

test('saying, thinking, states, plans, denials and figures moving are none', () => {
  for (const text of [
    'The ministry said the bridge in Lodz was safe.',
    'The board considered the proposal from the Lisbon office.',
    'The mayor of Ghent was a teacher.',
    'The inspection team will resume work at the plant on Friday.',
    'The inspection team did not resume work at the plant.',
    "The brewer's profit rose 12% in the second quarter.",
    'The brewer posted a 20% gain in quarterly net income.',
    'The lender took a $12.5 million charge in the quarter.',
    'The utility stopped paying a dividend in 2009.',
  ])
    assert.deepEqual(others(text), [], `${text}: ${show(text)}`);
});

test('only the lead: a deed told after the first body sentence is none', () => {
  const text = 'The mayor of Ghent was a teacher. The council resumed work on the budget on Friday.';
  assert.deepEqual(others(text), [], show(text));
});

test('a headline, a bare plural doer and a sentence with an event of its own give none', () => {
  const headed = analyseText('Inspectors resume work at Tarbes plant\n\nThe mayor of Ghent was a teacher.', { published: '2021-03-12' }).events;
  assert.equal(headed.filter((e) => e.type === 'other').length, 0);
  assert.deepEqual(others('Engineers have repaired the old bridge at Lodz.'), []);
  assert.deepEqual(others('The council sealed the depot after police arrested two guards.'), []);
  // an event word of the stage that its senses turned down ("bought new trucks": no deal) stays down
  assert.deepEqual(others('The haulier bought new trucks.'), []);
});

test('a deed an event word already covers adds nothing', () => {
  const text = 'Police arrested two men in Leeds on Friday.';
  assert.equal(eventsOf(text).filter((e) => e.type === 'other').length, 0, show(text));
});

test('a lead deed needs a party as its doer, no figure of speech and no open verb complement', () => {
  for (const text of [
    // no party acts: a thing, a phenomenon, a happening as doer
    'The river rose sharply overnight.',
    'The harbour office was swamped by a flood of letters.',
    // motion into an act or a state is undergone, not done
    'The ferry operator came under pressure from the unions.',
    // wearing is no deed
    'The bride wore a long blue dress.',
    // a word of happening the stage turned down keeps its light verb down
    'The actor launched a bid for a seat on the board.',
    // an attempt: the deed would be the complement's
    'The premier has sought to calm the nurses at Aalst.',
  ])
    assert.deepEqual(others(text), [], `${text}: ${show(text)}`);
  // a company reporting what it did itself
  assert.deepEqual(others('The Rennes water board said it had cleared the old weir.'), ['cleared']);
});

test('a habit, a lasting state or a career is no happening of the lead', () => {
  for (const text of [
    // a starting point, a recurrence the time stage marks, every/each on a noun of time, a count of times
    'The Varga family has pressed olives at Lecce since 1921.',
    'The bishop has visited the fishing fleet at Howth every summer since 1990.',
    'The warden swept the yard of the abbey each evening.',
    'The Rovers have carried the trophy around the town four times.',
    // an adverb of frequency or length
    'The ferry crew have long carried mail to the islands.',
    // a perfect with a length of time: the time stage's, or for/over a noun of time
    'The Orsini brothers have repaired clocks in Siena for forty years.',
    'The Moreau family has farmed the valley for four generations.',
    // a perfect with a counted plural object: a career
    'The architect has designed nine bridges across the Loire.',
  ])
    assert.deepEqual(others(text), [], `${text}: ${show(text)}`);
  // a simple past with a length of time is still one happening
  assert.deepEqual(others('The volunteers painted the lighthouse at Rouen for six hours on Tuesday.'), ['painted']);
});

test('a question and a relative clause the parse made the root give no lead deed; a wh-word is no party', () => {
  for (const text of [
    'What really happened at the Lisbon depot on Friday night? Thieves took the payroll.',
    'Who painted the slogans on the walls of the town hall in Ghent?',
  ])
    assert.deepEqual(others(text), [], `${text}: ${show(text)}`);
  const text = 'The governor, who flew in from Oslo on Monday, toured the flooded villages.';
  assert.ok(!others(text).includes('flew'), show(text));
});

test('a lead deed a few days before a new year is news, one years back is background', () => {
  const events = analyseText('Briefs\n\nThe volunteers painted the lighthouse at Rouen on 29 December.', { published: '2021-01-02' }).events;
  assert.deepEqual(events.filter((e) => e.type === 'other').map((e) => `${e.trigger.text}:${e.date?.iso}`), ['painted:2020-12-29']);
  assert.deepEqual(others('The volunteers painted the lighthouse at Rouen in 2017.'), []);
});

test("an obl:agent on an active verb is no doer; a date a noun owns is not the deed's", () => {
  const stolen = eventsOf('Thieves stole a sketch by Rembrandt from a gallery in Leiden on Friday.').filter((e) => e.type === 'other');
  assert.deepEqual(stolen.map((e) => [e.trigger.text, e.actors.map((a) => a.text)]), [['stole', ['Thieves']]]);
  // the school's year, not the painting's: no background, and no date
  const painted = eventsOf('The crew painted the hall of the 1902 school.').filter((e) => e.type === 'other');
  assert.deepEqual(painted.map((e) => [e.trigger.text, e.date?.iso ?? null]), [['painted', null]]);
  // a time on the predicate still dates the deed
  const dated = eventsOf('The wardens cleared the old quay at Bruges on Monday.').filter((e) => e.type === 'other');
  assert.deepEqual(dated.map((e) => [e.trigger.text, e.date?.iso ?? null]), [['cleared', '2021-03-08']]);
});

test('an event told in a relative clause of the lead leaves its main deed to be proposed', () => {
  const text = 'The Rennes water board has dredged the old canal, which flooded during the storm.';
  assert.deepEqual(others(text).sort(), ['dredged', 'storm'], show(text));
  // the deed an event word hangs on is still covered by it
  assert.deepEqual(others('The council sealed the depot after police arrested two guards.'), []);
});

test('a time stamp line under the headline is not the lead: the first sentence of prose is', () => {
  for (const stamp of [
    'First Posted : 04 / 11 / 19 07 : 15 AM ET Updated : 04 / 12 / 19 09 : 40 PM ET',
    'Posted : Mar 3 , 2019 8 : 20 AM ET Last Updated : Mar 3 , 2019 8 : 10 PM ET',
  ]) {
    const text = `${stamp}\n\nThe water board has dredged the old canal at Delft.`;
    assert.deepEqual(others(text), ['dredged'], `${stamp}: ${show(text)}`);
  }
});
