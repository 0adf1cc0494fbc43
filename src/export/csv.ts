// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, semicolon, tab, quote or
// line break, quotes doubled. Text cells that a spreadsheet would run as a formula are defused.
// Files start with a UTF-8 byte-order mark (CSV_BOM): Excel reads a double-clicked CSV as the
// system code page without it (ü and ş come out garbled); LibreOffice and Google Sheets read
// the mark as UTF-8 and drop it.

export type Cell = string | number | boolean | null | undefined;

/** The UTF-8 byte-order mark every CSV export starts with. */
export const CSV_BOM = '\uFEFF';

// A cell starting with one of these is evaluated as a formula by Excel / LibreOffice / Sheets
// (CSV injection); article text is untrusted, so such text cells get a leading apostrophe.
// A yearless date (--01-28) would be one (Excel reads it as arithmetic, -27): date columns write
// it with csvDate instead, whose form starts with no such character.
const FORMULA_START = /^[=+\-@\t\r]/;
// Quoted as well as the RFC's comma, quote and line breaks: a semicolon or tab, which Excel in a
// locale whose list separator is ";" (or an import set to tabs) splits cells on, so that a value
// such as `a;=HYPERLINK(…)` cannot become a cell of its own that starts with a formula.
const NEEDS_QUOTES = /[",;\t\r\n]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// ISO 8601's yearless dates, and EDTF's form of the same date with its year unspecified.
const YEARLESS_DATES: Array<[RegExp, string]> = [
  [/^--(\d{2})-(\d{2})$/, 'XXXX-$1-$2'],
  [/^--(\d{2})$/, 'XXXX-$1'],
  [/^---(\d{2})$/, 'XXXX-XX-$1'],
];

/**
 * A date for a CSV date column: a yearless ISO date ("--01-28") in EDTF's form with the year
 * unspecified ("XXXX-01-28", as TimeML writes it too). Guarded with an apostrophe, it read
 * '--01-28 in a spreadsheet; this form starts with no formula character, and no spreadsheet
 * turns it into a date of the current year (as it would "01-28" or "28 Jan").
 */
export function csvDate(iso: string | null | undefined): string | null | undefined {
  if (!iso) return iso;
  for (const [yearless, edtf] of YEARLESS_DATES) if (yearless.test(iso)) return iso.replace(yearless, edtf);
  return iso;
}

export function csvRow(cells: Cell[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

/** Several values in one cell. */
export function joinValues(values: Iterable<string>): string {
  return [...values].join('; ');
}
