// Finds the article body among the blocks of a page. Paragraph-like blocks vote for their
// ancestors (Readability's scheme: parent full, grandparent half, then a third); the winner
// is refined upward when its parent holds clearly more article text, and body-looking
// siblings (the article split around an ad slot) are merged in.
import type { BlockList, HtmlBlock } from './html-blocks.js';
import { positiveHint } from './html-flags.js';

const PARAGRAPH_TAGS = new Set(['p', 'pre', 'blockquote', 'td', 'li', 'dd', 'div', 'section', 'article', 'main', 'span']);

export interface ContentSelection {
  /** Block ranges that make up the article, in document order. */
  ranges: [number, number][];
  /** Elements whose furniture flags do not count (the container and its ancestors). */
  containers: Set<Element>;
  /** Whether a block's furniture flag counts. */
  flagged: (b: HtmlBlock) => boolean;
}

interface Stats {
  chars: number[];
  links: number[];
  good: number[];
}

function prefixSums(blocks: HtmlBlock[], effectiveFlag: (b: HtmlBlock) => boolean): Stats {
  const chars = [0];
  const links = [0];
  const good = [0];
  for (const b of blocks) {
    chars.push(chars[chars.length - 1] + b.text.length);
    links.push(links[links.length - 1] + b.linkChars);
    good.push(good[good.length - 1] + (isGoodParagraph(b) && !effectiveFlag(b) ? b.text.length : 0));
  }
  return { chars, links, good };
}

export function isGoodParagraph(b: HtmlBlock): boolean {
  return b.text.length >= 60 && b.linkChars / b.text.length < 0.35 && /[.!?…"”'’)\]:]$/.test(b.text) && !TEASER_CUT.test(b.text);
}

/** An excerpt cut off by a teaser box, mid-word or mid-sentence ("… Active Noise Cancellat..."): a teaser, never proof of article text. */
const TEASER_CUT = /[\p{L}\p{N},](?:\.{3}|…)$/u;

function sum(arr: number[], [s, e]: [number, number]): number {
  return arr[e] - arr[s];
}

export function selectContent(list: BlockList): ContentSelection | null {
  const { blocks, ranges, parent } = list;
  if (blocks.length === 0) return null;
  // A furniture flag on an element that holds the article ("content-with-sidebar", a widget
  // wrapping the post, a form around the whole page) says nothing about the article: a flag
  // counts only when its element holds no article-body element and under half the good text.
  const raw = prefixSums(blocks, () => false);
  const totalGood = raw.good[raw.good.length - 1];
  const holdsBody = new Set<Element>();
  for (const el of ranges.keys()) {
    if (!positiveHint(el)) continue;
    for (let a: Element | null | undefined = el; a && !holdsBody.has(a); a = parent.get(a)) holdsBody.add(a);
  }
  const flagCounts = new Map<Element, boolean>();
  const flagged = (b: HtmlBlock) => {
    if (!b.flagEl) return false;
    let counts = flagCounts.get(b.flagEl);
    if (counts === undefined) {
      counts = !holdsBody.has(b.flagEl) && sum(raw.good, ranges.get(b.flagEl)!) < totalGood * 0.5;
      flagCounts.set(b.flagEl, counts);
    }
    return counts;
  };
  const stats = prefixSums(blocks, flagged);

  const scores = new Map<Element, number>();
  for (const b of blocks) {
    if (b.text.length < 25 || flagged(b) || !PARAGRAPH_TAGS.has(b.tag)) continue;
    if (b.linkChars / b.text.length > 0.5) continue;
    const score = 1 + (b.text.match(/[,，、]/g)?.length ?? 0) + Math.min(Math.floor(b.text.length / 100), 3);
    let el = b.tag === 'p' || b.tag === 'pre' || b.tag === 'td' || b.tag === 'li' || b.tag === 'blockquote' || b.tag === 'dd' ? parent.get(b.owner) ?? null : b.owner;
    for (let level = 0; el && level < 3; level++) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(el, (scores.get(el) ?? 0) + score / divider);
      el = parent.get(el) ?? null;
    }
  }
  if (scores.size === 0) return null;

  let top: Element | null = null;
  let topScore = -Infinity;
  for (const [el, raw] of scores) {
    const range = ranges.get(el)!;
    const chars = sum(stats.chars, range);
    const linkDensity = chars > 0 ? sum(stats.links, range) / chars : 1;
    const bonus = positiveHint(el) ? 25 : 0;
    const score = (raw + bonus) * (1 - linkDensity);
    if (score > topScore) {
      top = el;
      topScore = score;
    }
  }
  if (!top) return null;

  // Climb while the parent holds clearly more good paragraphs than the current container.
  let container = top;
  for (let p = parent.get(container); p; p = parent.get(p)) {
    const here = sum(stats.good, ranges.get(container)!);
    const there = sum(stats.good, ranges.get(p)!);
    if (there <= here * 1.25 || there - here < 150) break;
    container = p;
  }

  const containers = new Set<Element>();
  for (let el: Element | null = container; el; el = parent.get(el) ?? null) containers.add(el);

  // Merge siblings that read like more of the article.
  const selected: [number, number][] = [];
  const par = parent.get(container);
  const ownRange = ranges.get(container)!;
  if (par) {
    const threshold = Math.max(10, topScore * 0.2);
    for (let sib = par.firstElementChild; sib; sib = sib.nextElementSibling) {
      const r = ranges.get(sib);
      if (!r || r[0] === r[1]) continue;
      if (sib === container) {
        selected.push(r);
        continue;
      }
      const chars = sum(stats.chars, r);
      const good = sum(stats.good, r);
      const linkDensity = chars > 0 ? sum(stats.links, r) / chars : 1;
      const s = scores.get(sib) ?? 0;
      if ((s >= threshold && linkDensity < 0.3) || (good >= 0.6 * chars && good >= 80)) selected.push(r);
    }
  } else selected.push(ownRange);
  return { ranges: selected, containers, flagged };
}
