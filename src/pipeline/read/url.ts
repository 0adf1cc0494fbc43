// http(s) URLs: fetch with a timeout, at most 5 redirects, a size cap while streaming and a content-type check.
import type { ReadResult } from './index.js';
import { errorMessage, failure, overLimit } from './messages.js';
import { articleText, sniffHtml } from './text.js';

export const MAX_REDIRECTS = 5;
const ACCEPTED = new Set(['text/html', 'text/plain', 'application/xhtml+xml']);

export interface UrlOptions {
  maxBytes: number;
  fetchTimeoutMs: number;
  fetch: typeof fetch;
}

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** Short name for a URL: its last path segment without extension, else the host. */
export function urlName(url: string): string {
  try {
    const u = new URL(url);
    const segment = u.pathname.split('/').filter(Boolean).pop();
    if (!segment) return u.hostname;
    const decoded = safeDecode(segment).replace(/\.(s?html?|php|aspx?|jsp|cms)$/i, '');
    return decoded || u.hostname;
  } catch {
    return url;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export async function readUrl(url: string, opts: UrlOptions): Promise<ReadResult> {
  const signal = AbortSignal.timeout(opts.fetchTimeoutMs);
  let current = url;
  try {
    for (let redirects = 0; ; redirects++) {
      const res = await opts.fetch(current, {
        redirect: 'manual',
        signal,
        headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9', 'user-agent': 'Chronicle/0.1' },
      });
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        await res.body?.cancel();
        if (redirects >= MAX_REDIRECTS) return failure(url, `too many redirects (more than ${MAX_REDIRECTS})`);
        current = new URL(location, current).href;
        if (!isUrl(current)) return failure(url, `redirected to an unsupported address: ${current}`);
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        return failure(url, `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
      }
      const contentType = res.headers.get('content-type') ?? '';
      const mime = contentType.split(';')[0].trim().toLowerCase();
      if (mime && !ACCEPTED.has(mime)) {
        await res.body?.cancel();
        return failure(url, `unsupported content type "${mime}" (expected text/html, text/plain or application/xhtml+xml)`);
      }
      const declaredLength = Number(res.headers.get('content-length') ?? NaN);
      if (declaredLength > opts.maxBytes) {
        await res.body?.cancel();
        return failure(url, overLimit(declaredLength, opts.maxBytes), 'size-limit');
      }
      const body = await readCapped(res, opts.maxBytes);
      if (!body) return failure(url, overLimit(opts.maxBytes, opts.maxBytes, true), 'size-limit');
      const charset = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
      const html = mime ? mime !== 'text/plain' : sniffHtml(body);
      const checked = articleText(body, { html, declared: charset, maxBytes: opts.maxBytes, noun: 'response' });
      if (!checked.ok) return failure(url, checked.error, checked.reason);
      return {
        ok: true,
        raw: {
          source: { kind: 'url', location: current, name: urlName(current), url: current },
          format: html ? 'html' : 'text',
          content: checked.value.text,
          encoding: checked.value.encoding,
          hints: { url: current },
        },
      };
    }
  } catch (err) {
    return failure(url, fetchErrorMessage(err, opts.fetchTimeoutMs, current));
  }
}

/** The body, or null once it grows past maxBytes (the rest is not downloaded). */
async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!res.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

function fetchErrorMessage(err: unknown, timeoutMs: number, url: string): string {
  const e = err as Error & { cause?: NodeJS.ErrnoException & { errors?: NodeJS.ErrnoException[] } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `timed out after ${seconds(timeoutMs)}`;
  // Connecting to a name with several addresses fails with an AggregateError of per-address errors.
  const code = e?.cause?.code ?? e?.cause?.errors?.[0]?.code ?? (e as NodeJS.ErrnoException)?.code;
  const host = safeHost(url);
  switch (code) {
    case 'ECONNREFUSED':
      return `cannot connect: connection refused by ${host}`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `cannot connect: host ${host} not found (DNS lookup failed)`;
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return `cannot connect: connection to ${host} was reset`;
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'ETIMEDOUT':
      return `cannot connect: connection to ${host} timed out`;
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return `cannot connect: network unreachable for ${host}`;
  }
  const tls = certificateProblem(code, e?.cause, host);
  if (tls) return tls;
  const cause = e?.cause ? errorMessage(e.cause) : '';
  // Node's messages may end in a list that came out empty ("… is not in the cert's list: ")
  return `cannot fetch: ${(cause || errorMessage(err)).replace(/[\s:;,]+$/, '')}`;
}

/** OpenSSL's and Node's codes for a certificate that does not check out: what is wrong, in a sentence. */
const CERTIFICATE_PROBLEMS: Record<string, string> = {
  CERT_HAS_EXPIRED: 'has expired',
  CERT_NOT_YET_VALID: 'is not valid yet',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'is self-signed, not issued by an authority this machine trusts',
  SELF_SIGNED_CERT_IN_CHAIN: 'was issued by a self-signed authority this machine does not trust',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'could not be verified: its issuer is not one this machine trusts',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'could not be verified: its issuer is not one this machine trusts',
  UNABLE_TO_GET_ISSUER_CERT: 'could not be verified: its issuer is not one this machine trusts',
  CERT_REVOKED: 'has been revoked',
};

/**
 * A TLS certificate failure as one clear sentence. Node's own text for a name mismatch runs two
 * messages together and, for an address with no IP in the certificate, ends in a dangling ": ".
 */
export function certificateProblem(code: string | undefined, cause: unknown, host: string): string | null {
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    const cert = (cause as { cert?: { subjectaltname?: string; subject?: { CN?: string } } } | undefined)?.cert;
    const names = (cert?.subjectaltname ?? '')
      .split(/,\s*/)
      .map((n) => n.replace(/^(DNS|IP Address):/, '').trim())
      .filter(Boolean);
    if (names.length === 0 && cert?.subject?.CN) names.push(cert.subject.CN);
    const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
    return `cannot connect securely: the certificate ${host} sent is not for ${host}${shown ? ` (it names ${shown})` : ''}`;
  }
  const problem = code ? CERTIFICATE_PROBLEMS[code] : undefined;
  return problem ? `cannot connect securely: the certificate ${host} sent ${problem}` : null;
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
