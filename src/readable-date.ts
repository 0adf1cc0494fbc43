// Dates in tables for people. The store keeps ISO forms, including the partial ones for a date whose
// year the article never gives ("--01-29", "--12"); readers do not recognise those, so tables spell
// them out. JSON output keeps the ISO form: this is for human text only.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const NO_YEAR = /^--(\d{2})(?:-(\d{2}))?$/;

/** "--01-29" → "29 Jan (year unknown)", "--12" → "Dec (year unknown)"; any other date as stored; none as "—". */
export function readableDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = NO_YEAR.exec(iso);
  const month = m ? MONTHS[Number(m[1]) - 1] : undefined;
  if (!m || !month) return iso;
  return `${m[2] ? `${Number(m[2])} ` : ''}${month} (year unknown)`;
}
