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
