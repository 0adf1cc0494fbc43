// Printing helpers: JSON on stdout for --json, human text otherwise, progress on stderr.
import { visibleControls } from '../one-line.js';

// Where they were first written: the CLI's commands import them from here.
export { failureLine, oneLine, visibleControls } from '../one-line.js';

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** Left-aligned columns for human-readable listings. A line break inside a cell (a file name, a title
 *  from a JSON Lines record) is shown as ␊ so that it cannot split its row. */
export function printTable(cells: string[][], header: string[], out: { write(s: string): unknown } = process.stdout): void {
  const rows = cells.map((r) => r.map((c) => terminalText(c).replace(/\r?\n/g, '\u240a')));
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.min(60, Math.max(...all.map((r) => (r[i] ?? '').length))));
  const fmt = (r: string[]) =>
    r.map((c, i) => (i === r.length - 1 ? c : truncate(c, widths[i]).padEnd(widths[i]))).join('  ');
  out.write(fmt(header) + '\n');
  out.write(widths.map((w) => '─'.repeat(w)).join('  ') + '\n');
  for (const r of rows) out.write(fmt(r) + '\n');
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
