import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp-dir';

const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, '../..');

describe('forecast command (the evaluation contract)', () => {
  const tempDir = useTempDir();

  it('forecasts H buckets after the last date for every SKU, with the contract columns', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'sales.csv');
    const output = path.join(dir, 'out.csv');
    let csv = 'sku,date,qty\n';
    // A weekly seller with a clear level, and a slow intermittent one; both end on 2025-06-29.
    for (let w = 0; w < 60; w++) {
      const date = new Date(Date.UTC(2025, 5, 29) - (59 - w) * 7 * 86_400_000).toISOString().slice(0, 10);
      csv += `FAST,${date},${20 + (w % 4)}\n`;
      if (w % 5 === 0) csv += `SLOW,${date},2\n`;
    }
    fs.writeFileSync(input, csv);
    await run(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'forecast', '--input', input, '--horizon', '3',
      '--frequency', 'week', '--output', output, '--quantiles', '0.1,0.5,0.9,0.95,0.99'], { cwd: repoRoot });
    const lines = fs.readFileSync(output, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('sku,date,forecast,p10,p50,p90,p95,p99,method');
    expect(lines).toHaveLength(1 + 2 * 3);
    const rows = lines.slice(1).map((line) => line.split(','));
    expect(rows.map((r) => `${r[0]} ${r[1]}`)).toEqual([
      'FAST 2025-07-06', 'FAST 2025-07-13', 'FAST 2025-07-20',
      'SLOW 2025-07-06', 'SLOW 2025-07-13', 'SLOW 2025-07-20',
    ]);
    for (const r of rows) {
      const [mean, p10, p50, p90, p95, p99] = r.slice(2, 8).map(Number) as number[];
      expect(p10).toBeLessThanOrEqual(p50!);
      expect(p50).toBeLessThanOrEqual(p90!);
      expect(p90).toBeLessThanOrEqual(p95!);
      expect(p95).toBeLessThanOrEqual(p99!);
      expect(p10).toBeGreaterThanOrEqual(0);
      expect(mean).toBeGreaterThanOrEqual(0);
    }
    const fastMean = Number(rows[0]![2]);
    expect(fastMean).toBeGreaterThan(19);
    expect(fastMean).toBeLessThan(24);
    expect(Number(rows[3]![2])).toBeLessThan(2);
  }, 60_000);

  it('fails with the row and column of a bad cell, writing nothing', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'bad.csv');
    fs.writeFileSync(input, 'sku,date,qty\nA,2025-01-01,1\nA,yesterday,2\n');
    const output = path.join(dir, 'out.csv');
    const failed = await run(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'forecast', '--input', input,
      '--horizon', '2', '--frequency', 'day', '--output', output], { cwd: repoRoot }).catch((e: { code: number; stderr: string }) => e);
    expect((failed as { code: number }).code).toBe(1);
    expect((failed as { stderr: string }).stderr).toMatch(/bad\.csv, row 3, column date/);
    expect(fs.existsSync(output)).toBe(false);
  }, 30_000);
});
