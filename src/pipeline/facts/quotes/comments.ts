// Reader comments and letters: paragraphs signed "Name, Place" (the way news sites print
// readers' views). Each is a quote of its writer, not the outlet's reporting. A document needs
// at least two signed paragraphs, so a lone byline-like line is not taken for a comments page.
import type { Quote } from '../../../types.js';
import type { FactsContext } from '../../context/document.js';
import type { SpeakerResolver } from '../../reference/resolver.js';
import { speakerFields } from './index.js';

const SIGNATURE = /([.!?…"”])\s*(?:\n\s*)?((?:[A-Z][\p{L}'’.-]+\s){1,3}[A-Z][\p{L}'’-]+),\s*([A-Z][\p{L}'’ .-]{1,30}(?:,\s*[A-Z][\p{L}'’ .-]{1,30})?)\s*$/u;

export function extractComments(ctx: FactsContext, speakers: SpeakerResolver): Quote[] {
  const found: Array<{ body: { start: number; end: number }; name: { start: number; end: number } }> = [];
  for (const p of ctx.doc.paragraphs) {
    const text = ctx.text.slice(p.start, p.end);
    const m = SIGNATURE.exec(text);
    if (!m || m.index < 20) continue;
    const nameStart = p.start + m.index + m[0].indexOf(m[2], m[1].length);
    const name = { start: nameStart, end: nameStart + m[2].length };
    // the writer must be a person the entity tagger found
    if (!ctx.mentions.some((x) => x.type === 'PER' && x.start <= name.start && x.end >= name.end - 1)) continue;
    found.push({ body: { start: p.start, end: p.start + m.index + m[1].length }, name });
  }
  if (found.length < 2) return [];
  return found.map(({ body, name }) => {
    const a = ctx.toks.findIndex((t) => t.start >= name.start);
    let b = a;
    while (b < ctx.toks.length && ctx.toks[b].end <= name.end) b++;
    const resolved = a >= 0 && b > a ? speakers.resolve(a, b) : null;
    return {
      ...body, text: ctx.text.slice(body.start, body.end), kind: 'direct' as const, ...speakerFields(ctx, resolved),
      sentence: { ...body },
    };
  });
}
