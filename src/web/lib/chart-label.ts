// A timeline label is an event's title and what follows it ("(2 articles)", "· 12 killed"). Every
// title was cut to 48 characters before the chart measured its room, so wide charts showed "The
// Netherlands and Norway offered to pay for…" beside hundreds of free pixels, and a cut inside a
// quotation left its mark open ("Event, in “Shelling of Goma market kills at…"). The title is now
// cut only where the room asks for it, at a word's end, its counts kept whole where they fit, and a
// quotation it opens closed after the cut (as the server writes its own cut titles: "…”").

/** The parts of a chart label: the title, which may be cut, and what follows it. */
export interface LabelParts {
  title: string;
  after: string;
}

/** Characters a cut title keeps at the least, cut mid-word if it must (a phone's narrowest room). */
const MIN_CHARS = 8;

/** The whole label where it fits; else the longest cut of the title (at a word's end) that fits with
 *  `after`; else with `after` dropped; else the title cut to MIN_CHARS. */
export function fitLabel(parts: LabelParts, fits: (label: string) => boolean): string {
  const whole = parts.title + parts.after;
  if (fits(whole)) return whole;
  for (const after of parts.after ? [parts.after, ''] : ['']) {
    for (const cut of wordCuts(parts.title)) {
      const label = cut + after;
      if (fits(label)) return label;
    }
  }
  for (let n = parts.title.length - 1; n > MIN_CHARS; n--) {
    const label = cutAt(parts.title, n);
    if (fits(label)) return label;
  }
  return cutAt(parts.title, MIN_CHARS);
}

/** The title cut at each word's end, longest first, each ending in "…". */
function wordCuts(title: string): string[] {
  const cuts: string[] = [];
  for (let at = title.lastIndexOf(' '); at > 0; at = title.lastIndexOf(' ', at - 1)) {
    const cut = cutAt(title, at);
    if (cut !== '…') cuts.push(cut);
  }
  return cuts;
}

/** The first `n` characters of the title, a separator at the cut dropped, with "…" and the closing
 *  mark of a quotation the cut leaves open. */
function cutAt(title: string, n: number): string {
  const kept = title.slice(0, n).replace(/[\s·,;:–—-]+$/u, '');
  const open = count(kept, '“') - count(kept, '”');
  return `${kept}…${open > 0 ? '”' : ''}`;
}

function count(s: string, mark: string): number {
  return s.split(mark).length - 1;
}
