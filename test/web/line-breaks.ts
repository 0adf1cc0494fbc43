/**
 * Runs in the page (pass it to Playwright's `evaluate`): where the text of `el` goes on to a new
 * line, as "…before|after" with `context` characters each side, except after a character of
 * `allowedAfter` (a path may break after "/").
 */
export function lineBreaksIn(el: Element, { context, allowedAfter }: { context: number; allowedAfter: string }): string[] {
  const breaks: string[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let lastTop = -Infinity;
  let seen = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (let i = 0; i < text.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (rect && rect.top > lastTop + 2 && seen && !allowedAfter.includes(seen.slice(-1))) {
        breaks.push(`${seen.slice(-context)}|${text.slice(i, i + context)}`);
      }
      if (rect) lastTop = Math.max(lastTop, rect.top);
      seen += text[i];
    }
  }
  return breaks;
}
