import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp-dir';

const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, '../..');

/** Run the CLI exactly as `npm run cli -- …` does, returning its exit code and both streams. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], { cwd: repoRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('command line', () => {
  const tempDir = useTempDir();

  it('init creates an empty workspace that info reports as JSON', async () => {
    const file = path.join(tempDir(), 'empty.supplydesk');
    const init = await cli('init', '--workspace', file);
    expect(init.code).toBe(0);
    expect(fs.existsSync(file)).toBe(true);
    const info = await cli('info', '--workspace', file, '--json');
    expect(info.code).toBe(0);
    const parsed = JSON.parse(info.stdout);
    expect(parsed).toEqual({
      tables: expect.objectContaining({ products: 0, suppliers: 0, sales_daily: 0, purchase_orders: 0 }),
      sales: { units: 0, revenue: 0, skus: 0, from: null, to: null },
      products: 0,
      suppliers: 0,
    });
  });

  it('demo creates a deterministic demo workspace whose info adds up', async () => {
    const dir = tempDir();
    const [a, b] = [path.join(dir, 'a.supplydesk'), path.join(dir, 'b.supplydesk')];
    for (const file of [a, b]) {
      const made = await cli('demo', '--workspace', file, '--skus', '60', '--seed', '7', '--as-of', '2026-06-30');
      expect(made.code, made.stderr).toBe(0);
      expect(made.stdout).toMatch(/rows\/s/);
    }
    const [infoA, infoB] = await Promise.all([a, b].map((file) => cli('info', '--workspace', file, '--json')));
    const parsedA = JSON.parse(infoA!.stdout);
    expect(parsedA).toEqual(JSON.parse(infoB!.stdout));
    expect(parsedA.products).toBe(60);
    expect(parsedA.suppliers).toBeGreaterThanOrEqual(6);
    expect(parsedA.sales.to).toBe('2026-06-30');
    expect(parsedA.sales.units).toBeGreaterThan(0);
    expect(parsedA.sales.revenue).toBeGreaterThan(parsedA.sales.units);
  }, 120_000);

  it('reports errors on stderr with a non-zero exit code', async () => {
    const dir = tempDir();
    const notSqlite = path.join(dir, 'notes.supplydesk');
    fs.writeFileSync(notSqlite, 'hello');
    const bad = await cli('info', '--workspace', notSqlite);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/not a SupplyDesk workspace/);

    const missingOption = await cli('info');
    expect(missingOption.code).toBe(2);
    expect(missingOption.stderr).toMatch(/--workspace is required/);

    const unknown = await cli('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown command/);

    const exists = await cli('init', '--workspace', notSqlite);
    expect(exists.code).toBe(1);
    expect(fs.readFileSync(notSqlite, 'utf8')).toBe('hello');
  }, 180_000); // Four CLI starts in a row: slow on a loaded two-core machine.
});
