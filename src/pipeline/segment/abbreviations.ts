// Words that keep a following period ("Gen.", "Inc.") and the capitalised
// words that, after such an abbreviation, still signal a new sentence.

/** Titles always precede a name, so their period never ends a sentence. */
export const TITLES: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Mme', 'Mlle', 'Dr', 'Prof', 'Rev', 'Hon', 'Pres', 'Gen', 'Lt', 'Col', 'Maj',
  'Capt', 'Cpt', 'Cpl', 'Sgt', 'Adm', 'Cmdr', 'Cdr', 'Brig', 'Gov', 'Sen', 'Rep', 'Supt', 'Insp', 'Amb', 'Sec',
  'Fr', 'Mt', 'Ft', 'Fig', 'Vol', 'Pt', 'vs', 'v', 'Vs',
  'MR', 'MRS', 'DR', 'GEN', 'LT', 'COL', 'SGT', 'GOV', 'SEN', 'REP',
]);

/** Other abbreviations; their period ends a sentence only before a typical sentence opener. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'JAN', 'FEB', 'MAR', 'APR', 'JUN', 'JUL', 'AUG', 'SEP', 'SEPT', 'OCT', 'NOV', 'DEC',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
  'Jr', 'Sr', 'Inc', 'Corp', 'Ltd', 'Co', 'Cos', 'Bros', 'Plc', 'Dept', 'Univ', 'Assn', 'Intl', 'Govt', 'Est',
  'INC', 'CORP', 'LTD', 'CO',
  'St', 'Ste', 'Ave', 'Blvd', 'Rd', 'Sq', 'Hwy',
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky', 'La',
  'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Penn', 'Tenn', 'Tex',
  'Va', 'Vt', 'Wash', 'Wis', 'Wyo',
  'etc', 'approx', 'incl', 'esp', 'cf', 'al', 'viz', 'ca', 'resp', 'pp', 'vol', 'fig', 'nr', 'tel',
]);

/** Abbreviations that keep their period only before a number ("No. 5", but "said no."). */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['No', 'Nos', 'no', 'nos', 'NO', 'Nr', 'Art', 'art', 'Para', 'para']);

/** Capitalised words that start sentences far more often than they continue a name. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'His', 'Her', 'Its', 'Their', 'Our', 'My',
  'This', 'That', 'These', 'Those', 'There', 'Here', 'In', 'On', 'At', 'For', 'But', 'And', 'Or', 'So', 'Yet',
  'If', 'When', 'While', 'After', 'Before', 'As', 'Since', 'Although', 'Though', 'However', 'Meanwhile',
  'Moreover', 'Furthermore', 'Also', 'Then', 'Now', 'Some', 'Many', 'Most', 'Several', 'Both', 'All', 'Each',
  'According', 'Earlier', 'Later', 'Such', 'What', 'Who', 'Why', 'How', 'Where', 'Which', 'Under', 'From',
  'With', 'Without', 'During', 'By', 'Despite', 'Instead', 'Still', 'Today', 'Yesterday', 'Thus', 'Therefore',
  'THE', 'IT', 'HE', 'SHE', 'THEY', 'WE', 'IN', 'BUT',
]);
