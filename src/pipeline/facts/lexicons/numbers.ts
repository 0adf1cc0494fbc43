// Number words, multipliers and qualifier phrases, precompiled into Maps so that
// figure detection is one lookup per token.

export const UNITS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['dozen', 12], ['dozens', 12],
]);

/** Words that multiply what precedes them ("3 thousand", "1.4 million", "two dozen"). */
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['mln', 1e6], ['bln', 1e9], ['bn', 1e9], ['m', 1e6], ['k', 1e3], ['thousands', 1e3], ['hundreds', 100], ['millions', 1e6],
  ['billions', 1e9], ['trillions', 1e12], ['mn', 1e6], ['tn', 1e12], ['trn', 1e12],
  ['dozen', 12], ['dozens', 12],
]);

/** Vague plural magnitudes ("hundreds of", "dozens of"): at least two of the unit. */
export const VAGUE: ReadonlyMap<string, number> = new Map([
  ['dozens', 12], ['scores', 20], ['hundreds', 100], ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9], ['tens', 10],
]);


/** Words after a number that make it a duration, time, age or rank rather than a count of things. */
export const NON_COUNT_UNITS: ReadonlySet<string> = new Set([
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'min', 'mins',
  'second', 'seconds', 'sec', 'decade', 'decades', 'century', 'centuries', 'am', 'pm', 'a.m.', 'p.m.', "o'clock", 'th', 'st', 'nd', 'rd',
  '%', 'percent', 'per', 'pct', 'percentage', 'times', 'fold', 'year-old', 'years-old', 'nights', 'night', 'weekend', 'weekends',
]);

/** Words before a number that make it an identifier (article of a law, regiment, page …). */
export const IDENTIFIER_BEFORE: ReadonlySet<string> = new Set([
  'article', 'art', 'art.', 'no', 'no.', 'nr', 'number', 'part', 'paragraph', 'section', 'chapter', 'clause', 'resolution',
  'regiment', 'brigade', 'division', 'page', 'item', '#', 'law', 'flight', 'route', 'unit', 'platform', 'gate', 'room',
  'aged', 'age', 'ages', 'top', 'banner', 'episode', 'season', 'volume', 'vol', 'vol.', 'issue', 'level', 'grade', 'phase',
  'version', 'model', 'code', 'building', 'block', 'apartment', 'house', 'line', 'channel', 'tier', 'stage', 'round', 'rank',
  'category', 'class', 'type', 'decree', 'order', 'act', 'bill', 'file', 'figure', 'table',
]);

/** Determiners that make "the three parties" a reference to a known set, not a new figure. */
export const DEFINITE_BEFORE: ReadonlySet<string> = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'both', 'all', 'every', 'each', 'first', 'last', 'other']);

/** Currency and measurement units: counts of these are figures even without a person. */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([
  'dollars', 'dollar', 'usd', '$', 'euros', 'euro', 'eur', '€', 'rubles', 'roubles', 'ruble', 'rouble', 'pounds', '£', 'yuan', 'lira',
  'liras', 'hryvnias', 'som', 'tenge', 'manat', 'rupees', 'yen', 'francs', 'tonnes', 'tons', 'tonne', 'ton', 'kilograms', 'kg',
  'kilogrammes', 'grams', 'g', 'kilometres', 'kilometers', 'km', 'miles', 'metres', 'meters', 'litres', 'liters', 'barrels', 'hectares',
  'acres', 'rounds', 'weapons', 'rifles', 'guns', 'grenades', 'missiles', 'rockets', 'drones', 'bombs', 'explosives', 'cartridges',
]);
