import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { AppContext } from '../core/app/app-context';
import { dispatch } from '../core/app/dispatch';
import type { HandlerTable } from '../core/app/handlers';
import { isAllowedHost, isAllowedOrigin, isAuthorized, sameSecret, sessionCookie, type Secrets } from './request-guards';
import { serveStatic } from './static-files';
import { openEventStream } from './event-stream';
import { receiveUpload, sendExport } from './file-transfer';

export interface BridgeOptions {
  ctx: AppContext;
  table: HandlerTable;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface Bridge {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Largest request body accepted, in bytes. */
const MAX_BODY = 8 * 1024 * 1024;

/**
 * The browser mode: the same handler table as Electron's IPC, over HTTP on loopback only,
 * behind a Host check (against DNS rebinding), an Origin check (against other pages) and a
 * per-run token. The token travels in a URL once, to the first page load, which trades it for
 * an HttpOnly cookie; API calls carry it in an Authorization header, and the page's
 * EventSource and downloads use the cookie.
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = randomBytes(24).toString('base64url');
  const cookieSecret = randomBytes(24).toString('base64url');
  const server = http.createServer();
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const secrets: Secrets = { token, cookieSecret, port };

  server.on('request', (req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, port)) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('Forbidden host');
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (!isAllowedOrigin(req.headers, url.pathname)) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('Forbidden origin');
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      if (!isAuthorized(req, url, secrets)) {
        res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'unauthorized' }));
        return;
      }
      if (url.pathname === '/api/events' && req.method === 'GET') {
        openEventStream(options.ctx.events, req, res);
        return;
      }
      if (url.pathname === '/api/files/upload' && req.method === 'POST') {
        await receiveUpload(options.ctx, req, url, res);
        return;
      }
      const exportName = /^\/api\/files\/exports\/([^/]+)$/.exec(url.pathname);
      if (exportName && req.method === 'GET') {
        sendExport(options.ctx, exportName[1]!, res);
        return;
      }
      const match = /^\/api\/call\/([a-zA-Z]+:[a-zA-Z]+)$/.exec(url.pathname);
      if (match && req.method === 'POST') {
        const body = await readJsonBody(req);
        const envelope = body.ok
          ? await dispatch(options.table, match[1]!, body.value)
          : { ok: false, error: { code: 'invalid_input', message: body.message, details: {} } };
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(JSON.stringify(envelope));
        return;
      }
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'not found' }));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    // The first page load, from the printed address: the token becomes the page's session cookie.
    const extraHeaders: Record<string, string> = sameSecret(url.searchParams.get('token'), token) ? { 'set-cookie': sessionCookie(port, cookieSecret) } : {};
    serveStatic(options.staticDir, url.pathname, res, extraHeaders);
  }

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

async function readJsonBody(
  req: http.IncomingMessage,
): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return { ok: false, message: 'Request too large' };
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
  } catch {
    return { ok: false, message: 'Request body is not JSON' };
  }
}
