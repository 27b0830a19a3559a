import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../ground/errors/app-error';
import { isInside } from '../ground/files/inside-folder';

/**
 * The renderer may only name files the user reached through the app, and only for what they were
 * reached for. A compromised page (or, in browser mode, any page that learned the token) can
 * therefore not make the back end open, create or read files elsewhere.
 *
 * - Workspace files (open, create, save as, restore, check): inside the workspaces folder, on the
 *   recent list, or chosen in a workspace dialog.
 * - Files to read (import, a supplier's confirmations): chosen in a file dialog (Electron),
 *   uploaded (browser mode), or opened from the ledger of a permitted watched folder.
 *
 * A file chosen to read is never a workspace path, so reading a file never grants writing it.
 */
export class PathPolicy {
  private readonly workspaces = new Set<string>();
  private readonly toRead = new Set<string>();

  constructor(
    private readonly workspacesFolder: string,
    private readonly recentPaths: () => string[],
  ) {}

  /** Remember a workspace file the user picked in a native dialog. */
  allow(filePath: string): void {
    this.workspaces.add(path.resolve(filePath));
  }

  /** A workspace file the renderer names: the workspaces folder, a recent file or a dialog choice. */
  check(filePath: string): string {
    const resolved = path.resolve(filePath);
    if (isInside(this.workspacesFolder, resolved) || this.workspaces.has(resolved) || this.recentPaths().includes(resolved)) return resolved;
    throw new AppError('invalid_input', `SupplyDesk may not use ${filePath}: choose it in a file dialog first`, {
      path: filePath,
    });
  }

  /** Remember a file the user chose to read: a dialog choice, an upload, a file of a permitted watched folder. */
  allowToRead(filePath: string): void {
    this.toRead.add(path.resolve(filePath));
  }

  /** A file to read the renderer names: only one the user chose (see allowToRead). */
  checkToRead(filePath: string): string {
    const resolved = path.resolve(filePath);
    if (this.toRead.has(resolved)) return resolved;
    throw new AppError('invalid_input', `SupplyDesk may not read ${filePath}: choose or upload the file first`, {
      path: filePath,
    });
  }
}

/** Where a permitted watched folder comes from, for the UI's list of folders to choose from. */
export type WatchFolderSource = 'inbox' | 'confirmed';

/**
 * Which folders may be watched (and so read, file by file, without another choice).
 *
 * The page never makes a folder readable by typing it. A folder may be watched when it is
 * - inside or equal to the inbox, `<home>/inbox`: SupplyDesk's own folder, created for files to be
 *   dropped into;
 * - confirmed by the person outside the page: listed at start with `--watch-folder DIR`, or a line
 *   of `<home>/watch-folders.txt` (a file SupplyDesk reads and never writes), and folders inside it;
 * - chosen in the desktop app's native folder dialog (this run).
 *
 * Paths are compared after resolving symbolic links, so neither `..` nor a link leads outside.
 */
export class WatchFolderPolicy {
  readonly inbox: string;
  readonly confirmationFile: string;
  private readonly chosen = new Set<string>();

  constructor(
    home: string,
    private readonly fromStart: readonly string[] = [],
  ) {
    this.inbox = path.join(home, 'inbox');
    this.confirmationFile = path.join(home, 'watch-folders.txt');
    fs.mkdirSync(this.inbox, { recursive: true });
  }

  /** A folder the user chose in the desktop app's native dialog. */
  allowChosen(folder: string): void {
    this.chosen.add(realOrResolved(folder));
  }

  /** The folders confirmed outside the page: `--watch-folder` and `watch-folders.txt`, read afresh each time. */
  confirmed(): string[] {
    const lines = readLines(this.confirmationFile);
    return [...new Set([...this.fromStart, ...lines].filter((line) => path.isAbsolute(line)).map(realOrResolved))];
  }

  /** Whether the folder may be watched now. */
  permits(folder: string): boolean {
    const real = realOrResolved(folder);
    const roots = [realOrResolved(this.inbox), ...this.confirmed()];
    return this.chosen.has(real) || roots.some((root) => root === real || isInside(root, real));
  }

  /** The folder, resolved, or a refusal that says how to make it watchable. */
  check(folder: string): string {
    const resolved = path.resolve(folder.trim());
    if (this.permits(resolved)) return resolved;
    throw new AppError(
      'invalid_input',
      `SupplyDesk may not watch ${resolved}: in browser mode only the inbox (${this.inbox}), folders inside it and folders confirmed when SupplyDesk was started (--watch-folder, or a line in ${this.confirmationFile}) can be watched`,
      { path: resolved, inbox: this.inbox, confirmationFile: this.confirmationFile },
    );
  }

  /** The folders the UI offers in browser mode: the inbox, the folders in it, and the confirmed ones that exist. */
  candidates(): { path: string; source: WatchFolderSource }[] {
    const inInbox = subfolders(this.inbox).map((folder) => ({ path: folder, source: 'inbox' as const }));
    const confirmed = [...this.fromStart.map((folder) => path.resolve(folder)), ...readLines(this.confirmationFile).filter((line) => path.isAbsolute(line)).map((line) => path.resolve(line))]
      .filter((folder) => isFolder(folder))
      .map((folder) => ({ path: folder, source: 'confirmed' as const }));
    const seen = new Set<string>();
    return [{ path: this.inbox, source: 'inbox' as const }, ...inInbox, ...confirmed].filter((entry) => {
      if (seen.has(entry.path)) return false;
      seen.add(entry.path);
      return true;
    });
  }
}

function realOrResolved(folder: string): string {
  const resolved = path.resolve(folder);
  try {
    return fs.realpathSync.native(resolved);
  } catch {
    return resolved;
  }
}

function readLines(file: string): string[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

function isFolder(folder: string): boolean {
  try {
    return fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

function subfolders(folder: string): string[] {
  try {
    return fs
      .readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => path.join(folder, entry.name))
      .sort();
  } catch {
    return [];
  }
}
