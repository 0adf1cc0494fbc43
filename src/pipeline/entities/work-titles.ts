// Titles of books and broadcasts are names the CoNLL-trained tagger splits into the people and
// places inside them ("Brown's Britain" → Brown + Britain). Three news wordings mark one whole:
// an apposition to a work noun ("a new book, Brown's Britain, says …"), a broadcaster's
// programme ("BBC One's Breakfast with Frost programme"), and a quoted title ("an "Action Plan for
// the Development of Italy""). The title becomes one MISC mention and the names inside it go,
// unless one name is the whole of it (a quoted "Islamic State" stays what the tagger said) and
// the quotation stands alone: quoted titles listed together (hits like "Low Tide," "Red Road" and
// "Salt Creek") are titles, whatever one of them looks like. American style puts a comma or full
// stop inside the closing quotation mark, so a quoted title may end there. A fourth wording lists
// titles as examples after a plural work noun ("games such as Tomb Raider, Halo and more").
import type { Mention } from '../../types.js';
import { ReplaceableMentions } from './replaceable-mentions.js';

/** A capitalised word; a dropped final g ("Takin’") keeps its apostrophe. */
const WORD = String.raw`\p{Lu}[\p{L}\p{N}-]*(?:(?<=in)['’](?=\p{Zs}|[,.]?["”]))?`;
const NEXT_WORD = String.raw`(?:['’]s)?\p{Zs}+(?:(?:of|the|and|with|in|on|for|to|a)\p{Zs}+)*${WORD}`;
/** Capitalised words, joined by "'s" or short lower-case function words, ending capitalised. */
const TITLE = `${WORD}(?:${NEXT_WORD})*`;
const TITLE_MULTI = `${WORD}(?:${NEXT_WORD})+`;
const WORK = 'book|novel|memoir|biography|film|documentary|programme|series|album|play|opera';
/** "a new book, Brown's Britain," — at least two words (one could be the author: "his book, Peston said"). */
const APPOSED = new RegExp(String.raw`\b(?:${WORK}),\p{Zs}+(${TITLE_MULTI})(?=,|\.|:|\p{Zs}+by\b)`, 'gu');
/** "an "Action Plan for the Development of Italy"": the whole quotation in title case. Tokenised
 *  text (ECB+, CoNLL) parts the marks and the comma or stop inside them from the words
 *  ("directed " The Lost Harbour , " in 2007"), which is the same quotation. */
const QUOTED = new RegExp(String.raw`(?<=["“]|["“]\p{Zs})(${TITLE_MULTI})(?=[,.]?["”]|\p{Zs}(?:[,.]\p{Zs})?["”])`, 'gu');
/** What lies between two quoted titles of one list: the first's closing mark, a comma or "and". */
const BETWEEN_LISTED = /^[,.]?["”]\p{Zs}*(?:,\p{Zs}*)?(?:(?:and|or)\p{Zs}+)?["“]$/u;
/** Plural work nouns that introduce examples: "games such as Tomb Raider, Halo and more". */
const WORKS = 'books|novels|films|movies|games|franchises|series|songs|albums|shows|programmes|plays';
/** The titles a plural work noun gives as examples, joined by commas and a last "and"/"or". */
const EXAMPLES = new RegExp(String.raw`\b(?:${WORKS})\p{Zs}+(?:such\p{Zs}+as|including|like)\p{Zs}+(${TITLE}(?:,\p{Zs}+${TITLE})*(?:,?\p{Zs}+(?:and|or)\p{Zs}+${TITLE})?)`, 'gu');
/** "her talk show "Ellen"", "the film "Harlow"": a quotation right after a singular work noun is its
 *  title, even one word that names a person. Tokenised text spaces the comma and the mark ("Ellen , "). */
const NAMED_WORK = new RegExp(String.raw`\b(?:${WORK}|show|movie|song|sitcom|musical)\p{Zs}+["“](${TITLE})(?=\p{Zs}*[,.]?\p{Zs}*["”])`, 'gu');
/** "BBC One's Breakfast with Frost programme", "Radio 4's Today programme". */
const BROADCAST = new RegExp(String.raw`['’]s\p{Zs}+(${TITLE})\p{Zs}+(?:programme|show)\b`, 'gu');

/**
 * Words each pattern cannot match without (a pattern's text holds one of its `any` and one of its
 * `all`): found by String.includes, they spare most articles the patterns' scans of the whole text,
 * which try every position. A text without them has no match, so the marks are the same.
 */
const QUOTATION_MARKS = ['"', '“'];
const NEEDS = new Map<RegExp, { any: readonly string[]; all: ReadonlyArray<readonly string[]> }>([
  [APPOSED, { any: WORK.split('|').map((w) => `${w},`), all: [] }],
  [BROADCAST, { any: ['programme', 'show'], all: [] }],
  [NAMED_WORK, { any: [...WORK.split('|'), 'show', 'movie', 'song', 'sitcom', 'musical'], all: [QUOTATION_MARKS] }],
  [QUOTED, { any: QUOTATION_MARKS, all: [] }],
  [EXAMPLES, { any: WORKS.split('|'), all: [['such', 'including', 'like']] }],
]);

/** Whether the text holds the words `re` cannot match without (see NEEDS). */
function mayMatch(text: string, re: RegExp): boolean {
  const needs = NEEDS.get(re)!;
  return needs.any.some((w) => text.includes(w)) && needs.all.every((words) => words.some((w) => text.includes(w)));
}

export function markWorkTitles(text: string, mentions: Mention[], titles: ReadonlySet<string> = new Set()): Mention[] {
  const held = new ReplaceableMentions(mentions);
  for (const re of [APPOSED, BROADCAST, NAMED_WORK, QUOTED]) {
    const found = mayMatch(text, re) ? [...text.matchAll(re)] : [];
    const listed = re === QUOTED ? listedQuotations(text, found) : new Set<RegExpExecArray>();
    for (const r of found) {
      const start = r.index + r[0].indexOf(r[1]);
      const end = start + r[1].length;
      const inside = held.overlapping(start, end);
      // one person's name is not a title ("his memoir, Ruth Abara, …"), nor is "Mr X", unless the
      // quotation is one of a list of quoted titles
      if (inside.some((m) => m.start < start || m.end > end)) continue;
      // a quotation after a work noun retypes what the tagger found there, and adds no name of its own
      if (re === NAMED_WORK && inside.length === 0) continue;
      if (re !== NAMED_WORK && inside.length === 1 && (inside[0].type === 'PER' || re === QUOTED) && !listed.has(r) && inside[0].start === start && inside[0].end === end) continue;
      if (titles.has(r[1].split(/\p{Zs}/u)[0])) continue;
      // the work noun settles it: the rules that type a first name by its full name leave it a title
      held.replace(inside, { start, end, type: 'MISC', text: r[1], ...(re === NAMED_WORK ? { typeSettled: true } : {}) });
    }
  }
  exampleTitles(text, held);
  return held.list().sort((a, b) => a.start - b.start);
}

/** Each title a plural work noun lists as an example ("franchises such as Tomb Raider, Halo") is one
 *  MISC name, even one the tagger read as a person ("films like Rocky"); a name the tagger found
 *  there goes, unless it reaches beyond the title ("films like Ada Brook's"). */
function exampleTitles(text: string, held: ReplaceableMentions): void {
  if (!mayMatch(text, EXAMPLES)) return;
  for (const r of text.matchAll(EXAMPLES)) {
    let from = r.index + r[0].length - r[1].length;
    for (const item of exampleItems(r[1])) {
      const start = text.indexOf(item, from);
      const end = start + item.length;
      from = end;
      const inside = held.overlapping(start, end);
      if (inside.some((m) => m.start < start || m.end > end)) continue;
      held.replace(inside, { start, end, type: 'MISC', text: item });
    }
  }
}

/** Quoted titles that stand in a list of quoted titles (next to another, only a comma or "and" between). */
function listedQuotations(text: string, found: RegExpExecArray[]): Set<RegExpExecArray> {
  const out = new Set<RegExpExecArray>();
  for (let k = 0; k + 1 < found.length; k++) {
    const a = found[k];
    const b = found[k + 1];
    const aEnd = a.index + a[0].length;
    if (BETWEEN_LISTED.test(text.slice(aEnd, b.index))) out.add(a).add(b);
  }
  return out;
}

/** The titles of a list: comma-separated, the last two also joined by "and"/"or" (a title may hold
 *  an "and" of its own, so only the last item's last one separates). */
function exampleItems(list: string): string[] {
  const items = list.split(/,\p{Zs}+/u);
  const last = items.pop()!.replace(/^(?:and|or)\p{Zs}+/u, '');
  const cut = /^(.*)\p{Zs}+(?:and|or)\p{Zs}+(.*)$/u.exec(last);
  return cut ? [...items, cut[1], cut[2]] : [...items, last];
}
