// Mentions for resolution tests, placed by finding each name in the text (from an optional offset).
import assert from 'node:assert/strict';
import type { EntityType, Mention } from '../../../src/types.js';

export function mentionsIn(text: string, names: Array<[string, EntityType, number?]>): Mention[] {
  return names.map(([name, type, from]) => {
    const start = text.indexOf(name, from ?? 0);
    assert.ok(start >= 0, name);
    return { start, end: start + name.length, type, text: name };
  });
}
