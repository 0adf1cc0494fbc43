// The article's own page says who published it ("Vestnik Today", "Great Lakes Monitor"), and a story
// often names its outlet in the text ("according to calculations of Vestnik Today", "told the
// Great Lakes Monitor"). The tagger has never seen an invented or foreign outlet's name and reads
// it as a place or a title; a name that is the document's publisher is an organisation, settled.
// A name the tagger reads as a person stays one: the publisher of a text copy is read from its
// first lines, and a byline-like line can make it a person's name ("Clinton").
// A name the tagger reads as a place changes only where the text writes it as the page writes the
// publisher's name, letter case included: a site's slug is often its city's name ("cleveland"),
// and a dateline in capitals ("CLEVELAND, Ohio – …") or a sentence's "Cleveland" is the city.
import type { Mention } from '../../types.js';
import { nameKey } from './names.js';

export function typePublisherNames(mentions: Mention[], publisher: string | null | undefined): Mention[] {
  if (!publisher) return mentions;
  // a site's handle runs its words together ("TheHill", "TheDailyBeacon") where the text spaces
  // them ("The Hill"): both forms count, so a handle written in capitals ("ZDNet") matches as written
  const forms = [publisher, splitRunTogether(publisher)].map(bare).filter(Boolean);
  const keys = new Set(forms.map(nameKey).filter(Boolean));
  if (keys.size === 0) return mentions;
  const written = new Set(forms);
  return mentions.map((m) => {
    if (m.type === 'PER') return m;
    const text = bare(m.text);
    const isOutlet = m.type === 'LOC' ? written.has(text) : keys.has(nameKey(text));
    return isOutlet ? { ...m, type: 'ORG', typeSettled: true } : m;
  });
}

function bare(name: string): string {
  return name.replace(/^the\s+/i, '').replace(/\s+/g, ' ').trim();
}

/** "TheHill" → "The Hill": a space before each capital that follows a lower-case letter. */
function splitRunTogether(name: string): string {
  return name.replace(/(\p{Ll})(?=\p{Lu})/gu, '$1 ');
}
