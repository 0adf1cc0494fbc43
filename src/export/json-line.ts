// One JSON Lines record. JSON allows U+2028, U+2029 and U+0085 raw inside strings, and
// JSON.stringify leaves them so, but line readers end a line at them (Node's readline at the first
// two, Python's str.splitlines() at all three), cutting a record whose article text holds one in
// two. They are written as \u escapes instead, which every JSON parser reads back as the character.

const LINE_BREAKING = /[\u0085\u2028\u2029]/g;

/** `value` as one line of JSON (newline included) that no line reader splits. */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(LINE_BREAKING, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}
