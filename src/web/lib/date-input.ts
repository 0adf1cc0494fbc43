// Date filters typed in words. A browser's date input shows its own locale's pattern ("mm/dd/yyyy"
// in an American build) beside dates the UI writes as "3 March 2025", and cannot take a month or a
// year alone, which the API filters by. These fields take what a reader writes and show it back in
// the UI's own words.
import { h } from './dom.js';
import { formatDate } from './format.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export type ParsedDate = { iso: string } | { error: string };

const HINT = 'Write a date as 3 March 2025, March 2025, 2025 or 2025-03-03.';

/** A month named in full or by its first three letters or more ("Sept"), else -1. */
function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return -1;
  return MONTHS.findIndex((m) => m.startsWith(w) || (w === 'sept' && m === 'september'));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `year` as written, four digits: ISO keeps them ("0999"), and Date.UTC would read 0–99 as 1900–1999. */
function dayIso(year: string, m: number, d: number): ParsedDate {
  const t = new Date(0);
  t.setUTCFullYear(Number(year), m - 1, d);
  if (m < 1 || m > 12 || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return { error: `There is no such day. ${HINT}` };
  return { iso: `${year}-${pad(m)}-${pad(d)}` };
}

/** Reads "2025", "2025-03", "2025-03-03", "3 March 2025", "March 3, 2025", "Mar 2025", "3/14/2025"
 *  (numbers alone only where day and month cannot be swapped) into ISO of the precision written. */
export function parseDateInput(text: string): ParsedDate | null {
  const s = text.trim().replace(/\s+/g, ' ');
  if (!s) return null;
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(s);
  if (m) {
    const y = m[1]!;
    if (!m[2]) return { iso: y };
    const mon = Number(m[2]);
    if (!m[3]) return mon >= 1 && mon <= 12 ? { iso: `${y}-${pad(mon)}` } : { error: `There is no month ${m[2]}. ${HINT}` };
    return dayIso(y, mon, Number(m[3]));
  }
  // 3 March 2025 · 3rd of March 2025 · March 3, 2025 · March 3rd 2025 · March 2025
  const words = s.replace(/,/g, ' ').split(' ').filter((w) => w && w.toLowerCase() !== 'of');
  const year = words.length >= 2 && /^\d{4}$/.test(words.at(-1)!) ? words.at(-1)! : null;
  if (year !== null) {
    const rest = words.slice(0, -1);
    const day = (w: string) => (/^\d{1,2}(st|nd|rd|th)?$/i.test(w) ? parseInt(w, 10) : NaN);
    if (rest.length === 1 && monthOf(rest[0]!) >= 0) return { iso: `${year}-${pad(monthOf(rest[0]!) + 1)}` };
    if (rest.length === 2) {
      const [a, b] = rest as [string, string];
      if (monthOf(b) >= 0 && !Number.isNaN(day(a))) return dayIso(year, monthOf(b) + 1, day(a));
      if (monthOf(a) >= 0 && !Number.isNaN(day(b))) return dayIso(year, monthOf(a) + 1, day(b));
    }
  }
  // 14/3/2025 or 3/14/2025 (also with dots or dashes): only when one of the two is over 12.
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), m[3]!];
    if (a === b) return dayIso(y, a, b);
    if (a > 12 && b <= 12) return dayIso(y, b, a);
    if (b > 12 && a <= 12) return dayIso(y, a, b);
    return { error: `“${s}” could be day/month or month/day: write the month in words (3 March 2025) or 2025-03-03.` };
  }
  return { error: `“${s}” is not a date Chronicle reads. ${HINT}` };
}

/** The date an ISO filter value stands for, in the UI's words ("3 March 2025", "March 2025"). */
export function dateInWords(iso: string | null | undefined): string {
  if (!iso) return '';
  const precision = iso.length >= 10 ? 'day' : iso.length === 7 ? 'month' : 'year';
  return /^\d{4}(-\d{2}){0,2}$/.test(iso) ? formatDate({ iso, precision }) : iso;
}

/** A text field for a date (named by its label), showing `iso` in words. */
export function dateField(name: string, iso: string | null | undefined, attrs: Record<string, string | boolean> = {}): HTMLInputElement {
  return h('input', { name, type: 'text', value: dateInWords(iso), placeholder: 'e.g. 3 March 2025', size: 14, autocomplete: 'off', title: HINT, class: 'date-field', ...attrs });
}

/** The ISO date a field holds; else null, with the field marked and focused and `say` told why. */
export function readDateField(field: HTMLInputElement, say: (message: string) => void): string | null {
  const parsed = parseDateInput(field.value) ?? { error: HINT };
  if ('error' in parsed) {
    field.setAttribute('aria-invalid', 'true');
    field.focus();
    say(parsed.error);
    return null;
  }
  field.removeAttribute('aria-invalid');
  return parsed.iso;
}

/** Why a range from `from` to `to` (ISO, any precision) holds no day, or null when it holds some:
 *  "2026" to "2020" was read as asked and matched nothing, with no word of why. A month or year
 *  holds its days, so "2025" to "2025-03" is a range (January to March). */
export function reversedRange(from: string | undefined, to: string | undefined): string | null {
  if (!from || !to) return null;
  const n = Math.min(from.length, to.length);
  return from.slice(0, n) > to.slice(0, n) ? `The range ends before it starts: ${dateInWords(to)} is before ${dateInWords(from)}.` : null;
}

/** Reads the form's date fields `names` into ISO values (absent when empty); on a date it cannot
 *  read, marks that field, moves focus to it and returns the message instead. Two names are a
 *  range, start then end: an end before the start is refused the same way, at the end's field. */
export function readDateFields(form: HTMLFormElement, names: readonly string[]): { dates: Record<string, string | undefined> } | { error: string } {
  const out: Record<string, string | undefined> = {};
  const fields: HTMLInputElement[] = [];
  for (const name of names) {
    const field = form.elements.namedItem(name);
    if (!(field instanceof HTMLInputElement)) continue;
    fields.push(field);
    const parsed = parseDateInput(field.value);
    field.removeAttribute('aria-invalid');
    if (parsed && 'error' in parsed) {
      field.setAttribute('aria-invalid', 'true');
      field.focus();
      return { error: parsed.error };
    }
    out[name] = parsed?.iso;
  }
  const reversed = names.length === 2 && fields.length === 2 ? reversedRange(out[names[0]], out[names[1]]) : null;
  if (reversed) {
    fields[1].setAttribute('aria-invalid', 'true');
    fields[1].focus();
    return { error: reversed };
  }
  return { dates: out };
}
