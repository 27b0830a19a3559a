import fs from 'node:fs';
import path from 'node:path';

/** Where the Electron build of better-sqlite3 sits in the packaged app's resources folder. */
export const NATIVE_SQLITE_DIR = 'native';
export const NATIVE_SQLITE_FILE = 'better_sqlite3.node';
/** Written beside it by scripts/build-electron-sqlite.mjs: what it was built for. */
export const NATIVE_SQLITE_STAMP = 'better_sqlite3.json';

interface Stamp {
  runtime: string;
  target: string;
  abi: string;
  platform: string;
  arch: string;
}

/**
 * better-sqlite3 in node_modules is built for Node (tests, CLI, browser mode).
 * The packaged app ships a second build for Electron's ABI as an extra resource.
 * Returns its path, or null in development, where node_modules must match Electron.
 * A missing file or one built for another Electron fails here, with a message a user can act
 * on, instead of later as "was compiled against a different Node.js version".
 */
export function electronSqliteBinding(
  resourcesPath: string,
  isPackaged: boolean,
  running: { abi: string; platform: string; arch: string } = {
    abi: process.versions.modules,
    platform: process.platform,
    arch: process.arch,
  },
): string | null {
  if (!isPackaged) return null;
  const binding = path.join(resourcesPath, NATIVE_SQLITE_DIR, NATIVE_SQLITE_FILE);
  if (!fs.existsSync(binding)) {
    throw new Error(
      `SupplyDesk is missing its database engine for this version of Electron (${binding}). Reinstall SupplyDesk.`,
    );
  }
  const stamp = readStamp(path.join(resourcesPath, NATIVE_SQLITE_DIR, NATIVE_SQLITE_STAMP));
  if (stamp && (stamp.abi !== running.abi || stamp.platform !== running.platform || stamp.arch !== running.arch)) {
    throw new Error(
      `SupplyDesk's database engine was built for ${stamp.runtime} ${stamp.target} (ABI ${stamp.abi}, ${stamp.platform}-${stamp.arch}), ` +
        `but this app runs ABI ${running.abi} on ${running.platform}-${running.arch}. Install the SupplyDesk build made for this computer.`,
    );
  }
  return binding;
}

function readStamp(file: string): Stamp | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Stamp;
  } catch {
    return null;
  }
}
