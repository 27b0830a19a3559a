import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { rendererFileHeaders } from '../core/app/renderer-files';
import { isInside } from '../core/ground/files/inside-folder';

/** Serve the built renderer; unknown paths get index.html (client-side routes). */
export function serveStatic(root: string, pathname: string, res: http.ServerResponse, extraHeaders: Record<string, string> = {}): void {
  const rootDir = path.resolve(root);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  const requested = path.resolve(rootDir, `.${decoded}`);
  const file = isInside(rootDir, requested) && isFile(requested) ? requested : path.join(rootDir, 'index.html');
  if (!isFile(file)) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The user interface is not built yet: run `npm run build:renderer`.');
    return;
  }
  const hashedAsset = file.includes(`${path.sep}assets${path.sep}`);
  res.writeHead(200, {
    ...rendererFileHeaders(file),
    ...extraHeaders,
    'cache-control': hashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (hashedAsset) res.end(assetBytes(file));
  else fs.createReadStream(file).pipe(res);
}

/** Hashed assets never change under their name: read once, kept for the life of the server. */
const assetCache = new Map<string, Buffer>();

/**
 * A hashed asset's bytes, handed to the socket whole: the page's chunks (AG Grid's is over 1 MB)
 * then reach the browser without waiting for turns of an event loop that a long API call may hold.
 */
function assetBytes(file: string): Buffer {
  let bytes = assetCache.get(file);
  if (!bytes) assetCache.set(file, (bytes = fs.readFileSync(file)));
  return bytes;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
