import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInlineTaskContext } from '../../src/core/ground/task-context';
import { demoTask } from '../../src/core/app/jobs/tasks/demo-task';
import { seededRandom } from '../../src/core/ground/random';
import { workspaceFingerprint } from '../helpers/cli-process';
import { useTempDir } from '../helpers/temp-dir';

/**
 * Crash safety: a real CLI process is killed (SIGKILL, no chance to clean up) at random moments
 * while it imports, forecasts or plans, many times. Every time the workspace must pass SQLite's
 * full integrity check and hold exactly what it held before the command or exactly what the
 * command leaves when it completes: never a half-written import, run or plan.
 * The moments are drawn from a seeded generator; the seed is printed, and CRASH_SEED reruns one.
 */
const repoRoot = path.resolve(import.meta.dirname, '../..');
const KILLS_PER_COMMAND = Number(process.env.CRASH_KILLS ?? 5);
const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);



interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** From the first progress line (the real work starting, after start-up) to the end; else from the start. */
  workMs: number;
  stderr: string;
}

/**
 * Runs the CLI; with `killAfterMs`, SIGKILLs it that long after its first progress line on
 * stderr (so kills land in the work and the commit rather than in start-up), or after its
 * start for a command that prints no progress.
 */
function runCli(args: string[], killAfterMs?: number, fromProgress = true): Promise<Outcome> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const started = performance.now();
  let workStarted: number | null = fromProgress ? null : started;
  let timer: NodeJS.Timeout | null = null;
  if (!fromProgress && killAfterMs !== undefined) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (workStarted !== null) return;
    workStarted = performance.now();
    if (killAfterMs !== undefined) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  });
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, workMs: workStarted === null ? 0 : performance.now() - workStarted, stderr });
    });
  });
}

function copyWorkspace(from: string, to: string): void {
  for (const suffix of ['-wal', '-shm']) fs.rmSync(to + suffix, { force: true });
  fs.copyFileSync(from, to);
}

describe('crash safety: killing the process mid-write loses nothing committed and leaves nothing half-written', () => {
  const tempDir = useTempDir('supplydesk-crash-');
  let dir = '';
  let base = '';
  /** The base with a forecast run in it, so `plan` makes a single write (its own forecast would be a second). */
  let forecasted = '';
  let salesCsv = '';
  const summary: string[] = [];

  beforeAll(async () => {
    console.log(`crash-safety seed: ${seed} (rerun with CRASH_SEED=${seed})`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-crash-base-'));
    base = path.join(dir, 'base.supplydesk');
    demoTask({ path: base, name: 'Crash test', skus: 60, seed: 11, asOf: '2026-06-30' }, createInlineTaskContext());
    // 200 new SKUs × 500 days: an import big enough to be killed in the middle of.
    const lines = ['sku,date,units'];
    for (let s = 0; s < 200; s++) {
      for (let d = 0; d < 500; d++) {
        const date = new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
        lines.push(`CRASH-${String(s).padStart(4, '0')},${date},${(s * 7 + d * 3) % 11}`);
      }
    }
    salesCsv = path.join(dir, 'sales.csv');
    fs.writeFileSync(salesCsv, `${lines.join('\n')}\n`);
    forecasted = path.join(dir, 'forecasted.supplydesk');
    fs.copyFileSync(base, forecasted);
    const made = await runCli(['forecast', '--workspace', forecasted, '--frequency', 'week', '--horizon', '8']);
    expect(made.code, made.stderr).toBe(0);
  }, 120_000);

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    console.log(`crash-safety (seed ${seed}):\n  ${summary.join('\n  ')}`);
  });

  const commands: { name: string; from: () => string; args: (file: string, out: string) => string[]; progress?: false }[] = [
    { name: 'import sales', from: () => base, args: (file) => ['import', '--workspace', file, '--kind', 'sales', salesCsv] },
    {
      name: 'forecast the workspace',
      from: () => base,
      args: (file) => ['forecast', '--workspace', file, '--frequency', 'week', '--horizon', '8'],
    },
    { name: 'plan', from: () => forecasted, args: (file, out) => ['plan', '--workspace', file, '--output', out], progress: false },
  ];

  for (const [index, command] of commands.entries()) {
    it(`${command.name}: killed at ${KILLS_PER_COMMAND} random moments, the workspace is always before or after`, async () => {
      const work = path.join(tempDir(), 'work.supplydesk');
      const out = path.join(path.dirname(work), 'out.csv');
      const before = workspaceFingerprint(command.from());
      expect(before.integrity).toBe('ok');

      // The state the command leaves when it completes, and how long it takes.
      copyWorkspace(command.from(), work);
      const complete = await runCli(command.args(work, out), undefined, command.progress);
      expect(complete.code, complete.stderr).toBe(0);
      // A second, warm run (tsx's cache filled) is the better guide to when the work happens.
      copyWorkspace(command.from(), work);
      const warm = await runCli(command.args(work, out), undefined, command.progress);
      expect(warm.code, warm.stderr).toBe(0);
      let duration = Math.min(complete.workMs, warm.workMs);
      const after = workspaceFingerprint(work);
      expect(after.integrity).toBe('ok');
      expect(after.state).not.toBe(before.state);

      const next = seededRandom(seed + index);
      const outcomes = { before: 0, after: 0, finishedFirst: 0 };
      // Runs that finish before their kill time still get checked, but do not count as kills.
      for (let attempt = 0; outcomes.before + outcomes.after < KILLS_PER_COMMAND && attempt < KILLS_PER_COMMAND * 2; attempt++) {
        copyWorkspace(command.from(), work);
        // Mostly in the second half, where the work and the commit are (start-up comes first), sometimes past the end.
        // Without progress lines the first part is start-up: aim at the second half.
        const delay = Math.round(duration * (command.progress === false ? 0.45 + next() * 0.6 : next() * 1.05));
        const outcome = await runCli(command.args(work, out), delay, command.progress);
        const found = workspaceFingerprint(work);
        const where = `${command.name}, attempt ${attempt + 1}: kill at ${delay} ms (${outcome.signal ?? `exit ${outcome.code}`})`;
        expect(found.integrity, where).toBe('ok');
        expect([before.state, after.state], `${where}: half-written workspace ${found.state}`).toContain(found.state);
        if (outcome.signal !== 'SIGKILL') {
          // Wall-clock time varies on a busy machine: aim earlier from now on.
          outcomes.finishedFirst += 1;
          duration = Math.min(duration, outcome.workMs);
        }
        else outcomes[found.state === before.state ? 'before' : 'after'] += 1;
        if (process.env.CRASH_VERBOSE) console.log(where, found.state === before.state ? 'before' : 'after', Math.round(outcome.workMs));
      }
      expect(outcomes.before + outcomes.after, 'too few runs were killed before finishing').toBeGreaterThanOrEqual(KILLS_PER_COMMAND / 2);
      summary.push(
        `${command.name}: run ${Math.round(duration)} ms; killed ${outcomes.before + outcomes.after} times: ` +
          `${outcomes.before} left it as before, ${outcomes.after} as after; ${outcomes.finishedFirst} finished before the kill`,
      );
    }, 240_000);
  }
});
