import fs from 'node:fs';
import type { AppContext } from '../app-context';
import { backupNow } from '../backup/backup-now';
import type { Workspace } from '../../db/workspace';
import type { ImportTaskInput } from '../jobs/tasks/import-task';
import { afterWatchedImport } from './after-import';
import { fileView, listFolders, type FileRow, type FolderRow } from '../../monitoring/watch/ledger';
import { scanFolder } from '../../monitoring/watch/scan-folder';
import type { WatchImporter } from '../../monitoring/watch/settle-file';
import type { WatchTimings } from '../../monitoring/watch/timings';

/** Files from this size on are backed up before, as the import wizard does (about 20,000 rows of sales). */
const BIG_IMPORT_BYTES = 1024 * 1024;
/** Events come in bursts while a file is written: one scan shortly after the last of them. */
const EVENT_DEBOUNCE_MS = 300;

/**
 * Watches the enabled folders of the open workspace, and only while it is open: `fs.watch` for
 * a quick reaction, plus a periodic scan because events are missed on network and synced
 * folders. Scans never overlap, and files are imported one at a time, each as a job.
 */
export class WatchService {
  private workspace: Workspace | null = null;
  private readonly watchers = new Map<number, fs.FSWatcher>();
  /** Why a folder could not be watched or read, from fs.watch or the last scan. */
  private readonly problems = new Map<number, string>();
  /** When each folder was last scanned (kept here: a scan that finds nothing writes nothing). */
  private readonly lastScans = new Map<number, Date>();
  private periodic: NodeJS.Timeout | null = null;
  private soon: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private rerun = false;

  constructor(
    private readonly ctx: AppContext,
    readonly timings: WatchTimings,
  ) {}

  /** Follow the open workspace from now on (and the one open already). */
  start(): () => void {
    const unsubscribe = this.ctx.events.subscribe((event) => {
      if (event === 'workspace:changed') this.follow(this.ctx.workspace);
    });
    this.follow(this.ctx.workspace);
    return () => {
      unsubscribe();
      this.follow(null);
    };
  }

  problemOf(folderId: number): string | null {
    return this.problems.get(folderId) ?? null;
  }

  lastScanOf(folderId: number): Date | null {
    return this.lastScans.get(folderId) ?? null;
  }

  /** After folders were added, removed, enabled or disabled. */
  foldersChanged(): void {
    this.rewatch();
    this.requestScan(0);
  }

  /** Scan now and resolve when that scan (and the files it found ready) is done. */
  async scanNow(): Promise<void> {
    if (this.running) {
      this.rerun = true;
      await this.running;
    }
    await this.runScan();
  }

  requestScan(delayMs: number): void {
    if (!this.workspace) return;
    if (this.soon) clearTimeout(this.soon);
    this.soon = setTimeout(() => {
      this.soon = null;
      void this.runScan();
    }, delayMs);
    this.soon.unref();
  }

  private follow(next: Workspace | null): void {
    if (next === this.workspace) return;
    this.workspace = next;
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
    this.problems.clear();
    this.lastScans.clear();
    if (this.periodic) clearInterval(this.periodic);
    if (this.soon) clearTimeout(this.soon);
    this.periodic = null;
    this.soon = null;
    if (!next || !hasWatchTables(next)) return;
    this.rewatch();
    this.periodic = setInterval(() => void this.runScan(), this.timings.scanIntervalMs);
    this.periodic.unref();
    this.requestScan(0);
  }

  private current(): Workspace | null {
    const ws = this.workspace;
    return ws && ws === this.ctx.workspace && ws.db.open ? ws : null;
  }

  private rewatch(): void {
    const ws = this.current();
    if (!ws) return;
    const folders = this.usableFolders(ws);
    for (const [id, watcher] of this.watchers) {
      if (!folders.some((f) => f.id === id)) {
        watcher.close();
        this.watchers.delete(id);
      }
    }
    for (const folder of folders) {
      if (this.watchers.has(folder.id)) continue;
      try {
        const watcher = fs.watch(folder.path, { persistent: false }, () => this.requestScan(EVENT_DEBOUNCE_MS));
        watcher.on('error', (error) => {
          this.problems.set(folder.id, `${folder.path} cannot be watched: ${error.message}`);
          watcher.close();
          this.watchers.delete(folder.id);
        });
        this.watchers.set(folder.id, watcher);
      } catch (error) {
        // Missing or unreadable now: the periodic scan reports it and the next rewatch tries again.
        this.problems.set(folder.id, `${folder.path} cannot be watched: ${(error as Error).message}`);
      }
    }
  }

  /** The enabled folders the policy lets this run read; the others are reported as problems and left alone. */
  private usableFolders(ws: Workspace): FolderRow[] {
    if (!ws.db.open) return [];
    return listFolders(ws.db).filter((folder) => {
      if (!folder.enabled) return false;
      const refused = storedFolderProblem(this.ctx, folder.path);
      if (refused) this.problems.set(folder.id, refused);
      return refused === null;
    });
  }

  private runScan(): Promise<void> {
    if (this.running) {
      this.rerun = true;
      return this.running;
    }
    this.running = this.scanAll()
      .catch((error: unknown) => console.error('Scanning watched folders failed:', error))
      .finally(() => {
        this.running = null;
        if (this.rerun) {
          this.rerun = false;
          this.requestScan(0);
        }
      });
    return this.running;
  }

  private async scanAll(): Promise<void> {
    // The ledger is written on this thread: start only when no job writes (or waits to), so the
    // thread serving the UI never waits for another writer's lock (see jobs/writer-queue.ts).
    await this.ctx.writers.whenIdle();
    const ws = this.current();
    if (!ws) return;
    // A folder that came back (a network drive reconnected) is watched again.
    if (this.watchers.size < this.usableFolders(ws).length) this.rewatch();
    let followUp = false;
    for (const folder of this.usableFolders(ws)) {
      if (this.current() !== ws) continue;
      const outcome = await scanFolder(
        {
          db: ws.db,
          stableMs: this.timings.stableMs,
          now: () => Date.now(),
          importer: this.importer(ws),
          onSettled: (file, settledIn) => this.announce(file, settledIn),
          stillCurrent: () => this.current() === ws,
        },
        folder,
      );
      if (!outcome.problem) this.lastScans.set(folder.id, new Date());
      if (outcome.problem) this.problems.set(folder.id, outcome.problem);
      else if (this.watchers.has(folder.id)) this.problems.delete(folder.id);
      // A file seen moving is looked at again as soon as it can be stable; a cut-off one waits for a change.
      if (outcome.waiting.some((f) => f.reason !== 'incomplete')) followUp = true;
    }
    if (followUp) this.requestScan(this.timings.stableMs + 50);
  }

  /** The import layer, as a job on its own connection (never on the thread serving the UI). */
  private importer(ws: Workspace): WatchImporter {
    return async (file, options) => {
      if (fs.statSync(file).size >= BIG_IMPORT_BYTES) await backupNow(this.ctx, 'before-import');
      const task: ImportTaskInput = { mode: 'import', workspace: ws.path, file, options };
      const outcome = await this.ctx.jobs.start('watchImport', task).done;
      if (outcome.mode !== 'import') throw new Error('The watched import job returned a preview');
      return outcome.result;
    };
  }

  private announce(file: FileRow, folder: FolderRow): void {
    const ws = this.current();
    if (!ws) return;
    if (file.status === 'imported' && file.importId !== null) afterWatchedImport(this.ctx, file.importId);
    const view = fileView(ws.db, file.id);
    if (view) this.ctx.events.emit('watch:fileSettled', { ...view, folderPath: folder.path });
  }
}

function hasWatchTables(ws: Workspace): boolean {
  return ws.db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'watch_folders'").get() !== undefined;
}

/**
 * Whether a folder stored in the workspace may be watched and read now. The desktop app stores
 * only folders chosen in its native dialog; browser mode re-checks every time against the watched
 * folder policy, so a folder stored by a page that walked around it earlier (or by another tool)
 * is never read until the person confirms it.
 */
export function storedFolderProblem(ctx: AppContext, folderPath: string): string | null {
  if (ctx.host.mode === 'electron' || ctx.watchFolders.permits(folderPath)) return null;
  return `${folderPath} is not watched in browser mode: it is not confirmed. Start SupplyDesk with --watch-folder "${folderPath}", add it as a line to ${ctx.watchFolders.confirmationFile}, or use the inbox ${ctx.watchFolders.inbox}`;
}

const services = new WeakMap<AppContext, WatchService>();

/** The one watcher of an app (the handler table may be built more than once for the same context). */
export function watchServiceFor(ctx: AppContext, timings: WatchTimings): WatchService {
  let service = services.get(ctx);
  if (!service) {
    service = new WatchService(ctx, timings);
    service.start();
    services.set(ctx, service);
  }
  return service;
}
