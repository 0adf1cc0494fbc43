// Read-only data files every analysis thread reads whole (WordNet's dictionary, the gazetteer),
// held once per process instead of once per thread: the thread that starts the analysis threads
// reads them into SharedArrayBuffers and hands those over, and each thread's reader takes its
// bytes from there. Without them (one thread, tests, tools) a reader loads its own copy as before.
import { readFileSync } from 'node:fs';

/** Bytes a reader loads whole, named by a key that says where from and how ("gunzip:" + a path). */
export interface ByteSource {
  key: string;
  load: () => Buffer;
}

/** Shared bytes by source key, as a thread receives them. */
export type SharedBytes = Record<string, SharedArrayBuffer>;

/** A file read as it is, keyed by its path. */
export function fileSource(path: string): ByteSource {
  return { key: path, load: () => readFileSync(path) };
}

let given: SharedBytes = {};

/**
 * Loads each source once into shared memory, for the threads to be started. One that cannot be
 * loaded is left out: the thread that needs it meets the error itself, and reports it as before.
 */
export function shareBytes(sources: readonly ByteSource[]): SharedBytes {
  const out: SharedBytes = {};
  for (const { key, load } of sources) {
    let bytes: Buffer;
    try {
      bytes = load();
    } catch {
      continue;
    }
    const shared = new SharedArrayBuffer(bytes.length);
    new Uint8Array(shared).set(bytes);
    out[key] = shared;
  }
  return out;
}

/** This thread's readers take these sources' bytes from `bytes` from now on. */
export function useSharedBytes(bytes: SharedBytes): void {
  given = bytes;
}

/** The source's bytes: the shared copy when this thread was given one, else loaded here. Never write to them. */
export function bytesOf(source: ByteSource): Buffer {
  const shared = given[source.key];
  return shared ? Buffer.from(shared) : source.load();
}
