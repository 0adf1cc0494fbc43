import { annotationListing } from '../annotation-listing.js';
import type { Figure } from '../../types.js';
import { boundedValue, vagueAmount } from '../../vague-amount.js';
import { labelQuoteMarks } from '../../label-marks.js';

const QUALIFIERS = ['exact', 'about', 'at_least', 'up_to', 'more_than'] as const;

export default annotationListing({
  kind: 'figure',
  plural: 'figures',
  summary: 'List figures (value, unit, qualifier, change, what they measure, who says so)',
  types: QUALIFIERS,
  typeNoun: 'qualifier',
  typeHelp: 'only figures with this qualifier, how the source bounds the value: exact, about, at_least, up_to, more_than',
  notes: 'Each figure comes with its value, unit (ISO currency, percent, percentage_point, a measure, or the counted noun), qualifier, change (up, down, none), what it measures and who says so (--json: attribution). A vague amount ("hundreds of thousands") also has vagueWords, its own words, and the table shows them with the value read from them as a hint. A figure stated only in the headline has headline: true (source column: headline); one the body restates is listed once, from the body.',
  columns: ['doc', 'value', 'unit', 'qualifier', 'change', 'source', 'what'],
  row: (a) => {
    const f = a.data as unknown as Figure;
    // the value with its bound in words ('at least 41'), as the browser and the events listing word it
    const n = f.value.toLocaleString('en-US');
    return [a.docId, f.vagueWords ? vagueAmount(f.vagueWords, f.qualifier, n) : boundedValue(f.qualifier, n), f.unit || '—', f.qualifier, f.change ?? '—', f.attribution?.source ?? (f.headline ? 'headline' : '—'), labelQuoteMarks(f.what) || '—'];
  },
});
