// An event word is written in the event colour, and it may sit inside another highlight (a trigger
// inside a date, a figure or a name: "a year after he was arrested"): axe-core found 4.48:1 there,
// under the 4.5:1 that normal text needs. The colour must read on white and on every highlight's
// background. Reads the stylesheet's own colours; no browser needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { projectPath } from '../../src/paths.js';

const css = readFileSync(projectPath('src', 'web', 'styles.css'), 'utf8');
const colour = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1];

/** WCAG 2 relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

test('the event colour reads at 4.5:1 on white and inside every other highlight', () => {
  const event = colour('event');
  assert.ok(event, 'the stylesheet names --event');
  assert.match(css, /\.ann-event \{[^}]*color: var\(--event\)/, 'event words are written in --event (what this test guards)');
  const backgrounds = [...css.matchAll(/--([a-z]+)-bg:\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]] as const);
  assert.ok(backgrounds.length >= 8, 'every highlight has a background colour');
  for (const [name, bg] of [['white', '#ffffff'] as const, ...backgrounds]) {
    const ratio = contrast(event, bg);
    assert.ok(ratio >= 4.5, `--event ${event} on ${name} ${bg}: ${ratio.toFixed(2)}:1`);
  }
});
