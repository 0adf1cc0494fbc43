// From an analysed ECB+ document to what event coreference compares: each gold mention's head
// lemma, the participants, places and date of its sentence, and the document's story features.
import type { Span } from '../../types.js';
import type { CorefDocument, CorefMention } from '../../corpus/events/mention-coref.js';
import { lightLemma } from '../../corpus/events/lemma.js';
import type { AnalysedEcbDocument } from './analyse.js';
import type { EcbEventMention } from './read.js';
import { mentionRoles, roleSources } from '../../corpus/events/mention-roles.js';

const within = (x: Span, s: Span) => x.start >= s.start && x.end <= s.end;

function sentenceSpan(a: AnalysedEcbDocument, m: EcbEventMention): Span | null {
  const first = a.tokenSpan.get(m.tokens[0]);
  if (!first) return null;
  return a.analysis.segmentation.sentences.find((s) => s.start <= first.start && first.start < s.end) ?? null;
}

/** Index of the mention's head word: the word the parse makes head of the others; undefined without a parse. */
function headWord(a: AnalysedEcbDocument, m: EcbEventMention): number | undefined {
  const spans = m.tokens.map((t) => a.tokenSpan.get(t)).filter((s): s is Span => !!s);
  const words = a.analysis.syntax.words;
  if (!words.length || !spans.length) return undefined;
  const idx = words.map((w, i) => (spans.some((s) => w.start >= s.start && w.end <= s.end) ? i : -1)).filter((i) => i >= 0);
  const inside = new Set(idx);
  return idx.find((i) => !inside.has(words[i].head)) ?? idx[0];
}

/** The head's lemma, else the mention's first content word. */
function headLemma(a: AnalysedEcbDocument, m: EcbEventMention, head: number | undefined): string {
  // the stem of the lemma: "killing" (noun) and "killed" (verb) are one head
  if (head !== undefined) return lightLemma(a.analysis.syntax.words[head].lemma);
  const texts = m.tokens.map((t) => a.doc.tokens.find((x) => x.id === t)?.text ?? '');
  const content = texts.find((t) => /^[A-Za-z]/.test(t) && t.length > 2 && !FUNCTION_WORDS.has(t.toLowerCase())) ?? texts[0] ?? '';
  return lightLemma(content);
}

/** WordNet forms of the mention: its words' lemmas joined ("open_fire", "drunk_driving") when it
 *  has several, then the head's lemma. */
function senseKeys(a: AnalysedEcbDocument, m: EcbEventMention, head: number | undefined): string[] {
  if (head === undefined) return [];
  const words = a.analysis.syntax.words;
  const spans = m.tokens.map((t) => a.tokenSpan.get(t)).filter((s): s is Span => !!s);
  const inside = words.filter((w) => spans.some((s) => w.start >= s.start && w.end <= s.end) && !FUNCTION_TAGS.has(w.upos));
  const keys = inside.length > 1 ? [inside.map((w) => w.lemma.toLowerCase()).join('_')] : [];
  return [...keys, words[head].lemma.toLowerCase()];
}

/** Auxiliaries, determiners and punctuation: not part of a multi-word expression's dictionary form. */
const FUNCTION_TAGS = new Set(['AUX', 'DET', 'PUNCT', 'PART', 'CCONJ', 'PRON', 'SCONJ']);

/** Who and what the head takes, by relation: subjects, objects, obliques, modifiers naming someone. */
const ARGUMENT_RELATIONS = /^(nsubj|obj|iobj|obl|nmod|compound)/;
const CONTENT_TAGS = new Set(['NOUN', 'PROPN', 'NUM']);

/** The head's arguments: the entity a dependent names, else the dependent's lemma (nouns, names, numbers). */
function headArguments(a: AnalysedEcbDocument, head: number | undefined): string[] {
  if (head === undefined) return [];
  const { words } = a.analysis.syntax;
  const out: string[] = [];
  words.forEach((w) => {
    if (w.head !== head || !ARGUMENT_RELATIONS.test(w.deprel) || !CONTENT_TAGS.has(w.upos)) return;
    const entity = a.analysis.mentions.find((x) => x.entityId && x.start <= w.start && w.end <= x.end)?.entityId;
    out.push(entity ?? w.lemma.toLowerCase());
  });
  return out;
}

/** Content lemmas of a sentence (nouns, names, verbs, adjectives, numbers). */
function sentenceWords(a: AnalysedEcbDocument, s: Span | null): string[] {
  if (!s) return [];
  return a.analysis.syntax.words.filter((w) => w.start >= s.start && w.end <= s.end && (CONTENT_TAGS.has(w.upos) || w.upos === 'VERB' || w.upos === 'ADJ')).map((w) => w.lemma.toLowerCase());
}

/** Auxiliaries, particles and determiners that may open a multi-word mention ("has been arrested", "set off"). */
const FUNCTION_WORDS = new Set(['the', 'has', 'have', 'had', 'was', 'were', 'been', 'being', 'will', 'would', 'are', 'is', 'did', 'does', 'not', 'and']);

export function corefMentions(a: AnalysedEcbDocument): CorefMention[] {
  const { analysis } = a;
  const sources = roleSources(analysis.syntax.words, analysis.mentions, analysis.times);
  return a.doc.mentions.map((m) => {
    const s = sentenceSpan(a, m);
    const participants = s ? analysis.mentions.filter((x) => x.entityId && x.type !== 'LOC' && within(x, s)).map((x) => x.entityId!) : [];
    const places = s ? analysis.places.filter((p) => within(p, s)).map((p) => p.place.ref) : [];
    const date = s ? (analysis.times.find((t) => within(t, s) && t.value.iso)?.value.iso ?? null) : null;
    const head = headWord(a, m);
    return {
      key: m.key, doc: a.doc.name, lemma: headLemma(a, m, head), participants, places, date,
      sentence: m.sentence, args: headArguments(a, head), context: sentenceWords(a, s),
      ...(head !== undefined ? { pos: analysis.syntax.words[head].upos, senseKeys: senseKeys(a, m, head), roles: mentionRoles(sources, head) } : {}),
    };
  });
}

/** Story features: who and where the document names (entities, places, capitalised words), its dates and numbers. */
export function corefDocument(a: AnalysedEcbDocument): CorefDocument {
  const features = new Map<string, number>();
  const add = (f: string, w = 1) => features.set(f, (features.get(f) ?? 0) + w);
  for (const m of a.analysis.mentions) if (m.entityId) add(`e:${m.entityId}`);
  for (const p of a.analysis.places) add(`p:${p.place.ref}`);
  for (const t of a.analysis.times) if (t.value.iso) add(`d:${t.value.iso}`);
  // the story's names and numbers tell two similar stories apart; shared vocabulary ("quake", "rehab") does not
  for (const t of a.doc.tokens) {
    if (/^[A-Z][a-z]+$/.test(t.text) && t.sentence > 0) add(`c:${t.text}`);
    if (/^\d+$/.test(t.text)) add(`n:${t.text}`);
  }
  return { name: a.doc.name, features };
}
