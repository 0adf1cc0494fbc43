// The time stage: every temporal expression of a document as an ISO 8601
// value with an honest precision, and the document's own time anchor.
//
// Value conventions (TimeValue.iso / precision):
//   day        "2019-03-03"
//   month      "2019-03"; "--12" when the month is known and the year is not ("In December", no year anywhere)
//   year       "2019"; a decade ("the 1990s") is ISO 8601's reduced form "199", also precision year
//   month-day  "--05-04": month and day, year unknown (never guessed)
//   weekday    iso null: a weekday the anchor cannot date; the mention's text keeps the weekday
//   none       iso null: unresolved; relativeTo names what it counts from ("the strike ended"),
//              notBefore carries the anchor's lower bound where the document has no date
// "this week"/"last week" have no week precision: none, with notBefore = that week's Monday.
import type { Doc, Syntax, TimeMention } from '../../types.js';
import { documentAnchor } from './anchor.js';
import { detect } from './detect.js';
import { resolveAll } from './resolve.js';

export { documentAnchor, latestExplicitDate, type TimeAnchor } from './anchor.js';

/** Every time expression in doc.text, in text order, spans into doc.text. Pure; cached per Doc object. The parse, where given, decides the lede's weekday. */
export function normaliseTimes(doc: Doc, syntax?: Syntax): TimeMention[] {
  return resolveAll(detect(doc), documentAnchor(doc, syntax));
}
