// DNS rebinding: a web page on an attacker's name that later resolves to 127.0.0.1 can read a local
// server's API from the browser. Its requests carry the attacker's name in the Host header, so only
// names this server is known by are answered: IP addresses, localhost, the name it was started on,
// this machine's name, and any the operator configures.
import { hostname } from 'node:os';
import { isIP } from 'node:net';

export type HostCheck = (hostHeader: string | undefined) => boolean;

/** The host name of a Host header value ("[::1]:8080" → "::1", "Example.org." → "example.org"). */
export function hostNameOf(header: string): string {
  const h = header.trim().toLowerCase();
  const name = h.startsWith('[') ? h.slice(1, h.indexOf(']') > 0 ? h.indexOf(']') : undefined) : h.replace(/:\d*$/, '');
  return name.replace(/\.$/, '');
}

export function hostCheck(boundHost: string | undefined, allowed: string[] | 'any' | undefined): HostCheck {
  if (allowed === 'any') return () => true;
  const names = new Set([...(allowed ?? []), boundHost ?? '', hostname()].filter(Boolean).map(hostNameOf));
  return (header) => {
    if (header === undefined) return true; // HTTP/1.0 clients send none; browsers always do
    const name = hostNameOf(header);
    return isIP(name) !== 0 || name === 'localhost' || name.endsWith('.localhost') || names.has(name);
  };
}
