// Chronicle's time values as TIMEX3 (TimeML) type and value, the form time-expression benchmarks
// and other tools read: dates of any precision, "XXXX-05-05" for a year the text does not give,
// weeks, quarters, seasons, durations, sets and PRESENT_REF / PAST_REF / FUTURE_REF.
import type { TimeMention } from '../../types.js';
import { WEEKDAYS } from '../calendar.js';

export interface Timex {
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** The normalised value; "" when Chronicle could not resolve it. */
  value: string;
}

/** The TIMEX3 type and value of a time mention. */
export function timexOf(t: TimeMention): Timex {
  const v = t.value;
  if (v.kind === 'duration') return { type: 'DURATION', value: v.timex ?? 'PX' };
  if (v.kind === 'set') return { type: 'SET', value: v.timex ?? '' };
  // an offset that could not be placed keeps its length ("one year after he was killed": P1Y)
  if (v.iso === null && v.timex && /^P(?:\d|X|T)/.test(v.timex)) return { type: 'DURATION', value: v.timex };
  // a timex beside an iso is the finer reading ("a year ago" next to a quarter is that quarter)
  if (v.timex) return { type: /T(?:\d|MO|AF|EV|NI|DT)/.test(v.timex) && !v.timex.startsWith('P') ? 'TIME' : 'DATE', value: v.timex };
  if (v.iso) {
    // "--05-05" (year unknown) is TIMEX3's "XXXX-05-05"; "199" (a decade) is the same in both
    if (v.iso.startsWith('--')) return { type: 'DATE', value: 'XXXX' + v.iso.slice(1) };
    return { type: 'DATE', value: v.iso };
  }
  if (v.precision === 'weekday') {
    const day = Object.entries(WEEKDAYS).find(([name]) => t.text.toLowerCase().includes(name));
    // TIMEX3 numbers weekdays from Monday = 1 to Sunday = 7
    return { type: 'DATE', value: day ? `XXXX-WXX-${day[1] === 0 ? 7 : day[1]}` : '' };
  }
  return { type: 'DATE', value: '' };
}
