import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../ground/errors/app-error';

const SQLITE_HEADER = 'SQLite format 3\u0000';

/**
 * Refuse, before SQLite touches it, a path that is missing, is not a SQLite
 * file, or cannot be written. Checking the mode bits as well as access()
 * matters: as root access() says yes even to a file the user marked read-only.
 */
export function checkSqliteFile(filePath: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch {
    throw new AppError('workspace_missing', `No workspace file at ${filePath}`, { path: filePath });
  }
  if (!stat.isFile()) {
    throw new AppError('workspace_not_sqlite', `${filePath} is not a file`, { path: filePath });
  }
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = fs.openSync(filePath, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, header, 0, header.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (read < header.length || header.toString('latin1') !== SQLITE_HEADER) {
    throw new AppError(
      'workspace_not_sqlite',
      `${filePath} is not a SupplyDesk workspace (not a SQLite database)`,
      { path: filePath },
    );
  }
  if (!isWritable(filePath, stat) || !isWritable(path.dirname(filePath))) {
    throw new AppError(
      'workspace_read_only',
      `${filePath} is read-only; copy it somewhere writable or change its permissions`,
      { path: filePath },
    );
  }
}

function isWritable(target: string, stat = fs.statSync(target)): boolean {
  if ((stat.mode & 0o222) === 0) return false;
  try {
    fs.accessSync(target, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
