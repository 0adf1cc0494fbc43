// Back to a page already seen returns to where the reader was on it (an entity's long list of
// articles, read one by one, had opened at the top each time). The position is kept in the
// history entry itself, as the scrolling settles: a new page (a link followed) has none and opens
// at the top; an entry gone back or forward to has one.

let paused = false;
let settle: ReturnType<typeof setTimeout> | undefined;

/** Writes the position now into the current history entry (browsers limit how often: not on every scroll event). */
function keep(): void {
  clearTimeout(settle);
  settle = undefined;
  if (!paused) history.replaceState({ ...(history.state as object | null), scrollY: Math.round(window.scrollY) }, '');
}

/** Starts keeping the scroll position in the current history entry (once, at start-up). */
export function keepScrollPositions(): void {
  // the browser's own restoring scrolls the page left (still drawn) on going back, before it is redrawn
  history.scrollRestoration = 'manual';
  window.addEventListener('scroll', () => {
    if (paused) return;
    clearTimeout(settle);
    settle = setTimeout(keep, 150);
  }, { passive: true });
  // a link pressed just after scrolling: the position is kept before the page is left
  for (const type of ['pointerdown', 'keydown'] as const) window.addEventListener(type, () => settle !== undefined && keep(), { capture: true, passive: true });
}

/**
 * Called as the address changes, before the page is redrawn: the position kept for the entry now
 * shown (null for one never scrolled or never seen), with keeping paused while the page is redrawn
 * (emptied and refilled, it scrolls by itself). `resumeScrollKeeping` ends the pause.
 */
export function scrollPositionOnArrival(): number | null {
  paused = true;
  clearTimeout(settle);
  const y = (history.state as { scrollY?: unknown } | null)?.scrollY;
  return typeof y === 'number' ? y : null;
}

export function resumeScrollKeeping(): void {
  paused = false;
}
