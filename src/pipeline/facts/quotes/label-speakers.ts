// Who a label rule may take for a speaker: a headline's "Brexit:", "Coronavirus:" or "Analysis:"
// is a topic, "Mayor Ayala:" or "Police:" a source. With the document's names at hand, a label
// speaks when it holds a person or organisation name or ends in a word for a person or a body.
import type { Mention } from '../../../types.js';
import { ORG_DESCRIPTORS, PERSON_DESCRIPTORS } from '../../lexicons/nouns.js';

/** Whether the tokens [from, to) can be a speaker. */
export type SpeakerLabelTest = (from: number, to: number) => boolean;

export function speakerLabelTest(ctx: { mentions: Mention[]; mentionAt: Int32Array; low: string[] }): SpeakerLabelTest {
  return (from, to) => {
    for (let i = from; i < to; i++) {
      const type = ctx.mentions[ctx.mentionAt[i]]?.type;
      if (type === 'PER' || type === 'ORG') return true;
    }
    const head = ctx.low[to - 1];
    return PERSON_DESCRIPTORS.has(head) || ORG_DESCRIPTORS.has(head);
  };
}
