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
}

const PEOPLE = new Set([
  'people', 'persons', 'person', 'citizens', 'citizen', 'nationals', 'residents', 'individuals', 'men', 'women',
  'children', 'civilians', 'members', 'natives', 'volunteers', 'recruits', 'migrants', 'workers', 'labourers',
  'laborers', 'refugees', 'soldiers', 'troops', 'servicemen', 'officers', 'suspects', 'detainees', 'prisoners',
  'fighters', 'militants', 'jihadists', 'combatants', 'mercenaries', 'terrorists', 'extremists', 'foreigners',
]);

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
  return { who, kind, activity, activityFromContext: !own && !!activity };
}

// Counts that belong to one incident (killed, injured in *an* attack): two documents with the same
// country and activity are not enough to say they count the same thing; event coreference does that.
const INCIDENT_COUNTS = new Set(['killed', 'injured']);

function activityOf(text: string): string | null {
  return ACTIVITIES.find(([, re]) => re.test(text))?.[0] ?? null;
}

/**
 * Group key, or null when the key says too little to compare across documents. When the phrase
 * names no nationality, the document's country stands in, except for per-incident counts and when
 * the activity too was only read from the sentence ("more than 4,000 people" in a sentence about
 * terrorist financing is not a count of fighters).
 */
export function groupingKey(k: QuantityKey, documentCountry?: string | null): string | null {
  const canUseCountry = k.activity && !INCIDENT_COUNTS.has(k.activity) && !k.activityFromContext;
  const who = k.who ?? (canUseCountry ? documentCountry ?? null : null);
  if (!who || !k.kind || !k.activity) return null;
  return `${who}|${k.kind}|${k.activity}`;
}
