// The article's own page says who published it ("Vestnik Today", "Great Lakes Monitor"), and a story
// often names its outlet in the text ("according to calculations of Vestnik Today", "told the
// Great Lakes Monitor"). The tagger has never seen an invented or foreign outlet's name and reads
// it as a place or a title; a name that is the document's publisher is an organisation, settled.
// A name the tagger reads as a person stays one: the publisher of a text copy is read from its
// first lines, and a byline-like line can make it a person's name ("Clinton").
import type { Mention } from '../../types.js';
import { nameKey } from '../../corpus/entities/names.js';

export function typePublisherNames(mentions: Mention[], publisher: string | null | undefined): Mention[] {
  if (!publisher) return mentions;
  const key = nameKey(publisher.replace(/^the\s+/i, ''));
  if (!key) return mentions;
  return mentions.map((m) => (m.type !== 'PER' && nameKey(m.text.replace(/^the\s+/i, '')) === key ? { ...m, type: 'ORG', typeSettled: true } : m));
}
