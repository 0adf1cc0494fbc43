// Analysis threads finish documents in any order; ingest takes their results in input order, so that
// the same inputs are saved in the same order with one thread or many, and give the same database:
// which of two copies of a wire story is the original, the article a place keeps its first mention from.

/** Results handed in by their input's number, taken one at a time in that order. */
export class InputOrder<T> {
  private readonly waiting = new Map<number, T>();
  private next = 0;
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly take: (result: T) => Promise<void> | void) {}

  /** Results finished ahead of an earlier input's, waiting for it. */
  get ahead(): number {
    return this.waiting.size;
  }

  /** Hands in input `seq`'s result (inputs numbered from 0, each once); resolves when every result
   *  handed in so far that can be taken has been, rejects when taking one failed. */
  put(seq: number, result: T): Promise<void> {
    this.waiting.set(seq, result);
    this.chain = this.chain.then(async () => {
      while (this.waiting.has(this.next)) {
        const ready = this.waiting.get(this.next) as T;
        this.waiting.delete(this.next++);
        await this.take(ready);
      }
    });
    return this.chain;
  }

  /** Settles when everything taken so far has been, rejecting as the first failed take did. */
  settled(): Promise<void> {
    return this.chain;
  }
}
