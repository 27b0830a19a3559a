import path from 'node:path';

/**
 * The renderer's Content Security Policy, one string for every place it is served from: the
 * `<meta>` in src/renderer/index.html (a test keeps the two equal), the `app://` protocol of the
 * desktop app and the browser-mode server. Scripts only from the app itself (no inline, no eval);
 * no plugins; no `<base>` to re-point relative URLs; no form may post anywhere.
 * `style-src 'unsafe-inline'` stays: Ant Design writes its CSS-in-JS into `<style>` elements.
 */
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** As an HTTP header, which can also forbid framing (a `<meta>` policy cannot). */
export const RENDERER_CSP_HEADER = `${RENDERER_CSP}; frame-ancestors 'none'`;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/**
 * The headers of a built renderer file, wherever it is served (the desktop app's `app://`, the
 * browser-mode server): its type, the CSP, no sniffing, and no referrer (the browser mode's first
 * address carries the token).
 */
export function rendererFileHeaders(file: string): Record<string, string> {
  return {
    'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-security-policy': RENDERER_CSP_HEADER,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
}
