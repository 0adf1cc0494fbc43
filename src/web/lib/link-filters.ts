// The filters a page reads from its link. A value the page cannot use (a mistyped event type, a
// day that does not exist) had gone to the server as it was, and the whole page became an error;
// a range written end first was applied as asked and matched nothing. Each page now reads its
// link through this: what it cannot use is left out and named, a reversed range is turned round
// and said so, in one notice above the page.
import { EVENT_TYPES } from '../../types.js';
import { h } from './dom.js';
import { dateInWords, parseDateInput, reversedRange } from './date-input.js';

const EVENT_TYPE_SET: ReadonlySet<string> = new Set(EVENT_TYPES);

/** Reads filter values from a page's query string, noting what it leaves out and what it turns round. */
export class LinkFilters {
  /** "type “nonsense” (not an event type)", one per part of the link left out. */
  readonly ignored: string[] = [];
  /** Why a date range was turned round, in words; null when none was. */
  swapped: string | null = null;

  constructor(private readonly query: URLSearchParams) {}

  private raw(name: string): string | undefined {
    return this.query.get(name)?.trim() || undefined;
  }

  /** Leaves out a value the page found it cannot use (`why`: "not a date"), to be named in the notice. */
  leaveOut(name: string, value: string, why: string): undefined {
    this.ignored.push(`${name} “${value}” (${why})`);
    return undefined;
  }

  /** One event type or a comma list of them (the type menus' families); unknown types are left out, known ones kept. */
  eventTypes(name: string): string | undefined {
    const value = this.raw(name);
    if (!value) return undefined;
    const types = value.split(',').map((t) => t.trim()).filter(Boolean);
    const unknown = types.filter((t) => !EVENT_TYPE_SET.has(t));
    if (unknown.length) this.leaveOut(name, unknown.join(','), unknown.length === 1 ? 'not an event type' : 'not event types');
    const known = types.filter((t) => EVENT_TYPE_SET.has(t));
    return known.length ? known.join(',') : undefined;
  }

  /** A date as the date fields read it, in ISO ("2020-13-45" is left out: there is no month 13). */
  date(name: string): string | undefined {
    const value = this.raw(name);
    if (!value) return undefined;
    const parsed = parseDateInput(value);
    return parsed && 'iso' in parsed ? parsed.iso : this.leaveOut(name, value, 'not a date');
  }

  /** `from` and `to` as dates; written end first, they are turned round and `swapped` says so. */
  dateRange(fromName = 'from', toName = 'to'): { from: string | undefined; to: string | undefined } {
    const from = this.date(fromName);
    const to = this.date(toName);
    if (from && to && reversedRange(from, to)) {
      this.swapped = `The link’s dates run backwards (${fromName} ${dateInWords(from)}, ${toName} ${dateInWords(to)}): showing ${dateInWords(to)} to ${dateInWords(from)}.`;
      return { from: to, to: from };
    }
    return { from, to };
  }

  /** One of `values`, else left out (`what` names the kind of value wanted: "an order"). */
  choice<T extends string>(name: string, values: readonly T[], what: string): T | undefined {
    const value = this.raw(name);
    if (!value) return undefined;
    return (values as readonly string[]).includes(value) ? (value as T) : this.leaveOut(name, value, `not ${what}`);
  }

  /** A year of four digits. */
  year(name: string): string | undefined {
    const value = this.raw(name);
    if (!value) return undefined;
    return /^\d{4}$/.test(value) ? value : this.leaveOut(name, value, 'not a year');
  }

  /** A list of `values`, comma-separated; the unknown ones are left out. Null when the link gives none. */
  list(name: string, values: readonly string[], what: string): string[] | null {
    const value = this.raw(name);
    if (!value) return null;
    const items = value.split(',').map((v) => v.trim()).filter(Boolean);
    const unknown = items.filter((v) => !values.includes(v));
    if (unknown.length) this.leaveOut(name, unknown.join(','), `not ${what}`);
    return items.filter((v) => values.includes(v));
  }

  /** The notice saying what of the link was left out or turned round; null when all of it was used as written. */
  notice(): HTMLElement | null {
    if (!this.ignored.length && !this.swapped) return null;
    return h('div', { class: 'notice link-notice', role: 'status' },
      this.ignored.length ? h('p', {}, `Part of this link was not understood and is left out: ${this.ignored.join('; ')}.`) : null,
      this.swapped ? h('p', {}, this.swapped) : null);
  }
}
