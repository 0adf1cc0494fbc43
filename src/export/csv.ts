// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break,
// quotes doubled. Text cells that a spreadsheet would run as a formula are defused.

export type Cell = string | number | boolean | null | undefined;

// A cell starting with one of these is evaluated as a formula by Excel / LibreOffice / Sheets
// (CSV injection); article text is untrusted, so such text cells get a leading apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;
// A whole ISO 8601 partial date with no year (--MM-DD, --MM, ---DD) starts with "-" but is digits
// and dashes only, nothing a spreadsheet can call: it is written as the date, unguarded.
const PARTIAL_DATE = /^(?:--(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|---(?:0[1-9]|[12]\d|3[01]))$/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) && !PARTIAL_DATE.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: Cell[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

/** Several values in one cell. */
export function joinValues(values: Iterable<string>): string {
  return [...values].join('; ');
}
