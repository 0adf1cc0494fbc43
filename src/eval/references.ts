// Gold pronouns and descriptions of one MEANTIME document put to the speaker step's resolution:
// the document's attribution sources are resolved first, in text order, exactly as the facts
// stage does (who spoke is what makes a later "he" salient), then each gold mention's words are
// resolved as a source phrase would be.
import type { Analysis, Mention, Span } from '../types.js';
import { buildDocumentContext, tokensCovering } from '../pipeline/context/document.js';
import { resolveSpeakers } from '../pipeline/facts/index.js';
import type { GoldEntityMention } from './timeml/meantime-read.js';
import { referenceForm, type ReferenceItem } from './lib/reference-score.js';
import { mentionAtHead } from './mention-head.js';

const SCORED = new Set(['PER', 'ORG']);
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * Items for every gold pronoun or description (of a person or organisation the document also
 * names), and counts of the gold pronouns left out, by form. `gold` is over the analysed text.
 */
export function resolveReferences(a: Analysis, gold: GoldEntityMention[], docId: string): { items: ReferenceItem[]; notScored: Record<string, number> } {
  const ctx = buildDocumentContext(a.doc, a.segmentation, a.mentions, a.places, a.times, a.syntax);
  const { speakers } = resolveSpeakers(ctx, a);
  const forms = gold.map((g) => referenceForm(g.text, g.syntacticType));
  const named = new Map<string, GoldEntityMention[]>();
  gold.forEach((g, k) => {
    if (forms[k] === 'name') (named.get(g.instance) ?? named.set(g.instance, []).get(g.instance)!).push(g);
  });
  const items: ReferenceItem[] = [];
  const notScored: Record<string, number> = {};
  gold.forEach((g, k) => {
    const form = forms[k];
    const names = named.get(g.instance);
    if (form === 'name' || !SCORED.has(g.type) || !names) return;
    if (form === 'other' || form === 'first/second person') {
      notScored[form] = (notScored[form] ?? 0) + 1;
      return;
    }
    const { a: from, b: to } = tokensCovering(ctx.toks, g);
    const r = to > from ? speakers.resolve(from, to) : null;
    const resolved = r && r.kind !== 'description' ? r : null;
    // our entities at the instance's names; a name no mention of ours covers is matched by its span
    const ids = new Set(names.map((n) => mentionAtHead(a, n)?.entityId).filter((id): id is string => !!id));
    const right = !!resolved && ((!!resolved.entityId && ids.has(resolved.entityId)) || names.some((n) => overlaps(n, resolved.span)));
    items.push({
      doc: docId,
      text: g.text,
      form,
      type: g.type,
      name: g.name,
      cataphora: !names.some((n) => n.start < g.start),
      resolved: resolved ? { name: resolved.name, type: typeOf(a.mentions, resolved.span, resolved.kind) } : null,
      right,
    });
  });
  return { items, notScored };
}

/** The type of the mention a resolution points to (a person or body the rules named without a mention: by its kind). */
function typeOf(mentions: Mention[], span: Span, kind: string): string {
  return mentions.find((m) => overlaps(m, span))?.type ?? (kind === 'person' ? 'PER' : 'ORG');
}
