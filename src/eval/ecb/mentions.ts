// From an analysed ECB+ document to what event coreference compares: each gold mention's head
// lemma, the participants, places and date of its sentence, and the document's story features.
import type { Span } from '../../types.js';
import type { CorefDocument, CorefMention } from '../../corpus/events/mention-coref.js';
import { lightLemma } from '../../corpus/events/lemma.js';
import type { AnalysedEcbDocument } from './analyse.js';
import type { EcbEventMention } from './read.js';

const within = (x: Span, s: Span) => x.start >= s.start && x.end <= s.end;

function sentenceSpan(a: AnalysedEcbDocument, m: EcbEventMention): Span | null {
  const first = a.tokenSpan.get(m.tokens[0]);
  if (!first) return null;
  return a.analysis.segmentation.sentences.find((s) => s.start <= first.start && first.start < s.end) ?? null;
}

/** The mention's head: the word the parse makes head of the others, else its first content word. */
function headLemma(a: AnalysedEcbDocument, m: EcbEventMention): string {
  const spans = m.tokens.map((t) => a.tokenSpan.get(t)).filter((s): s is Span => !!s);
  const words = a.analysis.syntax.words;
  if (words.length && spans.length) {
    const idx = words.map((w, i) => (spans.some((s) => w.start >= s.start && w.end <= s.end) ? i : -1)).filter((i) => i >= 0);
    const inside = new Set(idx);
    const head = idx.find((i) => !inside.has(words[i].head)) ?? idx[0];
    // the stem of the lemma: "killing" (noun) and "killed" (verb) are one head
    if (head !== undefined) return lightLemma(words[head].lemma);
  }
  const texts = m.tokens.map((t) => a.doc.tokens.find((x) => x.id === t)?.text ?? '');
  const content = texts.find((t) => /^[A-Za-z]/.test(t) && t.length > 2 && !FUNCTION_WORDS.has(t.toLowerCase())) ?? texts[0] ?? '';
  return lightLemma(content);
}

/** Auxiliaries, particles and determiners that may open a multi-word mention ("has been arrested", "set off"). */
const FUNCTION_WORDS = new Set(['the', 'has', 'have', 'had', 'was', 'were', 'been', 'being', 'will', 'would', 'are', 'is', 'did', 'does', 'not', 'and']);

export function corefMentions(a: AnalysedEcbDocument): CorefMention[] {
  const { analysis } = a;
  return a.doc.mentions.map((m) => {
    const s = sentenceSpan(a, m);
    const participants = s ? analysis.mentions.filter((x) => x.entityId && x.type !== 'LOC' && within(x, s)).map((x) => x.entityId!) : [];
    const places = s ? analysis.places.filter((p) => within(p, s)).map((p) => p.place.ref) : [];
    const date = s ? (analysis.times.find((t) => within(t, s) && t.value.iso)?.value.iso ?? null) : null;
    return { key: m.key, doc: a.doc.name, lemma: headLemma(a, m), participants, places, date };
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
