import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** Helpers for tests and benches that run the real CLI as child processes (crash and concurrency soaks). */
export const repoRoot = path.resolve(import.meta.dirname, '../..');


/**
 * Left out of the fingerprint, as derived data each written whole in a transaction of its own:
 * - the alerts (and the audit rows of their checks), checked again after a forecast, plan or approval;
 * - the stored daily sales per series (and its 'complete' mark), built by the first run that reads history;
 * - trained global models, stored before the run that trained them (a later run reuses or retrains).
 * A kill between one of these and the command's own write leaves that write whole.
 */
// Caches a command may keep in their own transaction: each is rebuilt from the data it was derived from.
const DERIVED_TABLES = new Set(['alerts', 'alert_cache', 'alert_refreshes', 'sales_series', 'model_artifacts', 'lead_time_stats', 'lead_time_stats_inputs', 'lead_time_facts']);

/** SQLite's full integrity check plus the row count of every table and the units sold: a half-done write changes one of them. */

export function workspaceFingerprint(file: string): { integrity: string; state: string } {
  const db = new Database(file, { timeout: 60_000 });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[])
      .filter((table) => !DERIVED_TABLES.has(table));
    // The alerts check audits itself: its rows are as derived as the alerts.
    const countOf = (table: string) =>
      table === 'audit_log' ? "SELECT count(*) FROM audit_log WHERE action <> 'alerts.refresh'"
        : table === 'workspace_meta' ? "SELECT count(*) FROM workspace_meta WHERE key <> 'sales_series'"
          : `SELECT count(*) FROM "${table}"`;
    const counts = tables.map((table) => `${table}=${db.prepare(countOf(table)).pluck().get() as number}`);
    const units = db.prepare('SELECT total(units) FROM sales_daily').pluck().get() as number;
    return { integrity, state: `${counts.join(',')}|units=${units}` };
  } finally {
    db.close();
  }
}

/** Copy a workspace file over another, dropping the target's WAL companions. */
export function copyWorkspace(from: string, to: string): void {
  for (const suffix of ['-wal', '-shm']) fs.rmSync(to + suffix, { force: true });
  fs.copyFileSync(from, to);
}

export interface CliOutcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** From the first line on stderr (the work starting, after start-up) to the end; 0 when it printed none. */
  workMs: number;
  stderr: string;
  stdout: string;
}

export interface CliRun {
  /** Resolves once the CLI has printed its first line on stderr (its work started), or exited. */
  started: Promise<void>;
  done: Promise<CliOutcome>;
  /** What it printed on stderr so far. */
  stderrSoFar(): string;
  kill(): void;
}

/**
 * Start the CLI (`node --import tsx src/cli/index.ts …`). With `killAfterMs` it is SIGKILLed that
 * long after its first stderr line (`fromProgress`) or after its start.
 */
export interface CliOptions {
  killAfterMs?: number;
  fromProgress?: boolean;
  env?: Record<string, string>;
  /** Node's arguments before the command's: default `--import tsx src/cli/index.ts`; the soak may pass a bundled CLI. */
  entry?: string[];
  /** Killed (and reported as SIGKILL) if still running after this long. */
  timeoutMs?: number;
}

/** Node's arguments that run the CLI from its TypeScript sources. */
export const TSX_CLI = ['--import', 'tsx', 'src/cli/index.ts'];

export function startCli(args: string[], options: CliOptions = {}): CliRun {
  const fromProgress = options.fromProgress ?? true;
  const child = spawn(process.execPath, [...(options.entry ?? TSX_CLI), ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  let stderr = '';
  let stdout = '';
  const startedAt = performance.now();
  let workStarted: number | null = fromProgress ? null : startedAt;
  let timer: NodeJS.Timeout | null = null;
  let markStarted = () => {};
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const kill = () => child.kill('SIGKILL');
  if (!fromProgress && options.killAfterMs !== undefined) timer = setTimeout(kill, options.killAfterMs);
  const guard = options.timeoutMs === undefined ? null : setTimeout(kill, options.timeoutMs);
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    markStarted();
    if (workStarted !== null && fromProgress) return;
    if (workStarted === null) workStarted = performance.now();
    if (options.killAfterMs !== undefined && timer === null) timer = setTimeout(kill, options.killAfterMs);
  });
  const done = new Promise<CliOutcome>((resolve) => {
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (guard) clearTimeout(guard);
      markStarted();
      resolve({ code, signal, workMs: workStarted === null ? 0 : performance.now() - workStarted, stderr, stdout });
    });
  });
  return { started, done, kill, stderrSoFar: () => stderr };
}

export function runCli(args: string[], options: CliOptions = {}): Promise<CliOutcome> {
  return startCli(args, options).done;
}

/** A sales CSV of `skus` new SKUs × `days` days (2025-01-01 on), prefixed so two files never overlap. */
export function writeSalesCsv(file: string, prefix: string, skus: number, days: number): void {
  const lines = ['sku,date,units'];
  for (let s = 0; s < skus; s++) {
    for (let d = 0; d < days; d++) {
      const date = new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
      lines.push(`${prefix}-${String(s).padStart(4, '0')},${date},${(s * 7 + d * 3) % 11}`);
    }
  }
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}
