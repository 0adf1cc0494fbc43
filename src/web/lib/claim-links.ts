// One merged event's counts can show twice on the Claims page: in its event card ("Killed: at least 12
// in … · 17 in …") and as a claim group of their own, each figure with its source's sentence. These
// say so on both and link one to the other, so a reader sees one disagreement, not two.
import type { ClaimGroup, EventItem } from '../../server/api-types.js';
import { h } from './dom.js';
import { eventHref, formatPublished } from './format.js';

/** The claim's name, capitalised, with its event's date in words: "killed in the attack in Goma (2025-02-13)" → "… · 13 February 2025". */
export function claimTitle(g: Pick<ClaimGroup, 'what' | 'event'>): string {
  const what = g.what.charAt(0).toUpperCase() + g.what.slice(1);
  if (!g.event) return what;
  // a date with or without a year ("2025-02-13", "--02-13"), in words
  return what.replace(/ \(((?:\d{4}|-)(?:-\d{2}(?:-\d{2})?)?)\)$/, (_m, iso: string) => ` · ${formatPublished(iso)}`);
}

/** The element a claim card is rendered as, found by its key. */
export function claimElement(key: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`section.claim[data-claim="${CSS.escape(key)}"]`);
}

/** The event card of the Claims page's "Events the articles report differently", found by its key. */
export function eventElement(key: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.disputed-events article.event-card[data-event="${CSS.escape(key)}"]`);
}

/** A link that moves to `target` on this page when it is there (the router owns the hash, so no
 *  #fragment can), else follows `href` to the page that shows the same thing. */
export function jumpLink(text: string, href: string, target: () => HTMLElement | null): HTMLElement {
  return h('a', { href, class: 'jump-link', onclick: (ev: MouseEvent) => {
    const el = target();
    if (!el || ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
    ev.preventDefault();
    el.setAttribute('tabindex', '-1');
    el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
  } }, text);
}

/** Under a claim that compares one event's counts: which event, and where it is shown too. */
export function eventOfClaimNote(g: ClaimGroup, shown: EventItem | undefined): HTMLElement | null {
  if (!g.event) return null;
  const event = g.event;
  return h('p', { class: 'claim-reason muted', 'data-claim-event': event },
    'The counts of one event, ',
    h('a', { href: eventHref(event) }, shown?.title ?? 'its event page'),
    `, as ${g.figures.length} of its reports give them, each with its source. `,
    shown
      ? ['The same disagreement is listed ', jumpLink('above, among the events the articles report differently ↑', eventHref(event), () => eventElement(event)), '.']
      : null,
  );
}

/** Under an event card: the claim groups below that set its counts side by side. */
export function claimsOfEventNote(e: EventItem, claims: ClaimGroup[]): HTMLElement | null {
  const mine = claims.filter((g) => g.event === e.key);
  if (!mine.length) return null;
  return h('p', { class: 'event-claims-note small', 'data-event-claims': e.key },
    mine.length === 1 ? 'These counts, each with its source’s sentence: ' : 'Its counts, each with its source’s sentence: ',
    mine.map((g, i) => [i ? ' · ' : '', jumpLink(`“${claimTitle(g)}” below ↓`, `#/claims?claim=${encodeURIComponent(g.key)}`, () => claimElement(g.key))]),
  );
}
