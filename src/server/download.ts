// A file answer (an export) streamed to the client instead of a JSON body: a route returns a
// Download and the server writes it chunk by chunk, waiting for the client to take each one, so
// memory stays flat however large the knowledge base and a closed tab stops the export.
import type { ServerResponse } from 'node:http';
import { once } from 'node:events';
import type { ExportOutput } from '../export/output.js';

export class Download {
  constructor(
    /** The file name offered to the browser's "Save as". */
    readonly filename: string,
    readonly contentType: string,
    /** Writes the whole file to `out` (not closed here). */
    readonly write: (out: ExportOutput) => Promise<unknown>,
  ) {}
}

const CHUNK_CHARS = 64 * 1024;

/** Waits for 'drain' or 'close', then removes the listeners of the one that did not come: a large
 *  export waits thousands of times, and each leftover listener would stay on the response. */
async function drainedOrClosed(res: ServerResponse): Promise<void> {
  const stop = new AbortController();
  try {
    await Promise.race([once(res, 'drain', { signal: stop.signal }), once(res, 'close', { signal: stop.signal })]);
  } finally {
    stop.abort();
  }
}

/** Streams `download` as an attachment; rejects (the caller drops the connection) when it fails half way. */
export async function sendDownload(res: ServerResponse, download: Download, headers: Record<string, string> = {}): Promise<void> {
  res.writeHead(200, {
    'Content-Type': download.contentType,
    'Content-Disposition': `attachment; filename="${download.filename.replace(/[^\w.-]/g, '_')}"`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  let buffer = '';
  const flush = async () => {
    // A client that went away ends the export here rather than leaving it waiting for 'drain'.
    if (res.destroyed) throw new Error('the client closed the connection');
    const chunk = buffer;
    buffer = '';
    if (chunk && !res.write(chunk)) await drainedOrClosed(res);
  };
  await download.write({
    async write(text) {
      buffer += text;
      if (buffer.length >= CHUNK_CHARS) await flush();
    },
    close: flush,
    async abort() {
      buffer = '';
    },
  });
  await flush();
  res.end();
}
