import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { AppContext } from '../core/app/app-context';
import { findExport, safeFileName } from '../core/app/exports-folder';
import type { FileChoice } from '../shared/contract/schemas/files';

/** Largest upload accepted: far above any merchant export, well below filling a laptop's disk by mistake. */
export const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;
/** Uploads are copies the import has finished with after a day. */
const UPLOAD_LIFETIME_MS = 24 * 3600 * 1000;

const CONTENT_TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function uploadsFolder(home: string): string {
  return path.join(home, 'uploads');
}

function reply(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

/**
 * Browser mode has no file dialog: the page streams the chosen file here. It is written to a
 * private folder of its own, never held in memory, and the path policy then lets the API read it.
 */
export async function receiveUpload(ctx: AppContext, req: http.IncomingMessage, url: URL, res: http.ServerResponse): Promise<void> {
  const name = url.searchParams.get('name') ?? '';
  if (!name) {
    reply(res, 200, { ok: false, error: { code: 'invalid_input', message: 'The upload has no file name', details: {} } });
    return;
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_UPLOAD_BYTES) {
    req.resume();
    reply(res, 200, { ok: false, error: { code: 'invalid_input', message: `${name} is larger than 2 GB`, details: { name } } });
    return;
  }
  pruneUploads(ctx.home);
  const folder = path.join(uploadsFolder(ctx.home), randomBytes(8).toString('hex'));
  fs.mkdirSync(folder, { recursive: true });
  const target = path.join(folder, safeFileName(name));
  let bytes = 0;
  try {
    await pipeline(
      req,
      async function* (source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          bytes += chunk.length;
          if (bytes > MAX_UPLOAD_BYTES) throw new Error(`${name} is larger than 2 GB`);
          yield chunk;
        }
      },
      fs.createWriteStream(target),
    );
  } catch (error) {
    fs.rmSync(folder, { recursive: true, force: true });
    const message = error instanceof Error ? error.message : String(error);
    reply(res, 200, { ok: false, error: { code: 'invalid_input', message: `The upload of ${name} failed: ${message}`, details: { name } } });
    return;
  }
  ctx.paths.allowToRead(target);
  const choice: FileChoice = { path: target, name, bytes };
  reply(res, 200, { ok: true, value: choice });
}

/** Hands out a file from the exports folder by its name; nothing else on disk is reachable. */
export function sendExport(ctx: AppContext, encodedName: string, res: http.ServerResponse): void {
  let fileName: string;
  try {
    fileName = decodeURIComponent(encodedName);
  } catch {
    reply(res, 404, { error: 'not found' });
    return;
  }
  const file = findExport(ctx.home, fileName);
  if (!file) {
    reply(res, 404, { error: 'not found' });
    return;
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': fs.statSync(file).size,
    'content-disposition': `attachment; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    'cache-control': 'no-store',
  });
  fs.createReadStream(file).pipe(res);
}

function asciiFallback(name: string): string {
  return name.replace(/[^\x20-\x7e]|"/g, '_');
}

function pruneUploads(home: string): void {
  const folder = uploadsFolder(home);
  if (!fs.existsSync(folder)) return;
  const cutoff = Date.now() - UPLOAD_LIFETIME_MS;
  for (const entry of fs.readdirSync(folder)) {
    const full = path.join(folder, entry);
    try {
      if (fs.statSync(full).mtimeMs < cutoff) fs.rmSync(full, { recursive: true, force: true });
    } catch {
      // Another request pruned it first.
    }
  }
}
