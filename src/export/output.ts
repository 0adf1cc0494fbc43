// A streaming text sink for exports: small writes are gathered into chunks, every chunk waits for
// the stream to drain (backpressure), and a file appears under its name only when complete.
import { accessSync, constants, createWriteStream, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export interface ExportOutput {
  /** Appends text; resolves when the stream can take more. */
  write(text: string): Promise<void>;
  /** Flushes and closes; a file is renamed into place only now. */
  close(): Promise<void>;
  /** Drops a partial file after a failure. */
  abort(): Promise<void>;
}

const CHUNK_CHARS = 64 * 1024;

/** `-` is stdout; any other path is written as PATH.partial and renamed when done. */
export function openOutput(path: string): ExportOutput {
  if (path === '-') return streamOutput(process.stdout, async () => {}, async () => {});
  const partial = `${path}.partial`;
  const stream = createWriteStream(partial, { encoding: 'utf8' });
  return streamOutput(
    stream,
    async () => {
      stream.end();
      await once(stream, 'finish');
      renameSync(partial, path);
    },
    async () => {
      // The file may still be opening: remove it once the stream has closed.
      if (!stream.closed) {
        const closed = once(stream, 'close');
        stream.destroy();
        await closed;
      }
      rmSync(partial, { force: true });
    },
  );
}

/** Why an export could not be written to path (checked before the export starts), or null. A
 *  folder is answered with a file name in it that ends as the format's files do (`extension`, "csv"). */
export function destinationProblem(path: string, extension = 'jsonl'): string | null {
  if (path === '-') return null;
  const info = statSync(path, { throwIfNoEntry: false });
  if (info?.isDirectory()) return `${path} is a directory; give a file name, such as ${path.replace(/\/+$/, '')}/export.${extension}`;
  const folder = dirname(resolve(path));
  const parent = statSync(folder, { throwIfNoEntry: false });
  if (!parent) return `the folder ${folder} does not exist`;
  if (!parent.isDirectory()) return `${folder} is not a folder`;
  try {
    accessSync(folder, constants.W_OK);
    if (info) accessSync(path, constants.W_OK);
  } catch {
    return `cannot write ${path}: permission denied`;
  }
  return null;
}

/** An output over any writable (tests use it with in-memory streams). */
export function streamOutput(stream: Writable, finish: () => Promise<void>, discard: () => Promise<void>): ExportOutput {
  let buffer = '';
  let failure: Error | null = null;
  stream.on('error', (err: Error) => {
    failure = err;
  });
  const flush = async () => {
    if (failure) throw failure;
    if (!buffer) return;
    const chunk = buffer;
    buffer = '';
    if (!stream.write(chunk)) await waitForDrain(stream);
    if (failure) throw failure;
  };
  return {
    async write(text) {
      buffer += text;
      if (buffer.length >= CHUNK_CHARS) await flush();
    },
    async close() {
      await flush();
      await finish();
    },
    async abort() {
      buffer = '';
      await discard();
    },
  };
}

/** Resolves on 'drain', rejects when the stream fails instead (e.g. EPIPE when a pipe closes). */
async function waitForDrain(stream: Writable): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const done = (err?: Error) => {
      stream.off('drain', onDrain);
      stream.off('error', onError);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = () => done();
    const onError = (err: Error) => done(err);
    stream.on('drain', onDrain);
    stream.on('error', onError);
  });
}
