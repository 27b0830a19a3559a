import fs from 'node:fs';
import path from 'node:path';
import type { ExportedFile } from '../../shared/contract/schemas/files';
import type { AppContext } from './app-context';

/** Where exports are written, so browser mode can hand them out by name and nothing else. */
export function exportsFolder(home: string): string {
  return path.join(home, 'exports');
}

/** Characters no file system minds; anything else (separators, control characters) becomes "_". */
export function safeFileName(name: string): string {
  const printable = [...name.normalize('NFC')].map((char) => (char.charCodeAt(0) < 32 ? '_' : char)).join('');
  const cleaned = printable.replace(/[\\/:*?"<>|]/g, '_').replace(/^\.+/, '_').trim();
  return (cleaned || 'export').slice(0, 160);
}

/**
 * A fresh path in the exports folder for `fileName`; an existing export of that name is kept
 * and the new one gets " (2)", " (3)" … so a download never silently replaces an earlier one.
 */
export function exportFilePath(ctx: Pick<AppContext, 'home'>, fileName: string): string {
  const folder = exportsFolder(ctx.home);
  fs.mkdirSync(folder, { recursive: true });
  const safe = safeFileName(fileName);
  const extension = path.extname(safe);
  const stem = safe.slice(0, safe.length - extension.length);
  for (let n = 1; ; n++) {
    const candidate = path.join(folder, n === 1 ? safe : `${stem} (${n})${extension}`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}

/** What an export channel returns once its file is written. */
export function exportedFile(filePath: string): ExportedFile {
  return { fileName: path.basename(filePath), path: filePath, bytes: fs.statSync(filePath).size };
}

/** The export called `fileName`, or null when the name is not a plain file in the exports folder. */
export function findExport(home: string, fileName: string): string | null {
  if (fileName !== safeFileName(fileName)) return null;
  const candidate = path.join(exportsFolder(home), fileName);
  if (path.dirname(candidate) !== exportsFolder(home)) return null;
  return fs.existsSync(candidate) && fs.statSync(candidate).isFile() ? candidate : null;
}
