// Pronouns and descriptions resolved to the entity a gold annotation says they refer to. Each
// gold pronoun or description of a person or organisation whose instance the same document also
// names is an item; the resolution under test names an entity of ours (or nobody). The item is
// right when that entity is one our mentions at the instance's named mentions carry. Scored:
// accuracy over all items, coverage (resolved at all) and precision (right among resolved), by
// pronoun group, with error classes.

/** How a gold mention refers: by a pronoun of a group, by a description, or otherwise (not scored). */
export type ReferenceForm = 'he/she' | 'it' | 'they' | 'first/second person' | 'description' | 'name' | 'other';

const PRONOUN_GROUPS: Record<string, ReferenceForm> = {};
for (const w of ['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself']) PRONOUN_GROUPS[w] = 'he/she';
for (const w of ['it', 'its', 'itself']) PRONOUN_GROUPS[w] = 'it';
for (const w of ['they', 'them', 'their', 'theirs', 'themselves']) PRONOUN_GROUPS[w] = 'they';
for (const w of ['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves', 'you', 'your', 'yours']) PRONOUN_GROUPS[w] = 'first/second person';

const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that']);

/**
 * The form of a gold mention from its annotated syntactic type; where the file leaves the type
 * empty (mentions only the cross-document layer marks), from its words.
 */
export function referenceForm(text: string, syntacticType: string): ReferenceForm {
  const words = text.trim().split(/\s+/);
  const pronoun = words.length === 1 ? PRONOUN_GROUPS[words[0].toLowerCase()] : undefined;
  if (syntacticType === 'PRO' || (!syntacticType && pronoun)) return pronoun ?? 'other';
  if (syntacticType === 'NAM') return 'name';
  if (syntacticType === 'NOM') return 'description';
  if (syntacticType) return 'other';
  // "which", "who", "it 's": relative pronouns and pronoun phrases are not descriptions
  if (pronoun || RELATIVES.has(words[0].toLowerCase()) || PRONOUN_GROUPS[words[0].toLowerCase()]) return 'other';
  // "the Air Force": an article before capitalised words only is part of a name
  if (ARTICLES.has(words[0].toLowerCase())) return words.length > 1 && words.slice(1).every((w) => /^\p{Lu}/u.test(w)) ? 'name' : 'description';
  return /^\p{Ll}/u.test(words[0]) ? 'description' : 'name';
}

/** One scored pronoun or description and what the resolution made of it. */
export interface ReferenceItem {
  doc: string;
  text: string;
  form: ReferenceForm;
  /** The gold entity type (PER, ORG). */
  type: string;
  /** The gold instance's descriptor. */
  name: string;
  /** No named mention of the instance comes before it in the document. */
  cataphora: boolean;
  /** What ours names: null when nobody. */
  resolved: { name: string; type: string } | null;
  right: boolean;
}

export interface ReferenceScore {
  items: number;
  resolved: number;
  right: number;
  accuracy: number;
  coverage: number;
  precision: number;
}

export interface ReferenceReport {
  pronouns: ReferenceScore;
  descriptions: ReferenceScore;
  /** Pronouns by group and gold type ("he/she PER", "it ORG", "they ORG" …). */
  byGroup: Record<string, ReferenceScore>;
  errors: {
    /** Pronouns before the instance's first name in the document, and how many of them went wrong or unresolved. */
    cataphora: { items: number; missed: number };
    /** Resolved to another entity of the same gold type although the instance was named before. */
    nearestNameWrong: number;
    /** Resolved to an entity of the other kind (a person for an organisation's "it"). */
    wrongKind: number;
    /** Not resolved although the instance was named before. */
    unresolved: number;
  };
  /** Gold pronouns not scored: first and second person (the speaker of a quotation), relative and others. */
  notScored: Record<string, number>;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

function score(items: ReferenceItem[]): ReferenceScore {
  const resolved = items.filter((i) => i.resolved).length;
  const right = items.filter((i) => i.right).length;
  return {
    items: items.length,
    resolved,
    right,
    accuracy: items.length ? r3(right / items.length) : 0,
    coverage: items.length ? r3(resolved / items.length) : 0,
    precision: resolved ? r3(right / resolved) : 0,
  };
}

export function scoreReferences(items: ReferenceItem[], notScored: Record<string, number>): ReferenceReport {
  const pronouns = items.filter((i) => i.form !== 'description');
  const byGroup: Record<string, ReferenceItem[]> = {};
  for (const i of pronouns) (byGroup[`${i.form} ${i.type}`] ??= []).push(i);
  const wrong = pronouns.filter((i) => i.resolved && !i.right && !i.cataphora);
  const cataphora = pronouns.filter((i) => i.cataphora);
  return {
    pronouns: score(pronouns),
    descriptions: score(items.filter((i) => i.form === 'description')),
    byGroup: Object.fromEntries(Object.entries(byGroup).sort().map(([k, v]) => [k, score(v)])),
    errors: {
      cataphora: { items: cataphora.length, missed: cataphora.filter((i) => !i.right).length },
      nearestNameWrong: wrong.filter((i) => i.resolved!.type === i.type).length,
      wrongKind: wrong.filter((i) => i.resolved!.type !== i.type).length,
      unresolved: pronouns.filter((i) => !i.resolved && !i.cataphora).length,
    },
    notScored,
  };
}

/** One line per item, for --details. */
export function referenceLine(i: ReferenceItem): string {
  const status = i.right ? 'right' : i.resolved ? 'wrong' : 'none';
  return `${status.padEnd(5)} ${i.form.padEnd(11)} ${i.doc} "${i.text}" = ${i.name}${i.cataphora ? ' (cataphora)' : ''} → ${i.resolved ? `${i.resolved.name} (${i.resolved.type})` : 'nobody'}`;
}
