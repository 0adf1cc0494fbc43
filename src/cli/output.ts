// Printing helpers: JSON on stdout for --json, human text otherwise, progress on stderr.

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** Left-aligned columns for human-readable listings. */
export function printTable(cells: string[][], header: string[], out: { write(s: string): unknown } = process.stdout): void {
  const rows = cells.map((r) => r.map(terminalText));
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

// C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides that can
// reorder what a terminal shows.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Article text made safe to show: every control character written visibly (␛ for ESC, <U+202E> …). */
export function visibleControls(s: string): string {
  return s.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code); // the Control Pictures block
    if (code === 0x7f) return '\u2421';
    return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
}

/**
 * Text from articles on its way to stdout: on a terminal, escape sequences in it would be obeyed
 * (retitle the window, rewrite the screen), so control characters are made visible; piped output
 * is left exact.
 */
export function terminalText(s: string): string {
  return process.stdout.isTTY ? visibleControls(s) : s;
}

/**
 * A path or message from the input on one line of a summary: control characters made visible
 * (as visibleControls does), line breaks too, so that a file named with a newline or an escape
 * sequence can neither split its line nor rewrite the screen. Piped output included: one line per
 * failure is what a log is read by.
 */
export function oneLine(s: string): string {
  return visibleControls(s).replace(/\n/g, '\u240a');
}

/** A read failure as the ingest summary lists it: "  ✗ PATH: WHY". */
export function failureLine(f: { input: string; error: string }): string {
  return `  ✗ ${oneLine(f.input)}: ${oneLine(f.error)}`;
}
