import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface RunningServer {
  /** The address with the per-run token, as printed by the server. */
  url: string;
  origin: string;
  token: string;
  home: string;
  /** The server's process group (npx, tsx and the server with its worker threads): benches read its CPU time. */
  processGroup: number;
  stop(): Promise<void>;
}

const READY_LINE = /SupplyDesk is running in browser mode: (http:\/\/\S+)/;
const START_TIMEOUT_MS = 60_000;

/**
 * Starts `src/server/start.ts` on a free port with a fresh, empty SUPPLYDESK_HOME
 * (or the given one), passing any extra arguments (e.g. `--workspace FILE`).
 */
export async function startServer(options: { home?: string; args?: string[] } = {}): Promise<RunningServer> {
  const home = options.home ?? fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-e2e-'));
  const child = spawn('npx', ['tsx', 'src/server/start.ts', '--port', '0', ...(options.args ?? [])], {
    cwd: process.cwd(),
    env: { ...process.env, SUPPLYDESK_HOME: home },
    // Its own process group, so stopping it also stops tsx's child process.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  let output = '';
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => fail(`no start-up line within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY_LINE.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => fail(`exited with code ${code}`));
    function fail(reason: string) {
      clearTimeout(timer);
      reject(new Error(`The SupplyDesk server did not start: ${reason}\n${output}`));
    }
  });

  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    home,
    processGroup: child.pid ?? 0,
    stop: async () => {
      await stopProcessGroup(child);
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const pid = child.pid;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalGroup(pid, 'SIGTERM');
  const killTimer = setTimeout(() => signalGroup(pid, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(killTimer);
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}
