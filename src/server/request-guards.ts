import { timingSafeEqual } from 'node:crypto';
import type http from 'node:http';

/** Only our own origin: a page on another name that resolves to 127.0.0.1 (DNS rebinding) is refused. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** The token comes as a bearer header, or as a query parameter where EventSource cannot send headers. */
export function isAuthorized(req: http.IncomingMessage, url: URL, token: string): boolean {
  const header = req.headers.authorization;
  const given = header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : url.searchParams.get('token');
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
