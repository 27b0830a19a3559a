import path from 'node:path';
import type { CustomScheme } from 'electron';
import { rendererFileHeaders } from '../core/app/renderer-files';
import { isInside } from '../core/ground/files/inside-folder';
import { APP_HOST, APP_SCHEME } from './security';

/**
 * `app://supplydesk/…`: a standard, secure scheme, so the page has a real origin of its own
 * (storage, `'self'` in the CSP, relative URLs) without the extra powers `file://` carries.
 * Not `corsEnabled` (that would let other origins read its files), not `bypassCSP`, no service workers.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

export type AppRequest = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404 | 405 };

/**
 * Which file of the built renderer an `app://` request asks for, or why it is refused. Only
 * GET/HEAD, only the app's own host, and only files inside `rendererDir`: `..`, encoded slashes
 * or backslashes, drive letters and NUL in a segment are refused, not resolved. `/` is index.html.
 */
export function resolveAppRequest(requestUrl: string, rendererDir: string, method = 'GET'): AppRequest {
  if (method !== 'GET' && method !== 'HEAD') return { ok: false, status: 405 };
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 403 };
  // Each segment decoded on its own: an encoded `/` or `\\` inside a segment is a way out, not a name.
  let segments: string[];
  try {
    segments = url.pathname
      .split('/')
      .filter((segment) => segment !== '')
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return { ok: false, status: 400 };
  }
  const forbidden = (segment: string) => segment === '.' || segment === '..' || /[/\\:\0]/.test(segment);
  if (segments.some(forbidden)) return { ok: false, status: 403 };
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, ...(segments.length === 0 ? ['index.html'] : segments));
  if (!isInside(root, file)) return { ok: false, status: 403 };
  return { ok: true, file };
}

/** Headers of a renderer file served over `app://`: its type, the CSP, no sniffing, no referrer. */
export function appResponseHeaders(file: string): Record<string, string> {
  return { ...rendererFileHeaders(file), 'cross-origin-opener-policy': 'same-origin' };
}
