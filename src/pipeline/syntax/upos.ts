// The 17 Universal POS tags, as small integers for the tagger and parser.
export const UPOS = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X',
] as const;
export type Upos = (typeof UPOS)[number];
export const NUM_UPOS = UPOS.length;
/** Tag value for a position outside the sentence, and for the artificial root. */
export const TAG_NONE = NUM_UPOS;
export const TAG_ROOT = NUM_UPOS + 1;

const index = new Map<string, number>(UPOS.map((t, i) => [t, i]));

export function uposId(tag: string): number {
  const id = index.get(tag);
  if (id === undefined) throw new Error(`unknown UPOS tag "${tag}"`);
  return id;
}
