import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiErrorShape } from '../../shared/contract/errors';
import type { JobKind, Locale, WorkspaceSummary } from '../../shared/contract/schemas/app';
import { BackupScheduler, DEFAULT_BACKUP_INTERVAL_MS } from '../backup/scheduler';
import { latestSchemaVersion } from '../db/migrations';
import { openWorkspace, type Workspace } from '../db/workspace';
import { AppError } from '../ground/errors/app-error';
import { readerRole, WARM_ANSWERS, WARM_QUERIES, type KeptPage, type InputReadQueryInput, type InputReadQueryName, type InputReadQueryResult, type ReadQueryName, type ReadQueryResult } from './reads/read-queries';
import type { JobInput, JobOutput, Jobs } from './jobs/job-map';
import { JobRunner, type StartedJob } from './jobs/runner';
import { WriterQueue } from './jobs/writer-queue';
import { AlertsFollower, ALERTS_FOLLOW_JOBS } from './alerts-follow';
import { announceNewAlerts } from './alert-notices';
import { EventBus } from './event-bus';
import { scheduleBackgroundCheck } from './background-check';
import { PathPolicy, WatchFolderPolicy } from './path-policy';
import { PageWarmer, worthWarming } from './page-warmer';
import { ReadWorker } from './read-worker';
import { SettingsStore } from './settings-store';
import { UiCalls } from './ui-calls';

/** What differs between the Electron shell and the browser mode. */
export interface Host {
  mode: 'electron' | 'browser';
  version: string;
  systemLocale: Locale;
  /** A native file dialog; absent in browser mode. */
  pickFile?: (purpose: 'open' | 'create', suggestedName?: string) => Promise<string | null>;
  /** A native dialog to choose a file to read (an import, a supplier's confirmations); absent in browser mode. */
  pickFileToRead?: (extensions: readonly string[]) => Promise<string | null>;
  /** A native dialog to choose a folder (watched folders); absent in browser mode. */
  pickFolder?: () => Promise<string | null>;
  /** Show a file in the system's file manager; absent in browser mode. */
  revealFile?: (filePath: string) => void;
}

export interface AppContextOptions {
  host: Host;
  /** The app's own folder: preferences, and the default place for workspaces. */
  home: string;
  workerEntry: URL | string;
  /** How often the open workspace is backed up when it changed; 0 turns it off. */
  backupIntervalMs?: number;
  /** Folders the person confirmed outside the page for watching (browser mode's `--watch-folder`). */
  confirmedWatchFolders?: readonly string[];
  /** How long after a large workspace opened its whole-file check starts (background-check.ts). */
  backgroundCheckDelayMs?: number;
  /** How long after the workspace opened or a job wrote the kept pages are warmed (page-warmer.ts). */
  pageWarmDelayMs?: number;
}

/**
 * The open workspace's readers: one for full scans and one for everything quick, started at open;
 * one per kept page (read-queries.ts: KeptPage), at a lower priority, started when first asked.
 */
type Readers = { path: string; scans: ReadWorker; quick: ReadWorker; kept: Partial<Record<KeptPage, ReadWorker>> };

/** The state one running SupplyDesk shares between all its handlers. */
export class AppContext {
  readonly host: Host;
  readonly home: string;
  readonly workspacesFolder: string;
  /** Rotating backups, one folder per workspace, beside the workspaces folder. */
  readonly backupsFolder: string;
  readonly backups: BackupScheduler;
  /** Which files the renderer may name: see PathPolicy. */
  readonly paths: PathPolicy;
  /** Which folders may be watched: see WatchFolderPolicy. */
  readonly watchFolders: WatchFolderPolicy;
  readonly settings: SettingsStore;
  readonly events = new EventBus();
  /** The UI's calls, counted by the handler table: the quick reader starts once it is quiet. */
  readonly uiCalls = new UiCalls();
  /** The whole-file check a large workspace skipped at open, running later in a worker. */
  backgroundCheck: ReturnType<typeof scheduleBackgroundCheck> | null = null;
  readonly jobs: Jobs;
  /** The app's writers take turns: jobs that write and handlers marked `writes` (see writer-queue.ts). */
  readonly writers = new WriterQueue();
  private current: Workspace | null = null;
  /** The workspace that was open last time and could not be opened at start, and why. */
  startupProblem: { path: string; error: ApiErrorShape } | null = null;
  /** Results of heavy read queries for the open workspace, dropped whenever its data changes. */
  private readonly readCache = new Map<string, unknown>();
  /** The worker script as a path, for jobs that start workers of their own. */
  readonly workerEntry: string;
  /** Checks the alerts again after forecasts, plans, imports and plan edits (alerts-follow.ts). */
  readonly alertsFollow = new AlertsFollower(() => {
    if (!this.current) return null;
    const started = this.startWritingJob('alerts', { path: this.current.path });
    started.done.then((summary) => announceNewAlerts(this, summary.newHigh)).catch(() => {
      // The failure reaches the UI as a job:finished event.
    });
    return started;
  });
  /** The open workspace's readers (see Readers). */
  private readers: Readers | null = null;

  private readonly backgroundCheckDelayMs: number | undefined;
  /** Warms the Suppliers, Logistics and Dashboard pages' kept reads in their readers, in the background. */
  private readonly pageWarmer: PageWarmer;

  constructor(options: AppContextOptions) {
    this.host = options.host;
    this.backgroundCheckDelayMs = options.backgroundCheckDelayMs;
    // Not before the readers the pages ask first are up, nor while a writer runs or waits. Not
    // held back until the UI is quiet: a user clicking through pages never gives it 2 s, and the
    // Suppliers page then met its cold read (12 CPU-s at 50,000 SKUs) instead of a warm one.
    const quiet = async () => {
      await this.readersReady();
      await this.writers.whenIdle();
    };
    this.pageWarmer = new PageWarmer(() => this.warmKeptPages(), quiet, options.pageWarmDelayMs);
    this.home = options.home;
    this.workspacesFolder = path.join(options.home, 'workspaces');
    fs.mkdirSync(this.workspacesFolder, { recursive: true });
    this.backupsFolder = path.join(options.home, 'backups');
    this.backups = new BackupScheduler({
      current: () => this.current,
      backupsRoot: this.backupsFolder,
      intervalMs: options.backupIntervalMs ?? DEFAULT_BACKUP_INTERVAL_MS,
      onError: (error) => console.error('Scheduled backup failed:', error),
    });
    this.backups.start();
    this.paths = new PathPolicy(this.workspacesFolder, () => this.settings.recent().map((entry) => entry.path));
    this.watchFolders = new WatchFolderPolicy(options.home, options.confirmedWatchFolders ?? []);
    this.settings = new SettingsStore(path.join(options.home, 'settings.json'));
    this.workerEntry = typeof options.workerEntry === 'string' ? options.workerEntry : fileURLToPath(options.workerEntry);
    this.jobs = new JobRunner({
      workerEntry: options.workerEntry,
      onProgress: (progress) => this.events.emit('job:progress', progress),
      onFinished: (finished) => this.events.emit('job:finished', finished),
      writers: this.writers,
    });
  }

  get workspace(): Workspace | null {
    return this.current;
  }

  requireWorkspace(): Workspace {
    if (!this.current) throw new AppError('no_workspace', 'No workspace is open; create or open one first');
    return this.current;
  }

  /** Open a workspace file, replacing the current one only once the new one opened cleanly. */
  open(filePath: string): WorkspaceSummary {
    const resolved = path.resolve(filePath);
    const next = openWorkspace(resolved);
    this.current?.close();
    this.current = next;
    this.backgroundCheck?.cancel();
    this.backgroundCheck = scheduleBackgroundCheck(next, this.events, () => this.current === next && next.db.open, this.backgroundCheckDelayMs);
    this.startupProblem = null;
    this.backups.watch(next);
    this.forgetReads();
    // Start the readers now: their start-up overlaps the UI's first requests instead of delaying them.
    this.readers = this.startReaders(resolved);
    this.warmPages();
    this.settings.rememberOpened({ path: resolved, name: next.meta.name, kind: next.meta.kind });
    const summary = summarize(next);
    this.events.emit('workspace:changed', summary);
    return summary;
  }

  close(): void {
    this.backgroundCheck?.cancel();
    this.current?.close();
    this.current = null;
    this.forgetReads();
    this.settings.forgetLastOpened();
    this.events.emit('workspace:changed', null);
  }

  /** Close the workspace so its file can be replaced (restore), keeping it as the one to reopen. */
  async release(): Promise<void> {
    await this.backups.idle();
    this.pageWarmer.cancel();
    await this.stopReaders();
    this.readCache.clear();
    this.backgroundCheck?.cancel();
    this.current?.close();
    this.current = null;
  }

  /** A read computed on this thread (a forecast run's grid), kept until something writes to the workspace. */
  cachedRead<T>(key: string, compute: (workspace: Workspace) => T): T {
    const workspace = this.requireWorkspace();
    if (!this.readCache.has(key)) this.readCache.set(key, compute(workspace));
    return this.readCache.get(key) as T;
  }

  /**
   * A whole-workspace read (weekly sales, info: seconds at 10,000 SKUs) run in the read worker,
   * so the thread serving the UI stays free; concurrent callers share one result, kept until data changes.
   */
  read<N extends ReadQueryName>(name: N): Promise<ReadQueryResult<N>> {
    return this.workerRead(`read:${name}`, (readers) => this.readerOf(readers, name).run(name));
  }

  /**
   * A read of one run or plan (a run's accuracy: a second at 50,000 SKUs) in the scans' read worker
   * (the catalogue's rows never wait behind it), kept per input as `read` keeps its results.
   */
  readWith<N extends InputReadQueryName>(name: N, input: InputReadQueryInput<N>): Promise<InputReadQueryResult<N>> {
    return this.workerRead(`read:${name}:${JSON.stringify(input)}`, (readers) => this.readerOf(readers, name).runWith(name, input));
  }

  /**
   * Warm the kept pages in the background (after the workspace opened or a job wrote): the first
   * visit to Suppliers, Logistics or the Dashboard then finds its result kept in its reader. Only a large
   * workspace is warmed: a small one's pages read in well under a second.
   */
  warmPages(): void {
    const file = this.current?.path;
    if (file && worthWarming(fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0)) this.pageWarmer.request();
  }

  /**
   * Each kept page's warm-up in its own reader, one after the other (WARM_QUERIES' order): their
   * peaks of memory never add up, and a visit to one page never waits behind another's.
   */
  private async warmKeptPages(): Promise<void> {
    const readers = this.readers;
    if (!readers) return;
    for (const query of Object.values(WARM_QUERIES)) {
      const answers = WARM_ANSWERS[query];
      // Kept as the page's read: its first call (or one waiting already) takes this answer.
      if (answers) await this.workerRead(`read:${answers}`, (started) => this.readerOf(started, query).run(query));
      else await this.readerOf(readers, query).run(query);
    }
  }

  /** The reader that serves a read (read-queries.ts: readerRole); a kept page's is started on first use. */
  private readerOf(readers: Readers, name: ReadQueryName | InputReadQueryName): ReadWorker {
    const role = readerRole(name);
    if (role === 'scans' || role === 'quick') return readers[role];
    return (readers.kept[role] ??= new ReadWorker(this.workerEntry, readers.path, { role, background: true }));
  }

  private workerRead<T>(key: string, start: (readers: Readers) => Promise<T>): Promise<T> {
    const workspace = this.requireWorkspace();
    let result = this.readCache.get(key) as Promise<T> | undefined;
    if (!result) {
      this.readers ??= this.startReaders(workspace.path);
      const started = start(this.readers);
      result = started;
      started.catch(() => {
        // A failed read is not remembered: the next call tries again.
        if (this.readCache.get(key) === started) this.readCache.delete(key);
      });
      this.readCache.set(key, started);
    }
    return result;
  }

  /**
   * Start a job that writes to the open workspace: once it succeeded (and, given `wrote`, says it
   * wrote), the cached reads are dropped. Handlers start writing jobs through this, never by hand.
   */
  startWritingJob<K extends JobKind>(kind: K, input: JobInput<K>, wrote: (output: JobOutput<K>) => boolean = () => true): StartedJob<JobOutput<K>> {
    const started = this.jobs.start(kind, input);
    started.done
      .then((output) => {
        if (!wrote(output)) return;
        this.dataChanged();
        this.warmPages();
        if (ALERTS_FOLLOW_JOBS.has(kind)) this.alertsFollow.request();
      })
      .catch(() => {
        // The failure reaches the UI as a job:finished event.
      });
    return started;
  }

  /** Every write to the open workspace calls this, so no stale figure is shown. */
  dataChanged(): void {
    this.readCache.clear();
  }

  /** Resolves when the open workspace's scans and quick readers can answer (the page warm-ups wait for it, so they never delay the first page's reads). */
  private async readersReady(): Promise<void> {
    await Promise.all([this.readers?.scans.ready, this.readers?.quick.ready]);
  }

  /**
   * The quick reader starts at its first read, or once the scans' reader is up and the page the user
   * opened has been answered (its start-up from sources is about a CPU second, which the first
   * page's rows would otherwise share the cores with; no page but Data reads through it).
   */
  private startReaders(workspacePath: string): Readers {
    const scans = new ReadWorker(this.workerEntry, workspacePath, { role: 'scans' });
    const quiet = Promise.all([scans.ready, this.uiCalls.whenQuiet()]);
    return { path: workspacePath, scans, quick: new ReadWorker(this.workerEntry, workspacePath, { role: 'quick', startAfter: quiet }), kept: {} };
  }

  private async stopReaders(): Promise<void> {
    const readers = this.readers;
    this.readers = null;
    this.readCache.clear();
    if (!readers) return;
    await Promise.all([readers.scans, readers.quick, ...Object.values(readers.kept)].map((reader) => reader.stop()));
  }

  private forgetReads(): void {
    this.pageWarmer.cancel();
    void this.stopReaders();
  }

  /** A path for a new workspace in the default folder, never overwriting an existing file. */
  newWorkspacePath(name: string): string {
    const base = name.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '') || 'workspace';
    for (let i = 1; ; i++) {
      const candidate = path.join(this.workspacesFolder, `${base}${i === 1 ? '' : `-${i}`}.supplydesk`);
      if (!fs.existsSync(candidate) && !fs.existsSync(`${candidate}.partial`)) return candidate;
    }
  }

  async shutdown(): Promise<void> {
    this.backups.stop();
    await this.backups.idle();
    await this.jobs.stopAll();
    this.pageWarmer.cancel();
    await this.stopReaders();
    this.backgroundCheck?.cancel();
    this.current?.close();
    this.current = null;
  }
}

export function summarize(workspace: Workspace): WorkspaceSummary {
  return {
    path: workspace.path,
    name: workspace.meta.name,
    kind: workspace.meta.kind,
    createdAt: workspace.meta.createdAt,
    asOf: workspace.meta.asOf ?? null,
    schemaVersion: latestSchemaVersion,
  };
}
