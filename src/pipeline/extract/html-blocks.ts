// Flattens a DOM into text blocks in document order. Each block knows its owner element,
// how much of it is link text, and the innermost ancestor that looks like furniture.
// Every element gets the range of blocks under it, so a subtree is a slice of the list.
// The walk is iterative: hostile, deeply nested pages cannot overflow the stack.
import { elementReason } from './html-flags.js';

export interface HtmlBlock {
  text: string;
  tag: string;
  owner: Element;
  linkChars: number;
  /** Innermost furniture-looking ancestor (or self) and why. */
  flagEl: Element | null;
  flag: string | null;
}

export interface BlockList {
  blocks: HtmlBlock[];
  /** Block index range [start, end) under each element that has any. */
  ranges: Map<Element, [number, number]>;
  parent: Map<Element, Element | null>;
}

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'button', 'select', 'option', 'input', 'textarea', 'head', 'title', 'meta', 'link', 'img', 'picture', 'source',
  'map', 'label', 'datalist', 'output', 'progress', 'meter',
]);

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'summary', 'caption',
  'center', 'menu', 'html',
]);

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/**
 * A hover or click card printed inside a sentence ("Rep. Dana Holt<span class=tooltip>Dana Holt
 * Latest stories … MORE</span> said"): its text would be glued into the paragraph. Only the
 * innermost popup-named inline element is the card; one holding another is the wrapper around
 * the name that opens it, which is part of the sentence.
 */
function isInlineCard(el: Element): boolean {
  for (const d of el.querySelectorAll('*')) {
    if (elementReason(d, d.localName) === 'popup') return false;
  }
  return true;
}

type Frame =
  | { kind: 'enter' | 'exit'; el: Element; tag: string }
  | { kind: 'text'; text: string }
  | { kind: 'br' };

export function collectBlocks(root: Element): BlockList {
  const blocks: HtmlBlock[] = [];
  const ranges = new Map<Element, [number, number]>();
  const parent = new Map<Element, Element | null>();
  const flagOf = new Map<Element, [Element | null, string | null]>();
  const ownerStack: Element[] = [];
  let buf: string[] = [];
  let bufLinkChars = 0;
  let linkDepth = 0;

  const flush = () => {
    if (buf.length === 0) return;
    const owner = ownerStack[ownerStack.length - 1];
    const raw = buf.join('');
    buf = [];
    const linkShare = bufLinkChars;
    bufLinkChars = 0;
    const parts = raw.split(/\n[ \t\r\f]*\n/);
    for (const part of parts) {
      const text = part.replace(/\s+/g, ' ').trim();
      if (text.length === 0) continue;
      const [flagEl, flag] = flagOf.get(owner) ?? [null, null];
      blocks.push({
        text,
        tag: owner.localName,
        owner,
        linkChars: Math.min(text.length, Math.round((linkShare * text.length) / Math.max(1, raw.length))),
        flagEl,
        flag,
      });
    }
  };

  const stack: Frame[] = [{ kind: 'enter', el: root, tag: root.localName }];
  parent.set(root, null);
  const rootReason = elementReason(root, root.localName);
  flagOf.set(root, rootReason ? [root, rootReason] : [null, null]);
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.kind === 'text') {
      buf.push(frame.text);
      if (linkDepth > 0) bufLinkChars += frame.text.trim().length;
      continue;
    }
    if (frame.kind === 'br') {
      buf.push('\n');
      continue;
    }
    const { el, tag } = frame;
    if (frame.kind === 'exit') {
      if (BLOCK.has(tag)) {
        flush();
        ownerStack.pop();
      }
      if (tag === 'a') linkDepth--;
      const range = ranges.get(el);
      if (range) range[1] = blocks.length;
      continue;
    }
    if (BLOCK.has(tag)) {
      flush();
      ownerStack.push(el);
    }
    if (tag === 'a') linkDepth++;
    ranges.set(el, [blocks.length, blocks.length]);
    stack.push({ kind: 'exit', el, tag });
    // Children go on the stack in reverse so they come off in document order.
    const children: Frame[] = [];
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        // Source newlines are just spaces; only <br> makes a line break.
        const text = (n.nodeValue ?? '').replace(/\s+/g, ' ');
        if (text.length > 0) children.push({ kind: 'text', text });
        continue;
      }
      if (n.nodeType !== 1) continue;
      const c = n as Element;
      const ctag = c.localName;
      if (ctag === 'br') {
        children.push({ kind: 'br' });
        continue;
      }
      if (SKIP.has(ctag) || isHidden(c)) continue;
      const reason = elementReason(c, ctag);
      // a caption or credit set inline (an image's caption in a <span> inside the paragraph that
      // holds the image) would be glued to the paragraph's text
      if (!BLOCK.has(ctag) && (reason === 'caption' || (reason === 'popup' && isInlineCard(c)))) continue;
      parent.set(c, el);
      flagOf.set(c, reason ? [c, reason] : flagOf.get(el) ?? [null, null]);
      children.push({ kind: 'enter', el: c, tag: ctag });
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return { blocks, ranges, parent };
}
