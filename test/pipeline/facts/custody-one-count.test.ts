// An arrest told again as a detention of the same group ("arrested four men … the men were
// detained") is one custody: one count, of the event's own kind, not "4 arrested; 4 detained".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

test('an arrest retold as a detention of the same men counts them once, as arrested', () => {
  const a = analyseText('Maltese police arrested four men suspected of smuggling fuel on Monday, officials said.\n\nThe men, aged 30 to 52, were detained in Mosta and Zejtun.', { published: '2025-05-06' });
  const custody = a.events.filter((e) => e.type === 'arrest' || e.type === 'detention');
  assert.ok(custody.length >= 1);
  const counted = custody.flatMap((e) => Object.entries(e.counts).map(([k, v]) => `${e.type}:${k}=${v?.value}`));
  assert.ok(counted.includes('arrest:arrested=4'), counted.join(', '));
  assert.ok(!counted.some((c) => c.startsWith('arrest:detained')), counted.join(', '));
});
