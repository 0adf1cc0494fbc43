// Skip links: the first stops of the keyboard, past the header (and on a page with one, past its
// tools) to where the reading starts. Their targets are ids in the page, but an address that is
// only "#main" is a route to the hash router, and the skip link had opened a "Not found" page:
// following one moves focus to its target and leaves the address alone.
import { h } from './dom.js';

/** Moves focus to the element a skip link names, and brings it into view; the link's own navigation is cancelled. */
function follow(ev: MouseEvent): void {
  const link = (ev.target as Element | null)?.closest<HTMLAnchorElement>('a.skip-link');
  const target = link ? document.getElementById(link.hash.slice(1)) : null;
  if (!target) return;
  ev.preventDefault();
  // a block of text takes focus only from a script (tabindex -1), so Tab goes on from there, not from the top
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start' });
}

/** Lets every skip link of the page work (once, from the router). */
export function installSkipLinks(): void {
  document.addEventListener('click', follow);
}

/** A view's own skip link to `targetId`, after the page's "Skip to content"; the returned function removes it (the view's onLeave). */
export function addSkipLink(label: string, targetId: string): () => void {
  const link = h('a', { class: 'skip-link', href: `#${targetId}` }, label);
  const first = document.querySelector('body > .skip-link');
  if (first) first.after(link);
  else document.body.prepend(link);
  return () => link.remove();
}
