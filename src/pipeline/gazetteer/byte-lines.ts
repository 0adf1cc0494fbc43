// The lines of a UTF-8 text kept as its bytes and one offset per line, each line decoded when asked
// for. As strings, the shipped gazetteer's 319,284 lines and the text they were sliced from (held
// in UTF-16, for its non-Latin names) took about 35 MB of every analysis thread's heap; as bytes
// and offsets they take 13 MB outside it, and the garbage collector has nothing to mark.

const NEWLINE = 0x0a;

export class ByteLines {
  /** Line i is bytes [starts[i], starts[i + 1] - 1): the -1 skips the newline that ends it. */
  private readonly starts: Uint32Array;
  /** How many lines `text.split('\n')` would give, less a last empty one after a final newline. */
  readonly length: number;

  constructor(private readonly bytes: Buffer) {
    let newlines = 0;
    for (let at = bytes.indexOf(NEWLINE); at >= 0; at = bytes.indexOf(NEWLINE, at + 1)) newlines++;
    this.starts = new Uint32Array(newlines + 2);
    let line = 1;
    for (let at = bytes.indexOf(NEWLINE); at >= 0; at = bytes.indexOf(NEWLINE, at + 1)) this.starts[line++] = at + 1;
    // the last line ends where the bytes do, as if a newline followed them
    this.starts[line] = bytes.length + 1;
    this.length = bytes.length > 0 && bytes[bytes.length - 1] === NEWLINE ? newlines : newlines + 1;
  }

  /** Line `i` as a string, without its newline. */
  text(i: number): string {
    return this.bytes.toString('utf8', this.starts[i], this.starts[i + 1] - 1);
  }

  /**
   * The first character code of line `i` where it is ASCII, as `text(i).charCodeAt(0)` would give
   * it (NaN for an empty line); some code of 128 or more for any other first character.
   */
  firstCode(i: number): number {
    const start = this.starts[i];
    return start < this.starts[i + 1] - 1 ? this.bytes[start] : NaN;
  }
}
