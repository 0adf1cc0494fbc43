// A count with its noun, shared by the CLI and the web UI (which writes the number its own way).

/** "1 document", "2 documents": the noun in the number the count needs; `shown` writes the number. */
export function counted(n: number, word: string, pluralWord = `${word}s`, shown: (n: number) => string = String): string {
  return `${shown(n)} ${n === 1 ? word : pluralWord}`;
}
