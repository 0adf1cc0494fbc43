// Tokenised text (ECB+, CoNLL-2003) writes a name's abbreviations apart from their stops: "Vincent
// L . Gigante", "F . B . I .", "Arcade Comeaux Jr .". The tagger reads them joined
// (spaced-abbreviations.ts); resolution keys a person's name and looks up aliases as untokenised
// text writes them, so that both spellings are one entity ("F . B . I ." → FBI, "Vincent L . Gigante"
// → the person written without the initial). The name shown stays as the article wrote it.
import { ABBREVIATIONS, TITLES } from '../lexicons/abbreviations.js';

/** Two or more capital initials, each with its stop written apart: "U . K .". */
const SPACED_INITIALS = /(?<![\p{L}\p{N}.])\p{Lu} \.(?: \p{Lu} \.)+(?![\p{L}\p{N}])/gu;
/** A word, then its stop written apart, then a space or the end of the name. */
const SPACED_STOP = /(?<![\p{L}\p{N}.])(\p{L}+) \.(?=\s|$)/gu;
const CAPITAL_LETTER = /^\p{Lu}$/u;
/** A listed abbreviation closes a name ("Jr", "Inc"); opening one it is a title of another sense ("Sr" for Sister). */
const joinsAt = (word: string, offset: number) => CAPITAL_LETTER.test(word) || TITLES.has(word) || (offset > 0 && ABBREVIATIONS.has(word));

/** A name with the stops of its initials and listed abbreviations joined to them; other text as it is. */
export function joinSpacedNameStops(name: string): string {
  if (!name.includes(' .')) return name;
  return name
    .replace(SPACED_INITIALS, (run) => run.replace(/ /gu, ''))
    .replace(SPACED_STOP, (written, word: string, offset: number) => (joinsAt(word, offset) ? `${word}.` : written));
}
