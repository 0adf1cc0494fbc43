// What a figure or a quote highlighted in the article text says beyond its words (the qualifier,
// what is counted, who says so; the speaker), as a note the reader opens in place. A tooltip alone
// is out of reach of the keyboard and of touch, so each such highlight is a disclosure button.
import type { LinkedAnnotation } from '../../server/api-types.js';
import { append, h, type Child } from './dom.js';
import { entityHref, formatFigure } from './format.js';
import { speakerLine, speakerWording, UNIDENTIFIED, type SpeakerFields } from '../../speaker-wording.js';
import { speakerEntity } from '../../speaker-entity.js';

/** A highlight's note: its content, and a short name for the control that opens it. */
export interface HighlightNote {
  label: string;
  content: () => Child[];
}


/** The value with its unit ("20 km", "up to €210,000,000", "nearly 500"): a bare number misleads. */
export function figureValue(a: LinkedAnnotation): string {
  const what = typeof a.data.what === 'string' ? a.data.what : '';
  return typeof a.data.value === 'number'
    ? formatFigure(a.data.value, String(a.data.qualifier ?? 'exact'), typeof a.data.unit === 'string' ? a.data.unit : undefined, what, typeof a.data.vagueWords === 'string' ? a.data.vagueWords : undefined, typeof a.data.qualifierWords === 'string' ? a.data.qualifierWords : undefined)
    : a.text;
}

/** Who says a figure, as the server resolved it (the speaker of the quote sharing its cue), else the stored source. */
function attributionSource(a: LinkedAnnotation): string | null {
  if (a.source) return a.source;
  const att = a.data.attribution as { source?: unknown } | undefined;
  return typeof att?.source === 'string' && att.source ? att.source : null;
}

export function figureNote(a: LinkedAnnotation): HighlightNote {
  const what = typeof a.data.what === 'string' ? a.data.what : '';
  const source = attributionSource(a);
  return {
    label: `Figure: ${figureValue(a)} ${what}`.trim(),
    content: () => [
      h('strong', {}, 'Figure: '), figureValue(a), what ? ` ${what}` : null,
      source ? h('span', { class: 'note-source' }, ' · according to ', speakerElement({ speaker: source, speakerText: a.sourceText, speakerEntityId: a.sourceEntity })) : null,
      // Only a figure in a claim (the same quantity in other articles) has a page to compare on.
      a.claim ? [' · ', h('a', { href: `#/claims?claim=${encodeURIComponent(a.claim)}` }, 'Compare with other articles')] : null,
    ],
  };
}

export function quoteNote(a: LinkedAnnotation): HighlightNote {
  const speaker = speakerLine(a.data);
  const kind = a.label === 'indirect' ? 'Reported speech' : 'Quote';
  return {
    label: `${kind}${speaker ? ` by ${speaker}` : ', speaker not found'}`,
    content: () => [
      h('strong', {}, `${kind}: `),
      speakerElement(a.data) ?? h('span', { class: 'muted' }, 'speaker not found'),
    ],
  };
}

/** The article's quotes with the speaker's entity as the listings give it (speaker-entity.ts): the
 *  name standing on the speaker's words as it is now, else the pipeline's link; never a name only
 *  inside the speaker's words ("the governor of North Kivu province" is not the province). */
export function withSpeakerEntities(annotations: LinkedAnnotation[]): LinkedAnnotation[] {
  const mentions = annotations.flatMap((a) => (a.kind === 'mention' && a.entity ? [{ start: a.start, end: a.end, type: a.label, key: a.entity }] : []));
  return annotations.map((a) => {
    if (a.kind !== 'quote') return a;
    return { ...a, data: { ...a.data, speakerEntityId: speakerEntity(mentions, a.data) } };
  });
}

/** Who said it: the resolved person or body, linked to their page; else the words as written, in
 *  quotation marks and marked, never a bare noun ("statement") set as if it were a name. */
export function speakerElement(data: SpeakerFields, cls?: string): HTMLElement | null {
  const w = speakerWording(data);
  if (!w) return null;
  if (w.identified) return h('a', { class: cls, href: entityHref(String(data.speakerEntityId)) }, w.text);
  return h('span', { class: `${cls ?? ''} speaker-unidentified`.trim(), title: 'No person or body was found for these words' }, w.text, h('span', { class: 'muted' }, ` (${UNIDENTIFIED})`));
}

let counter = 0;

/**
 * The control and its note, to be placed where the highlight is. `inner` is the highlight's own
 * content: where it holds no link, the highlight itself is the button (the words the reader sees
 * are what they press); a highlight holding links (a quote naming people) cannot be a button, so a
 * small button follows it instead, and a click on its words (not on a link) opens the note too.
 */
export function noteControl(note: HighlightNote, attrs: Record<string, string | number>, inner: Child[]): Child[] {
  const id = `hl-note-${++counter}`;
  // (data-outside-text: not the article's text, so citations and search marks skip it)
  const box = h('span', { class: 'ann-note', id, role: 'note', hidden: true, 'data-outside-text': true });
  let button: HTMLElement;
  const toggle = () => {
    const open = box.hidden;
    if (open && !box.childElementCount) append(box, [note.content(), h('button', { type: 'button', class: 'ann-note-close', 'aria-label': 'Close note', onclick: () => close() }, '×')]);
    box.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  };
  const close = () => {
    box.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  };
  // Both kinds of control are spans acting as buttons: Enter and Space open, Escape closes.
  const keys = (ev: KeyboardEvent) => {
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      toggle();
    } else if (ev.key === 'Escape' && !box.hidden) close();
  };
  box.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') close();
  });
  const interactive = 'a, button, [role="button"]';
  const holdsLink = inner.some((c) => c instanceof Element && (c.matches(interactive) || !!c.querySelector(interactive)));
  if (!holdsLink) {
    // A span acting as a button, not a <button>: a button is always one box, so a quote running
    // over several lines would become a block in the middle of the paragraph.
    button = h('span', { ...attrs, role: 'button', tabindex: 0, class: `${attrs.class} ann-button`, 'aria-expanded': 'false', 'aria-controls': id, 'aria-description': note.label, onclick: toggle, onkeydown: keys }, ...inner);
    return [button, box];
  }
  // Its "i" is drawn by styles.css: a letter here would shift the text offsets citations count.
  // A span, not a <button>: a button is a box the line may break before (even after a no-break
  // space), which on a phone left the "i" alone on the next line; an inline span's "i" is joined
  // to the quote's last word as letters are.
  button = h('span', { role: 'button', tabindex: 0, class: 'ann-more', 'aria-expanded': 'false', 'aria-controls': id, 'aria-label': note.label, title: note.label, onclick: toggle, onkeydown: keys });
  const span = h('span', { ...attrs, onclick: (ev: MouseEvent) => {
    if (!(ev.target as Element).closest(interactive)) toggle();
  } }, ...inner);
  return [span, button, box];
}
