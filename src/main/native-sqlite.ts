import fs from 'node:fs';
import path from 'node:path';

/**
 * better-sqlite3 in node_modules is built for Node (tests, CLI, browser mode).
 * The packaged app ships a second build for Electron's ABI as an extra resource.
 * Returns its path, or null in development, where node_modules must match Electron.
 */
export function electronSqliteBinding(resourcesPath: string, isPackaged: boolean): string | null {
  if (!isPackaged) return null;
  const binding = path.join(resourcesPath, 'native', 'better_sqlite3.node');
  if (!fs.existsSync(binding)) {
    throw new Error(
      `SupplyDesk is missing its database engine for this version of Electron (${binding}). Reinstall SupplyDesk.`,
    );
  }
  return binding;
}
