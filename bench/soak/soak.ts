/**
 * The writers soak: real CLI processes on real workspace files.
 *
 * Kills: a command (import, forecast, approve, refresh) is SIGKILLed at a random moment of its
 * work; the workspace must pass SQLite's integrity check and hold exactly what it held before
 * the command or exactly what the command leaves when it completes.
 *
 * Pairs: two writers at once on one workspace — import + refresh, import + import,
 * approve + refresh — the second started at a random moment of the first's work. Both must
 * succeed (never "database is locked" or workspace_busy), and each one's effect must be there
 * whole: every row of each import, the refresh's run and plan, the approval's purchase orders.
 *
 * Counts: kills, corrupt (integrity check failed), partial (neither before nor after, or an
 * effect half there), locked (a run failed because another was writing), other failures.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { demoTask } from '../../src/core/app/jobs/tasks/demo-task';
import { openWorkspace } from '../../src/core/db/workspace';
import { runWorkspaceForecast } from '../../src/core/forecasting';
import { createInlineTaskContext } from '../../src/core/ground/task-context';
import { planAndSave } from '../../src/core/planning/plan-and-save';
import { seededRandom } from '../../src/core/ground/random';
import { copyWorkspace, repoRoot, runCli, startCli, TSX_CLI, workspaceFingerprint, writeSalesCsv, type CliOutcome } from '../../test/helpers/cli-process';

export interface SoakOptions {
  kills: number;
  pairs: number;
  /** The demo workspace's size. */
  skus: number;
  /** SKUs × days of each imported sales file (200 days). */
  importSkus: number;
  seed: number;
  /** Scenarios run at once, each on its own workspace copy. */
  concurrency: number;
  /** No new scenario starts after this; the soak then reports what it did. */
  maxMinutes: number;
  /** How the CLI runs: from sources through tsx, or bundled once with esbuild (starts faster). */
  cli: 'tsx' | 'bundle';
  /** Runs of each command to completion before the kills (the fastest one times the kills): 2 by default. */
  completeRuns?: number;
  /** A folder of its own (removed by the caller). */
  dir: string;
  log: (line: string) => void;
}

export interface SoakCounts {
  kills: number;
  /** Runs meant to be killed that finished first (checked all the same). */
  finishedBeforeKill: number;
  killsLeftBefore: number;
  killsLeftAfter: number;
  pairs: number;
  /** Runs that printed that they waited for another writer. */
  waited: number;
  corrupt: number;
  partial: number;
  locked: number;
  otherFailures: number;
  seconds: number;
  stoppedEarly: boolean;
  /** The first few problems, described. */
  problems: string[];
}

type Command = 'import' | 'forecast' | 'approve' | 'refresh';
const COMMANDS: readonly Command[] = ['import', 'forecast', 'approve', 'refresh'];
type Pair = 'import+refresh' | 'import+import' | 'approve+refresh';
const PAIRS: readonly Pair[] = ['import+refresh', 'import+import', 'approve+refresh'];
/** A child still running after this long is killed and counted as a failure. */
const CHILD_TIMEOUT_MS = 300_000;
const LOCKED = /database is locked|SQLITE_BUSY|workspace_busy|busy/i;
/** Children say at once when they wait for another writer (not after a quiet second), so every overlap is counted. */
const CHILD_ENV = { SUPPLYDESK_WRITE_QUIET_MS: '0' };

interface Setup {
  base: string;
  csvA: string;
  csvB: string;
  /** Sales rows in each file. */
  rows: { SOAKA: number; SOAKB: number };
  entry: string[];
  /** Per command: the state it leaves, and how long its work takes. */
  complete: Record<Command, { state: string; ms: number }>;
  before: string;
  facts: BaseFacts;
}

interface BaseFacts {
  importLog: number;
  plans: number;
}

export async function runSoak(options: SoakOptions): Promise<SoakCounts> {
  const started = performance.now();
  const deadline = started + options.maxMinutes * 60_000;
  const counts: SoakCounts = {
    kills: 0,
    finishedBeforeKill: 0,
    killsLeftBefore: 0,
    killsLeftAfter: 0,
    pairs: 0,
    waited: 0,
    corrupt: 0,
    partial: 0,
    locked: 0,
    otherFailures: 0,
    seconds: 0,
    stoppedEarly: false,
    problems: [],
  };
  const problem = (kind: 'corrupt' | 'partial' | 'locked' | 'otherFailures', text: string) => {
    counts[kind] += 1;
    if (counts.problems.length < 20) counts.problems.push(`${kind}: ${text}`);
    options.log(`  PROBLEM ${kind}: ${text}`);
  };
  const setup = await prepare(options);
  const random = seededRandom(options.seed);

  // The work: kills spread over the commands, pairs over the kinds, interleaved. A run that finishes
  // before its kill time is checked but does not count as a kill: more are drawn, up to twice the target.
  type Task = (slot: string) => Promise<void>;
  let killAttempts = 0;
  let pairsStarted = 0;
  const killTask = (): Task => {
    const command = COMMANDS[killAttempts++ % COMMANDS.length]!;
    const draw = random();
    return (slot) => killOnce(command, draw, slot);
  };
  const pairTask = (): Task => {
    const pair = PAIRS[pairsStarted++ % PAIRS.length]!;
    const draw = random();
    return (slot) => pairOnce(pair, draw, slot);
  };
  let killsInFlight = 0;
  const nextTask = (): Task | null => {
    const killsWanted = options.kills - counts.kills - killsInFlight > 0 && killAttempts < options.kills * 2;
    const pairsWanted = pairsStarted < options.pairs;
    if (!killsWanted && !pairsWanted) return null;
    // Pairs spread evenly among the kills.
    const pairDue = pairsWanted && (!killsWanted || pairsStarted / options.pairs <= killAttempts / Math.max(1, options.kills));
    if (pairDue) return pairTask();
    const task = killTask();
    killsInFlight += 1;
    return async (slot) => {
      try {
        await task(slot);
      } finally {
        killsInFlight -= 1;
      }
    };
  };

  async function killOnce(command: Command, draw: number, slot: string): Promise<void> {
    const work = path.join(slot, `kill-${command}.supplydesk`);
    copyWorkspace(setup.base, work);
    const complete = setup.complete[command];
    const fromProgress = command !== 'approve';
    // Within the work (and a little past it); approve prints nothing, so from its start.
    const delay = Math.round(fromProgress ? complete.ms * draw * 1.1 : complete.ms * (0.4 + draw * 0.7));
    const outcome = await runCli(commandArgs(command, work, setup.csvA), { entry: setup.entry, env: CHILD_ENV, killAfterMs: delay, fromProgress, timeoutMs: CHILD_TIMEOUT_MS });
    const where = `${command} killed at ${delay} ms`;
    const found = workspaceFingerprint(work);
    if (found.integrity !== 'ok') problem('corrupt', `${where}: ${found.integrity}`);
    else if (found.state !== setup.before && found.state !== complete.state) problem('partial', `${where}: ${found.state}`);
    if (outcome.signal === 'SIGKILL') {
      counts.kills += 1;
      if (found.state === setup.before) counts.killsLeftBefore += 1;
      else if (found.state === complete.state) counts.killsLeftAfter += 1;
    } else {
      counts.finishedBeforeKill += 1;
      checkExit(`${command} (finished before its kill)`, outcome);
    }
  }

  function checkExit(what: string, outcome: CliOutcome, allowed?: RegExp): boolean {
    if (outcome.stderr.includes('waiting for another')) counts.waited += 1;
    if (outcome.code === 0) return true;
    const last = outcome.stderr.trim().split('\n').at(-1) ?? '';
    if (allowed?.test(outcome.stderr)) return false;
    if (outcome.signal === 'SIGKILL') problem('otherFailures', `${what}: still running after ${CHILD_TIMEOUT_MS / 1000} s`);
    else if (LOCKED.test(outcome.stderr)) problem('locked', `${what}: ${last}`);
    else problem('otherFailures', `${what}: exit ${outcome.code}: ${last}`);
    return false;
  }

  async function pairOnce(pair: Pair, draw: number, slot: string): Promise<void> {
    const work = path.join(slot, `pair.supplydesk`);
    copyWorkspace(setup.base, work);
    const [first, second] = pair.split('+') as [Command, Command];
    const firstArgs = commandArgs(pair === 'approve+refresh' ? 'refresh' : first, work, setup.csvA);
    const secondArgs = commandArgs(pair === 'approve+refresh' ? 'approve' : second, work, pair === 'import+import' ? setup.csvB : setup.csvA);
    const leader = pair === 'approve+refresh' ? 'refresh' : first;
    // Both start up alike, so the second is started a random part of the first's work after it:
    // its writes then come while the first's are under way (or just done).
    const one = startCli(firstArgs, { entry: setup.entry, env: CHILD_ENV, timeoutMs: CHILD_TIMEOUT_MS });
    await new Promise((resolve) => setTimeout(resolve, Math.round(setup.complete[leader].ms * draw)));
    const two = startCli(secondArgs, { entry: setup.entry, env: CHILD_ENV, timeoutMs: CHILD_TIMEOUT_MS });
    const [a, b] = await Promise.all([one.done, two.done]);
    counts.pairs += 1;
    const okA = checkExit(`${pair}: ${firstArgs[0]}`, a);
    const okB = checkExit(`${pair}: ${secondArgs[0]}`, b);
    const found = workspaceFingerprint(work);
    if (found.integrity !== 'ok') {
      problem('corrupt', `${pair}: ${found.integrity}`);
      return;
    }
    const approved = pair === 'approve+refresh' && okB ? (JSON.parse(b.stdout.trim().split('\n').at(-1) ?? '{}') as { planId: number; lines: number }) : null;
    const effects = checkEffects(work, setup, {
      imports: pair === 'import+import' ? (okA ? ['SOAKA'] : []).concat(okB ? ['SOAKB'] : []) : pair === 'import+refresh' && okA ? ['SOAKA'] : [],
      refresh: (pair === 'import+refresh' && okB) || (pair === 'approve+refresh' && okA),
      approved,
    });
    for (const text of effects) problem('partial', `${pair}: ${text}`);
  }

  // A pool of slots, each with a folder of its own.
  let done = 0;
  const slots = Array.from({ length: Math.max(1, options.concurrency) }, async (_, index) => {
    const slot = path.join(options.dir, `slot-${index}`);
    fs.mkdirSync(slot, { recursive: true });
    for (let task = nextTask(); task; task = nextTask()) {
      if (performance.now() > deadline) {
        counts.stoppedEarly = true;
        return;
      }
      await task(slot);
      done += 1;
      if (done % 10 === 0) {
        options.log(
          `  ${done} runs: kills ${counts.kills}/${options.kills}, pairs ${counts.pairs}/${options.pairs}, corrupt ${counts.corrupt}, partial ${counts.partial}, ` +
            `locked ${counts.locked}, other failures ${counts.otherFailures} (${Math.round((performance.now() - started) / 1000)} s)`,
        );
      }
    }
  });
  try {
    await Promise.all(slots);
  } finally {
    if (options.cli === 'bundle') fs.rmSync(setup.entry[0]!, { force: true });
  }
  counts.seconds = (performance.now() - started) / 1000;
  return counts;
}

function commandArgs(command: Command, work: string, csv: string): string[] {
  switch (command) {
    case 'import':
      return ['import', '--workspace', work, '--kind', 'sales', csv];
    case 'forecast':
      return ['forecast', '--workspace', work, '--frequency', 'week', '--horizon', '8'];
    case 'approve':
      return ['approve', '--workspace', work, '--json'];
    case 'refresh':
      return ['refresh', '--workspace', work];
  }
}

/** The base workspace (a demo with a forecast run and a draft plan), the files, and each command's complete state. */
async function prepare(options: SoakOptions): Promise<Setup> {
  const { dir, log } = options;
  fs.mkdirSync(dir, { recursive: true });
  const base = path.join(dir, 'base.supplydesk');
  log(`preparing: a ${options.skus}-SKU demo with a forecast run and a draft plan …`);
  demoTask({ path: base, name: 'Soak', skus: options.skus, seed: 7, asOf: '2026-06-30' }, createInlineTaskContext());
  const workspace = openWorkspace(base);
  try {
    const ctx = createInlineTaskContext();
    const run = runWorkspaceForecast(workspace.db, { frequency: 'week', horizon: 8 }, ctx);
    planAndSave(workspace.db, { runId: run.runId }, ctx);
    workspace.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    workspace.close();
  }
  const csvA = path.join(dir, 'soak-a.csv');
  const csvB = path.join(dir, 'soak-b.csv');
  const skusB = Math.max(1, Math.round(options.importSkus / 4));
  writeSalesCsv(csvA, 'SOAKA', options.importSkus, 200);
  writeSalesCsv(csvB, 'SOAKB', skusB, 200);
  const entry = options.cli === 'bundle' ? bundleCli() : TSX_CLI;
  const before = workspaceFingerprint(base);
  if (before.integrity !== 'ok') throw new Error(`the base workspace is not sound: ${before.integrity}`);
  const facts = baseFacts(base);
  const complete = {} as Setup['complete'];
  for (const command of COMMANDS) {
    const work = path.join(dir, `complete-${command}.supplydesk`);
    // Twice by default: the second, warm run is the better guide to when the work happens.
    let ms = Infinity;
    let state = '';
    for (let i = 0; i < (options.completeRuns ?? 2); i++) {
      copyWorkspace(base, work);
      const outcome = await runCli(commandArgs(command, work, csvA), { entry, fromProgress: command !== 'approve', timeoutMs: CHILD_TIMEOUT_MS });
      if (outcome.code !== 0) throw new Error(`${command} failed on its own: ${outcome.stderr}`);
      const found = workspaceFingerprint(work);
      if (state && found.state !== state) throw new Error(`${command} does not leave the same state twice: a kill could not be judged`);
      state = found.state;
      ms = Math.min(ms, outcome.workMs);
    }
    if (state === before.state) throw new Error(`${command} changes nothing in the base workspace`);
    complete[command] = { state, ms };
    log(`  ${command}: its work takes ${Math.round(ms)} ms`);
  }
  return { base, csvA, csvB, rows: { SOAKA: options.importSkus * 200, SOAKB: skusB * 200 }, entry, complete, before: before.state, facts };
}

/** The CLI bundled into one file with esbuild: it starts in about half the time tsx takes. */
function bundleCli(): string[] {
  // In out/ (ignored by git and ESLint), beside the sources so node_modules resolves.
  const out = path.join(repoRoot, 'out', 'soak', `cli-${process.pid}.mjs`);
  const esbuild = path.join(repoRoot, 'node_modules', '.bin', 'esbuild');
  const result = spawnSync(esbuild, ['src/cli/index.ts', '--bundle', '--platform=node', '--format=esm', '--packages=external', `--outfile=${out}`, '--log-level=warning'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`esbuild failed: ${result.stderr}`);
  writeWorkerEntries();
  return [out];
}

/**
 * The bundle finds its workers' source entries beside itself (URLs relative to its own file,
 * as src/core/app/jobs has them): stubs there start each worker from the TypeScript sources.
 */
function writeWorkerEntries(): void {
  const jobs = path.join(repoRoot, 'src', 'core', 'app', 'jobs');
  const stubs: [string, string][] = [
    [path.join('soak', 'worker-source-entry.mjs'), 'worker.ts'],
    ['chunk-worker-source-entry.mjs', 'chunk-worker.ts'],
    ['demo-worker-source-entry.mjs', 'demo-worker.ts'],
  ];
  for (const [file, worker] of stubs) {
    const source = JSON.stringify(pathToFileURL(path.join(jobs, worker)).href);
    fs.writeFileSync(path.join(repoRoot, 'out', file), `import { register } from 'tsx/esm/api';\n\nregister();\nawait import(${source});\n`);
  }
}

function baseFacts(file: string): BaseFacts {
  const db = new Database(file, { readonly: true });
  try {
    return {
      importLog: db.prepare('SELECT count(*) FROM import_log').pluck().get() as number,
      plans: db.prepare('SELECT count(*) FROM plans').pluck().get() as number,
    };
  } finally {
    db.close();
  }
}

/** What a pair must leave: each succeeded writer's effect whole. Returns the problems found. */
function checkEffects(
  file: string,
  setup: Setup,
  expected: { imports: string[]; refresh: boolean; approved: { planId: number; lines: number } | null },
): string[] {
  const problems: string[] = [];
  const db = new Database(file, { readonly: true });
  try {
    const fk = db.pragma('foreign_key_check') as unknown[];
    if (fk.length > 0) problems.push(`${fk.length} rows break a foreign key`);
    for (const prefix of ['SOAKA', 'SOAKB']) {
      const rows = db.prepare('SELECT count(*) FROM sales_daily s JOIN products p ON p.id = s.product_id WHERE p.sku LIKE ?').pluck().get(`${prefix}-%`) as number;
      const want = expected.imports.includes(prefix) ? setup.rows[prefix as 'SOAKA' | 'SOAKB'] : 0;
      if (rows !== want) problems.push(`import ${prefix}: ${rows} sales rows, expected ${want}`);
    }
    const logged = db.prepare('SELECT count(*) FROM import_log').pluck().get() as number;
    if (logged !== setup.facts.importLog + expected.imports.length) problems.push(`import_log has ${logged} rows, expected ${setup.facts.importLog + expected.imports.length}`);
    const record = db.prepare("SELECT value FROM workspace_meta WHERE key = 'refresh.last'").pluck().get() as string | undefined;
    if (expected.refresh) {
      const summary = record ? (JSON.parse(record) as { runId: number | null; planId: number | null }) : null;
      if (!summary) problems.push('the refresh succeeded but left no record');
      else {
        const runValues = db.prepare('SELECT count(*) FROM forecast_values WHERE run_id = ?').pluck().get(summary.runId) as number;
        const plan = db.prepare('SELECT forecast_run_id AS runId FROM plans WHERE id = ?').get(summary.planId) as { runId: number | null } | undefined;
        if (runValues === 0) problems.push(`the refresh's run ${summary.runId} has no forecast values`);
        // Its lines may be none (everything already on order after an approval): the plan itself must be there, from that run.
        if (!plan) problems.push(`the refresh's plan ${summary.planId} is missing`);
        else if (plan.runId !== summary.runId) problems.push(`the refresh's plan ${summary.planId} is from run ${plan.runId}, not ${summary.runId}`);
        const plans = db.prepare('SELECT count(*) FROM plans').pluck().get() as number;
        if (plans !== setup.facts.plans + 1) problems.push(`${plans} plans, expected ${setup.facts.plans + 1}`);
      }
    } else if (record) problems.push('a refresh record without a successful refresh');
    const poLines = db.prepare("SELECT count(*) FROM po_lines l JOIN purchase_orders o ON o.id = l.po_id WHERE o.po_number LIKE 'SD-%'").pluck().get() as number;
    if (expected.approved) {
      const approvedLines = db.prepare("SELECT count(*) FROM plan_lines WHERE plan_id = ? AND status = 'approved' AND po_line_id IS NOT NULL").pluck().get(expected.approved.planId) as number;
      if (poLines !== expected.approved.lines) problems.push(`approval: ${poLines} purchase order lines, expected ${expected.approved.lines}`);
      if (approvedLines !== expected.approved.lines) problems.push(`approval: ${approvedLines} approved plan lines, expected ${expected.approved.lines}`);
    } else if (poLines !== 0) problems.push(`${poLines} purchase order lines without a successful approval`);
  } finally {
    db.close();
  }
  return problems;
}
