import { annotationListing } from '../annotation-listing.js';
import type { Figure } from '../../types.js';
import { terseCount } from '../../vague-amount.js';
import { labelQuoteMarks } from '../../label-marks.js';
import { speakerLine } from '../../speaker-wording.js';
import { figureSources, type AttributedSource } from '../../figure-sources.js';
import { sourcedRows } from '../source-column.js';
import type { StoredAnnotation } from '../../store/interface.js';

const QUALIFIERS = ['exact', 'about', 'at_least', 'up_to', 'more_than'] as const;

export default annotationListing({
  kind: 'figure',
  plural: 'figures',
  summary: 'List figures (value, unit, qualifier, change, what they measure, who says so)',
  types: QUALIFIERS,
  typeNoun: 'qualifier',
  typeHelp: 'only figures with this qualifier, how the source bounds the value: exact, about, at_least, up_to, more_than',
  notes: 'Each figure comes with its value, unit (ISO currency, percent, percentage_point, a measure, or the counted noun), qualifier, change (up, down, none), what it measures and who says so (--json: attribution as stored, and source, sourceText, sourceEntityId and sourceSpan (where those words stand) as the table resolves it: for a figure in reported speech, the speaker of that quote, as `chronicle quotes --json` gives it). A vague amount ("hundreds of thousands") also has vagueWords, its own words, and the table shows them with the value read from them as a hint. A bound the source words otherwise than the qualifier reads ("nearly", "fewer than") has qualifierWords, and the table shows it so ("nearly 500", not "up to 500"). A figure stated only in the headline has headline: true (source column: headline); one the body restates is listed once, from the body.',
  columns: ['doc', 'value', 'unit', 'qualifier', 'change', 'source', 'what'],
  // a source the article names stays a name; a description ("indictment") is quoted and marked, as
  // `chronicle quotes` marks a speaker it could not identify; --json adds it resolved
  ...sourcedRows(figureSources, figureRow),
});

type FigureRow = StoredAnnotation & { docId: string };

function figureRow(a: FigureRow, resolved: AttributedSource | undefined): string[] {
  const f = a.data as unknown as Figure;
  const source = f.attribution?.source ? speakerLine(resolved ?? { speaker: f.attribution.source }) : null;
  // the value with its bound in words ('at least 41', 'nearly 500'), as the browser and the events listing word it
  return [a.docId, terseCount(f), f.unit || '—', f.qualifier, f.change ?? '—', source ?? (f.headline ? 'headline' : '—'), labelQuoteMarks(f.what) || '—'];
}
