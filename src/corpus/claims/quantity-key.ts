// What quantity a figure counts, reduced to a comparable key:
//   who (nationality/region) + what kind of people or things + what they are doing.
// "about 1,700 Russian citizens fighting in Iraq" and "up to 2,5 thousand Russians involved in the
// activities of the IG" share {who: RU, kind: people, activity: fighting}.
import { nationalityOf } from '../../pipeline/facts/figures/demonyms.js';

export interface QuantityKey {
  who: string | null;
  kind: string | null;
  activity: string | null;
  /** True when the activity came from the sentence around the phrase, not the phrase itself. */
  activityFromContext?: boolean;
  /** The phrase ties its people to a body of their own ("members of the current board", "Acme
   *  workers"): the document's country says nothing about whose they are. */
  ownGroup?: boolean;
}

const PEOPLE = new Set([
  'people', 'persons', 'person', 'citizens', 'citizen', 'nationals', 'residents', 'individuals', 'men', 'women',
  'children', 'civilians', 'members', 'natives', 'volunteers', 'recruits', 'migrants', 'workers', 'labourers',
  'laborers', 'refugees', 'soldiers', 'troops', 'servicemen', 'officers', 'suspects', 'detainees', 'prisoners',
  'fighters', 'militants', 'jihadists', 'combatants', 'mercenaries', 'terrorists', 'extremists', 'foreigners',
]);

/** Words that tie counted people to the body after them ("members of", "workers at"). */
const OWNER_LINKS = new Set(['of', 'at', 'from', 'for', 'with']);

// Activity classes: words that say what the counted people are doing or what happened to them.
// Checked in order: what happened to people (killed, detained …) outranks what they were doing.
const ACTIVITIES: Array<[string, RegExp]> = [
  ['killed', /\b(killed|dead|died|deaths?|victims?|lost their lives|fatalit\w+)\b/i],
  ['injured', /\b(injured|wounded|hurt|injuries)\b/i],
  ['detained', /\b(detained|arrested|held|detentions?|arrests?|in custody|prisoners?|detainees?)\b/i],
  ['prosecuted', /\b(prosecuted|convicted|charged|sentenced|indicted)\b/i],
  ['displaced', /\b(refugees?|displaced|fled|evacuated|asylum)\b/i],
  ['migrants', /\b(migrants?|work(ing|ers?)? in|labou?r(ers)?|guest workers?)\b/i],
  ['fighting', /\b(fight\w*|fighters?|militants?|jihadists?|combatants?|mercenar\w+|involved|activit(y|ies) of|joined|members? of|recruit\w*|on the side of|terrorists?|extremists?)\b/i],
];

/** The key of a counted phrase; the activity may come from the sentence around it. */
export function quantityKey(what: string, sentence?: string): QuantityKey {
  const words = what.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  let who: string | null = null;
  for (let i = 0; i < words.length && !who; i++) {
    who = (i + 1 < words.length ? nationalityOf(`${words[i]} ${words[i + 1]}`) : null) ?? nationalityOf(words[i]);
  }
  const firstWord = words[0];
  let kind: string | null = words.find((w) => PEOPLE.has(w)) ? 'people' : null;
  // A demonym used as a noun ("Russians") counts people.
  if (!kind && firstWord && nationalityOf(firstWord) && firstWord.endsWith('s')) kind = 'people';
  const own = activityOf(what);
  const activity = own ?? (sentence ? activityOf(sentence) : null);
  return { who, kind, activity, activityFromContext: !own && !!activity, ...(namesOwnGroup(what) ? { ownGroup: true } : {}) };
}

/** A body named before the counted noun ("Acme workers", "UFCW members"; no nationality) or after it
 *  ("members of the union", "workers at the plant"): the phrase says whose people these are. */
function namesOwnGroup(what: string): boolean {
  const words = what.match(/[\p{L}-]+/gu) ?? [];
  const head = words.findIndex((w) => PEOPLE.has(w.toLowerCase()));
  if (head < 0) return false;
  if (OWNER_LINKS.has(words[head + 1]?.toLowerCase() ?? '')) return true;
  return words.slice(0, head).some((w) => /^\p{Lu}/u.test(w) && !nationalityOf(w.toLowerCase()));
}

// Counts that belong to one incident (killed, injured in *an* attack): two documents with the same
// population and activity are not enough to say they count the same thing ("1,500 Iraqi soldiers killed"
// in one battle, 1,200 in the next week's); event coreference does that (./event-counts.ts).
const INCIDENT_COUNTS = new Set(['killed', 'injured']);

function activityOf(text: string): string | null {
  return ACTIVITIES.find(([, re]) => re.test(text))?.[0] ?? null;
}

/**
 * Group key, or null when the key says too little to compare across documents. Per-incident counts
 * are never grouped by key (their event groups them). When the phrase names no nationality, the
 * document's country stands in, except when the activity too was only read from the sentence ("more
 * than 4,000 people" in a sentence about terrorist financing is not a count of fighters) and when the
 * phrase names the body its people belong to ("members of the union" and "members of the board" in
 * two American stories are not one population).
 */
export function groupingKey(k: QuantityKey, documentCountry?: string | null): string | null {
  if (k.activity && INCIDENT_COUNTS.has(k.activity)) return null;
  const canUseCountry = k.activity && !k.activityFromContext && !k.ownGroup;
  const who = k.who ?? (canUseCountry ? documentCountry ?? null : null);
  if (!who || !k.kind || !k.activity) return null;
  return `${who}|${k.kind}|${k.activity}`;
}
