// Printing helpers: JSON on stdout for --json, human text otherwise, progress on stderr.

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** Left-aligned columns for human-readable listings. */
export function printTable(rows: string[][], header: string[], out: { write(s: string): unknown } = process.stdout): void {
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
