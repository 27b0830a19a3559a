import type { BackupEntry } from '../../shared/contract/schemas/backup';
import type { Db, Workspace } from '../db/workspace';
import { takeBackup } from './take-backup';

export const DEFAULT_BACKUP_INTERVAL_MS = 10 * 60_000;

/**
 * What has this connection seen change? `data_version` moves when another connection (a job's
 * writer) commits, `total_changes()` when this one does. Equal signatures: nothing to back up.
 */
export function changeSignature(db: Db): string {
  const version = db.pragma('data_version', { simple: true }) as number;
  const changes = db.prepare('SELECT total_changes()').pluck().get() as number;
  return `${version}:${changes}`;
}

export interface SchedulerOptions {
  current: () => Workspace | null;
  backupsRoot: string;
  /** 0 turns scheduled backups off (the CLI, some tests). */
  intervalMs: number;
  onError?: (error: unknown) => void;
}

/** Backs up the open workspace every interval, but only when it changed since its last backup. */
export class BackupScheduler {
  private timer: NodeJS.Timeout | null = null;
  /** Per workspace path: the change signature at its last backup (or when it was opened). */
  private readonly seen = new Map<string, string>();
  private inFlight: Promise<BackupEntry | null> | null = null;

  constructor(private readonly options: SchedulerOptions) {}

  start(): void {
    if (this.timer || this.options.intervalMs <= 0) return;
    this.timer = setInterval(() => {
      this.tick().catch((error: unknown) => this.options.onError?.(error));
    }, this.options.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** A workspace was just opened: what it holds now is what its last backup (or the file itself) holds. */
  watch(workspace: Workspace): void {
    this.seen.set(workspace.path, changeSignature(workspace.db));
  }

  /** A backup was taken outside the schedule: the next scheduled one waits for new changes. */
  noteBackup(workspace: Workspace): void {
    if (workspace.db.open) this.seen.set(workspace.path, changeSignature(workspace.db));
  }

  /** One scheduled round; returns the backup taken, or null when nothing changed. */
  tick(): Promise<BackupEntry | null> {
    this.inFlight ??= this.backUpIfChanged().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  /** Resolves once no scheduled backup is running (before closing or replacing the workspace). */
  async idle(): Promise<void> {
    await this.inFlight?.catch(() => null);
  }

  private async backUpIfChanged(): Promise<BackupEntry | null> {
    const workspace = this.options.current();
    if (!workspace?.db.open) return null;
    const before = changeSignature(workspace.db);
    if (this.seen.get(workspace.path) === before) return null;
    const entry = await takeBackup(workspace.db, workspace.path, this.options.backupsRoot, 'scheduled');
    // Writes during the backup are in the copy too (same connection), so record the state after it.
    this.noteBackup(workspace);
    return entry;
  }
}
