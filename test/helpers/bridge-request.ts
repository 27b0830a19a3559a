import http from 'node:http';
import type { Bridge } from '../../src/server/bridge';

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface BridgeRequest {
  path: string;
  method?: string;
  host?: string;
  /** undefined: the bridge's own token; null: none. */
  token?: string | null;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is (uploads). */
  raw?: Buffer | string;
  /** More headers, e.g. `origin`, `cookie`, `sec-fetch-site`. */
  headers?: Record<string, string>;
  /** Resolve as soon as the status and headers arrive, then hang up (event streams never end). */
  headersOnly?: boolean;
}

/** One HTTP request to a running bridge, with full control over Host and token. */
export function bridgeRequest(bridge: Bridge, options: BridgeRequest): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: options.host ?? `127.0.0.1:${bridge.port}`, ...options.headers };
    const token = options.token === undefined ? bridge.token : options.token;
    if (token) headers.authorization = `Bearer ${token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const req = http.request({ host: '127.0.0.1', port: bridge.port, path: options.path, method: options.method ?? 'GET', headers }, (res) => {
      if (options.headersOnly) {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: '' });
        req.destroy();
        return;
      }
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(JSON.stringify(options.body));
    if (options.raw !== undefined) req.write(options.raw);
    req.end();
  });
}
