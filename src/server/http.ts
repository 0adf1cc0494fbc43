// Small HTTP helpers: errors that carry a status, JSON replies, bounded body reading.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** A JSON body serialised once (cached responses). */
export class JsonText {
  private tag: string | undefined;
  constructor(readonly text: string) {}

  /** A strong ETag of the text, computed once: equal bodies, equal tags, whatever changed in the store. */
  get etag(): string {
    this.tag ??= `"${createHash('sha256').update(this.text).digest('base64url').slice(0, 27)}"`;
    return this.tag;
  }
}

/** True when an If-None-Match header names this ETag (or is *): the client's copy is current. */
export function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const data = body instanceof JsonText ? body.text : JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(data),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(data);
}

/** Reads the request body, failing with 413 past maxBytes (declared or actual). */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) throw new HttpError(413, `request body is ${declared} bytes; the limit is ${maxBytes}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new HttpError(413, `request body is over the limit of ${maxBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Rejects with 503 when work takes longer than ms, so one slow query cannot hold a client forever. */
export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HttpError(503, `the request took longer than ${ms} ms and was stopped`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
