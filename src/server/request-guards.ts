import { timingSafeEqual } from 'node:crypto';
import type http from 'node:http';

/** Only our own origin: a page on another name that resolves to 127.0.0.1 (DNS rebinding) is refused. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/**
 * Who may talk to the bridge from a browser: only pages of the bridge itself. A request that names
 * another origin (a web page, another program's page on another loopback port, a sandboxed
 * `null` frame) is refused, whatever token it carries. Fetch metadata refuses what the Origin
 * header does not show: an `<img>` or `<script>` on another site pointing at the API. Requests
 * with neither header (the browser's own same-origin GETs, command-line clients) pass on to
 * the token check.
 */
export function isAllowedOrigin(headers: http.IncomingHttpHeaders, pathname: string): boolean {
  const origin = headers.origin;
  if (origin !== undefined && origin !== `http://${headers.host ?? ''}`) return false;
  const site = headers['sec-fetch-site'];
  if (pathname.startsWith('/api/') && (site === 'cross-site' || site === 'same-site')) return false;
  return true;
}

/** The HttpOnly cookie the first page load receives; per port, as cookies do not tell ports apart. */
export function sessionCookieName(port: number): string {
  return `supplydesk_session_${port}`;
}

/**
 * Set on the first page load (the one whose address carries the token): the page's own
 * EventSource and downloads then authenticate without the token ever travelling in a URL again.
 * HttpOnly (no script reads it), SameSite=Strict (no other site sends it), only under /api/.
 */
export function sessionCookie(port: number, secret: string): string {
  return `${sessionCookieName(port)}=${secret}; Path=/api/; HttpOnly; SameSite=Strict`;
}

export function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

export function sameSecret(given: string | null | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token as a bearer header: how every API call authenticates. Never from the query string. */
export function hasBearerToken(req: http.IncomingMessage, token: string): boolean {
  const header = req.headers.authorization;
  return sameSecret(header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : null, token);
}

/**
 * Reading endpoints the page reaches without script-set headers (EventSource, downloads) also
 * take the session cookie. Calls that change anything (`/api/call/*`, uploads) need the header,
 * which no other page can make a browser send.
 */
export function acceptsSessionCookie(method: string | undefined, pathname: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  return pathname === '/api/events' || /^\/api\/files\/exports\/[^/]+$/.test(pathname);
}

export interface Secrets {
  token: string;
  cookieSecret: string;
  port: number;
}

/** May this API request go ahead? A token in the query string counts for nothing here. */
export function isAuthorized(req: http.IncomingMessage, url: URL, secrets: Secrets): boolean {
  if (hasBearerToken(req, secrets.token)) return true;
  if (!acceptsSessionCookie(req.method, url.pathname)) return false;
  return sameSecret(readCookie(req.headers.cookie, sessionCookieName(secrets.port)), secrets.cookieSecret);
}
