/**
 * A local server is still a server: pages from other sites and DNS-rebinding attacks can reach it.
 * Every request must name our own address in `Host`; every write must come from our own pages
 * (Origin / Sec-Fetch-Site) and carry the form token; responses forbid framing, sniffing and scripts.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { errorPage } from './errors.js';
import { readForm } from './form.js';

export const CSP = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/** `127.0.0.1:4321`, `localhost:4321`, `[::1]:4321` and the bound names, as `Host` headers may spell them. */
export function hostsFor(hostnames: readonly string[], port: number): Set<string> {
  const names = new Set(['127.0.0.1', 'localhost', '[::1]', ...hostnames.map((h) => (h.includes(':') && !h.startsWith('[') ? `[${h}]` : h))]);
  return new Set([...names].map((h) => `${h.toLowerCase()}:${port}`));
}

export const newCsrfToken = (): string => randomBytes(32).toString('base64url');

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('Content-Security-Policy', CSP);
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('X-Frame-Options', 'DENY');
    // Not `no-referrer`: with it, Chromium sends `Origin: null` on our own form posts.
    h.set('Referrer-Policy', 'same-origin');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    h.set('Cross-Origin-Resource-Policy', 'same-origin');
    if (!h.has('Cache-Control')) h.set('Cache-Control', 'no-store');
  };
}

/** Refuses requests addressed to any other name (DNS rebinding). */
export function hostGuard(allowed: () => ReadonlySet<string>): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host')?.toLowerCase();
    if (!host || !allowed().has(host)) return c.text('Keel answers only at its own local address.', 403);
    await next();
  };
}

const refuse = (c: Context, why: string) => errorPage(c, 403, 'Refused', why);

/** Writes only from our own pages: same Origin, same-origin fetch metadata, and the form token. */
export function writeGuard(token: string): MiddlewareHandler {
  const expected = Buffer.from(token);
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    if (origin !== undefined && origin.toLowerCase() !== `http://${c.req.header('host')?.toLowerCase()}`) {
      return refuse(c, 'this request came from another site');
    }
    const site = c.req.header('sec-fetch-site');
    if (site !== undefined && site !== 'same-origin') return refuse(c, 'this request came from another site');
    if (!(c.req.header('content-type') ?? '').startsWith('application/x-www-form-urlencoded')) {
      return errorPage(c, 415, 'Refused', 'Keel accepts only its own forms');
    }
    const sent = Buffer.from(String((await readForm(c))._csrf ?? ''));
    if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) {
      return refuse(c, 'this form is out of date (Keel may have restarted). Go back, reload the page and send it again');
    }
    await next();
  };
}
