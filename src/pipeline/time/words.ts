// The lower-case words of a text, collected once per document: each family of time patterns runs
// only when one of its key words occurs (most articles lack most of them), which is far cheaper
// than letting every pattern scan the whole text.
export class WordIndex {
  private readonly words: Set<string>;

  constructor(text: string) {
    this.words = new Set(text.toLowerCase().match(/[a-z]+/g));
  }

  /** Whether any of these words (lower case, letters only) occurs in the text. */
  has(...words: string[]): boolean {
    return words.some((w) => this.words.has(w));
  }
}
