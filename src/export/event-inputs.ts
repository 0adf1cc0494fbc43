// The event export streams its first pass document by document with the corpus's own builder.
import type { StoredAnnotation, StoredDocument } from '../store/interface.js';
import type { EventInput } from '../corpus/events/coreference.js';
import { eventInputsOf as inputsOfAnnotations } from '../corpus/events/inputs.js';

export function eventInputsOf(doc: StoredDocument, keep: (a: StoredAnnotation) => boolean = () => true): EventInput[] {
  return inputsOfAnnotations(doc.id, doc.annotations, keep, doc.meta.published.value);
}
