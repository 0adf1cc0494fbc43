// A common noun the parse ties to a name says what the name is: "the utility Enel" and "Enel,
// the utility" (ORG), "its Yukos division" (ORG), "the town of X" is left to the places stage.
// The nouns are data (data/descriptors.txt). A descriptor settles the type of the mention it
// describes; titled names and full personal names are never retyped (a person's name is rarely
// the name of a company in the same article, and "the Blair government" is about Blair).
import { readFileSync } from 'node:fs';
import { projectPath } from '../../paths.js';
import type { EntityType, Mention, Syntax } from '../../types.js';
import { caseMarker, dependents, headOfSpan } from '../syntax/query.js';

export type Descriptors = Map<string, EntityType>;

const TYPES = new Set<EntityType>(['PER', 'ORG', 'LOC', 'MISC']);

export function parseDescriptors(text: string): Descriptors {
  const out: Descriptors = new Map();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [type, noun] = line.split(/\s+/, 2);
    if (!TYPES.has(type as EntityType) || !noun) throw new Error(`descriptors: bad line "${line}"`);
    out.set(noun.toLowerCase(), type as EntityType);
  }
  return out;
}

let shipped: Descriptors | undefined;

export function shippedDescriptors(): Descriptors {
  shipped ??= parseDescriptors(readFileSync(projectPath('data', 'descriptors.txt'), 'utf8'));
  return shipped;
}

/** Relations by which a common noun renames a name: "utility Enel", "Enel, the utility". */
const RENAMING = new Set(['appos', 'nmod:desc', 'compound']);
/** Case markers by which a plural noun lists instances: "firms such as X and Y", "banks like X". */
const INSTANCES = new Set(['such as', 'like', 'including']);

/**
 * Mentions retyped by a descriptor noun, with the set of those it settled (for harmoniseTypes,
 * which must not vote them back).
 */
export function typeByDescriptors(
  mentions: Mention[],
  syn: Syntax | undefined,
  fixed: ReadonlySet<Mention> = new Set(),
  nouns: Descriptors = shippedDescriptors(),
): { mentions: Mention[]; settled: Set<Mention> } {
  const settled = new Set<Mention>();
  if (!syn || syn.words.length === 0) return { mentions, settled };
  const out = mentions.map((m) => {
    if (fixed.has(m) || m.title || (m.type === 'PER' && /\s/.test(m.text))) return m;
    const head = headOfSpan(syn, m);
    if (head === null) return m;
    const type = descriptorType(syn, head, m, nouns);
    if (type === null) return m;
    const typed = type === m.type ? m : { ...m, type };
    settled.add(typed);
    return typed;
  });
  return { mentions: out, settled };
}

function descriptorType(syn: Syntax, head: number, span: Mention, nouns: Descriptors): EntityType | null {
  const word = syn.words[head];
  const outside = (w: number) => syn.words[w].end <= span.start || syn.words[w].start >= span.end;
  const typeOf = (w: number) => (syn.words[w].upos === 'NOUN' && outside(w) ? (nouns.get(syn.words[w].lemma.toLowerCase()) ?? null) : null);
  // the name renames the noun ("Enel, the utility")
  if (word.deprel === 'appos' && word.head >= 0) {
    const t = typeOf(word.head);
    if (t) return t;
  }
  // the name modifies the noun ("the Yukos division", "the Kent village"); but a place modifying
  // an organisation's noun is where it is ("a London firm"), and "the BBC programme" is the BBC's
  if (word.deprel === 'compound' && word.head >= 0) {
    const t = typeOf(word.head);
    if (t === 'LOC' || (t === 'ORG' && span.type !== 'LOC' && span.type !== 'MISC')) return t;
  }
  // the noun renames the name ("the utility Enel", "Enel, a utility")
  for (const d of dependents(syn, head, ...RENAMING)) {
    const t = typeOf(d);
    if (t) return t;
  }
  // the name is an instance the noun lists ("firms such as X and Y")
  let w = head;
  if (syn.words[w].deprel === 'conj' && syn.words[w].head >= 0) w = syn.words[w].head;
  const listed = syn.words[w];
  if (listed.deprel.startsWith('nmod') && listed.head >= 0 && INSTANCES.has(caseMarker(syn, w) ?? '')) return typeOf(listed.head);
  return null;
}
