import fs from 'node:fs';
import path from 'node:path';

/** What SupplyDesk opens when the OS hands it a file: its own workspaces, and older SQLite names. */
const WORKSPACE_FILE = /\.(supplydesk|sqlite|sqlite3|db)$/i;

/**
 * The workspace named on a command line (`SupplyDesk shop.supplydesk`, a double-click on
 * Windows and Linux, or a second launch's argv), or null. Flags (Chromium's and Electron's
 * own, `--`-prefixed) and the executable are skipped; relative paths resolve against the
 * launching process's folder. Only an existing file counts, so a stray argument opens nothing.
 */
export function workspaceFromArgv(argv: readonly string[], cwd: string): string | null {
  for (const arg of [...argv.slice(1)].reverse()) {
    if (arg.startsWith('-') || !WORKSPACE_FILE.test(arg)) continue;
    const resolved = path.resolve(cwd, arg);
    try {
      if (fs.statSync(resolved).isFile()) return resolved;
    } catch {
      // Not there: try the next argument.
    }
  }
  return null;
}
