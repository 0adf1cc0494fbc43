// Printing helpers: JSON on stdout for --json, human text otherwise, progress on stderr.
import { visibleControls } from '../one-line.js';

// Where they were first written: the CLI's commands import them from here.
export { failureLine, oneLine, visibleControls } from '../one-line.js';

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** Left-aligned columns for human-readable listings. A line break inside a cell (a file name, a title
 *  from a JSON Lines record) is shown as ␊ so that it cannot split its row. */
export function printTable(
  cells: string[][],
  header: string[],
  out: { write(s: string): unknown } = process.stdout,
  maxWidth: number | undefined = out === process.stdout ? terminalColumns() : undefined,
): void {
  const rows = cells.map((r) => r.map((c) => terminalText(c).replace(/\r?\n/g, '\u240a')));
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.min(60, Math.max(...all.map((r) => (r[i] ?? '').length))));
  const last = header.length - 1;
  let lastWidth = Infinity;
  if (maxWidth !== undefined && last > 0) {
    lastWidth = fitToWidth(widths, Math.max(...all.map((r) => (r[last] ?? '').length)), maxWidth, header.map((h) => h === 'id'));
    widths[last] = Math.min(widths[last], lastWidth);
  }
  const fmt = (r: string[]) =>
    r.map((c, i) => (i === last ? cut(c, lastWidth) : cut(c, widths[i]).padEnd(widths[i]))).join('  ');
  out.write(fmt(header) + '\n');
  out.write(widths.map((w) => '─'.repeat(w)).join('  ') + '\n');
  for (const r of rows) out.write(fmt(r) + '\n');
}

/** The terminal's width when stdout is one (a table is cut to it); piped output is never cut. */
export function terminalColumns(): number | undefined {
  return process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : undefined;
}

/** What the last column (a title, a sentence, a quote) keeps before the others give way. */
const lastColumnShare = (maxWidth: number) => Math.max(20, Math.floor(maxWidth * 0.4));
const COLUMN_MIN = 10; // a date (2025-03-14) still fits

/**
 * Narrows a table to `maxWidth` characters: the widest of the other columns gives way first, one
 * character at a time down to COLUMN_MIN, while the last column (a title, a sentence) keeps
 * 40% of the width (20 at least); then the last column takes what is left, down to COLUMN_MIN. Changes `widths`
 * (all but the last column) in place; a column marked in `keep` (an id, which is copied into the
 * next command) is never narrowed. Returns the last column's width.
 */
function fitToWidth(widths: number[], lastNatural: number, maxWidth: number, keep: boolean[]): number {
  const others = widths.length - 1;
  const fixed = () => widths.slice(0, others).reduce((a, b) => a + b, 0) + 2 * others;
  while (fixed() + Math.min(lastNatural, lastColumnShare(maxWidth)) > maxWidth) {
    let widest = -1;
    for (let i = 0; i < others; i++) if (!keep[i] && (widest < 0 || widths[i] > widths[widest])) widest = i;
    if (widest < 0 || widths[widest] <= COLUMN_MIN) break;
    widths[widest]--;
  }
  return Math.max(Math.min(lastNatural, COLUMN_MIN), maxWidth - fixed());
}

/** Bold on a terminal (a document's title); plain when piped or when NO_COLOR is set. */
export function bold(s: string): string {
  return colorWanted() ? `\x1b[1m${s}\x1b[0m` : s;
}

/** Escape sequences for emphasis only on a terminal, and not when NO_COLOR (no-color.org) is set. */
export function colorWanted(): boolean {
  return process.stdout.isTTY === true && !process.env.NO_COLOR;
}

/** A path or URL (no spaces, a "/") loses its start, so its file name stays; other text its end. */
function cut(s: string, width: number): string {
  if (s.length <= width || width < 2 || !/^[^\s/]*\/\S*$/.test(s)) return truncate(s, width);
  return `…${s.slice(s.length - (width - 1))}`;
}

export function truncate(s: string, width: number): string {
  return s.length <= width ? s : s.slice(0, Math.max(0, width - 1)) + '…';
}

/**
 * Text from articles on its way to stdout: on a terminal, escape sequences in it would be obeyed
 * (retitle the window, rewrite the screen), so control characters are made visible; piped output
 * is left exact.
 */
export function terminalText(s: string): string {
  return process.stdout.isTTY ? visibleControls(s) : s;
}
