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
// A yearless date (--01-28) is no exception: Excel reads a cell starting with "-" as arithmetic
// (--01-28 shows as -27), so it goes out as '--01-28 like any other such cell.
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

export function csvRow(cells: Cell[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

/** Several values in one cell. */
export function joinValues(values: Iterable<string>): string {
  return [...values].join('; ');
}
