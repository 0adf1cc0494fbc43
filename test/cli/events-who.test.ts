// `chronicle events` said it lists "actors" but had no column for them: a journalist could not see
// who did what to whom without --json. Its "who" column reads actors → targets, and a description
// the article names elsewhere ("a 41-year-old Latvian woman" … Ilze Ozola) by that name. The article is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { ingestedTexts, runCli } from '../helpers.js';

test('the events listing has a "who" column: actors → targets, by name where the article gives one', () => {
  const db = ingestedTexts({
    'oslo.txt':
      'Norway sends fraud suspect to Germany\n\n' +
      'Norway has extradited a 41-year-old Latvian woman wanted for tax fraud to Germany, police in Oslo said on Tuesday.\n\n' +
      'The woman, named by German prosecutors as Ilze Ozola, was handed over to federal officers at Oslo airport and flown to Frankfurt.',
  });
  const res = runCli(['events', '--type', 'extradition', '--db', db]);
  assert.equal(res.status, 0, res.stderr);
  const [header, , row] = res.stdout.split('\n');
  assert.match(header, /\bwho\b/);
  assert.match(row, /Norway → Ilze Ozola/);
});
