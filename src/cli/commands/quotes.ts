import { annotationListing } from '../annotation-listing.js';
import type { Quote } from '../../types.js';

export default annotationListing({
  kind: 'quote',
  plural: 'quotes',
  summary: 'List quotes with their speakers',
  typeHelp: 'direct or indirect',
  columns: ['doc', 'kind', 'speaker', 'quote'],
  row: (a) => {
    const q = a.data as unknown as Quote;
    return [a.docId, q.kind, q.speaker ?? 'unattributed', q.text];
  },
});
