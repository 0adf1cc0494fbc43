import { annotationListing } from '../annotation-listing.js';
import type { Figure } from '../../types.js';

export default annotationListing({
  kind: 'figure',
  plural: 'figures',
  summary: 'List figures (how many of what, with qualifier and who says so)',
  typeHelp: 'qualifier: exact, about, at_least, up_to, more_than',
  columns: ['doc', 'value', 'qualifier', 'source', 'what'],
  row: (a) => {
    const f = a.data as unknown as Figure;
    return [a.docId, f.value.toLocaleString('en-US'), f.qualifier, f.attribution?.source ?? '—', f.what];
  },
});
