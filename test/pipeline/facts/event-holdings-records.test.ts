// Company and government happenings: counted shares bought, sold or repurchased, a holding whose owner is named in
// apposition, a body releasing its records, a matter delved into, and warrants or options to buy (no deal).
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function events(text: string): string[] {
  return analyseText(`Business news\n\n${text}`).events.map((e) => `${e.type}:${e.theme ?? ''}:${e.status}:${e.trigger.text}`);
}

test('a counted block of shares bought, sold or repurchased is a deal', () => {
  assert.deepEqual(events('Norvale Corp. said it plans to repurchase as many as 2 million shares on the open market.'), ['other:purchase:planned:repurchase']);
  assert.deepEqual(events('The pension fund sold 3.5 million shares to the public last year.'), ['other:sale:asserted:sold']);
  assert.deepEqual(events('Pellam Trust bought shares on the open market.'), []);
});

test('warrants or options to buy shares are no deal', () => {
  assert.deepEqual(events('The fund holds options to buy 2 million shares of Acme.'), []);
});

test('a holding owned by a company named in apposition is a deal', () => {
  assert.deepEqual(
    events('Under the plan, Corvia would buy the 40% stake of its partner, Hollis Energy Corp., in a Texas pipeline.'),
    // a deal a plan sets out, in no doubt, is planned (deal-proposals.ts)
    ['other:purchase:planned:buy'],
  );
});

test('a body releasing its records is news; a singer releasing recordings is not', () => {
  assert.deepEqual(
    // (the crash the tapes are from is a happening of its own: an event noun since session 60)
    events('In Ottawa on Monday, the Transport Safety Board released cockpit tapes from the night of the crash.').filter((e) => !e.endsWith(':crash')),
    ['other:release:asserted:released'],
  );
  assert.deepEqual(events('The singer released her recordings last year.'), []);
  assert.deepEqual(events('Police released Tom Harlow on Friday after questioning.').map((e) => e.split(':')[0]), ['release']);
});

test('a body releasing a patch or an update for its software is news; a band releasing an update of its tour is not', () => {
  assert.deepEqual(
    events('Late on Tuesday the browser maker Vexa Software released an emergency patch for a flaw in its mail client.').filter((e) => e.startsWith('other:release')),
    ['other:release:asserted:released'],
  );
  assert.deepEqual(events('The singer released an update on her tour plans last year.'), []);
});

test('a body releasing a fix for its software puts it out, as releasing a patch does', () => {
  assert.deepEqual(
    events('Ostra Systems released a temporary fix for its booking software on Monday.').filter((e) => e.startsWith('other:release')),
    ['other:release:asserted:released'],
  );
});

test('delving into a matter is an investigation', () => {
  assert.deepEqual(events('State auditors delved into the accounts of the water board last week.'), ['investigation::asserted:delved']);
});
