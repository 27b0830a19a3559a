import fs from 'node:fs';
import { app, protocol, session, shell } from 'electron';
import { APP_SCHEME_PRIVILEGES, appResponseHeaders, resolveAppRequest } from './app-protocol';
import { guardWebContents, hardenSession } from './contents-guards';
import { APP_SCHEME } from './security';

/*
 * The Electron side of the desktop hardening: thin wiring of the pure decisions in
 * security.ts, app-protocol.ts and contents-guards.ts, which the tests exercise.
 */

/** Must run before the app is ready: makes `app://` a standard, secure scheme. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

/** Serves the built renderer at `app://supplydesk/…`; anything outside `rendererDir` is refused. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const resolved = resolveAppRequest(request.url, rendererDir, request.method);
    if (!resolved.ok) return new Response(null, { status: resolved.status });
    let body: Buffer;
    try {
      body = await fs.promises.readFile(resolved.file);
    } catch {
      return new Response(null, { status: 404 });
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers: appResponseHeaders(resolved.file) });
  });
}

/** Guards every web contents the app ever creates, from the first window on. */
export function guardAllWebContents(origin: string): void {
  hardenSession(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, { origin, openExternal: (url) => void shell.openExternal(url) });
  });
}
