import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { createWorkspace, finishBulkWrite } from '../../core/db/workspace';
import { generateDemo } from '../../core/demo/generate-demo';
import { createInlineTaskContext } from '../../core/ground/task-context';
import { forecastWorkspace } from './forecast-workspace';

describe('forecast --workspace', () => {
  const tempDir = useTempDir();
  afterEach(() => vi.restoreAllMocks());

  it('stores a run in the workspace, prints a summary and writes the CSV with a location column', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'shop.supplydesk');
    const ws = createWorkspace(file, { name: 'shop', kind: 'demo', bulk: true });
    generateDemo(ws.db, { skus: 60, seed: 3, asOf: '2026-06-30' }, createInlineTaskContext());
    finishBulkWrite(ws);
    ws.close();
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const output = path.join(dir, 'forecast.csv');
    const summary = await forecastWorkspace(file, { frequency: 'week', horizon: 4, output, quantiles: [0.99] });

    expect(lines[0]).toMatch(new RegExp(`^Forecast run ${summary.runId}: ${summary.series} series .* × 4 weeks`));
    expect(lines.join('\n')).toMatch(/Backtest mean MASE \d\.\d{3} vs seasonal naive \d\.\d{3}/);
    const csv = fs.readFileSync(output, 'utf8').trimEnd().split('\n');
    expect(csv[0]).toBe('sku,location,date,forecast,p10,p50,p90,p95,p99,method');
    expect(csv).toHaveLength(1 + summary.series * 4);
    expect(csv[1]).toMatch(/^[^,]+,WH-(SH|GZ),2026-07-07,[\d.]+,/);
    expect(lines.at(-1)).toBe(`Wrote ${(summary.series * 4).toLocaleString('en')} rows to ${output}`);
  });

  it('refuses quantiles the workspace does not store, before doing any work', async () => {
    await expect(forecastWorkspace(path.join(tempDir(), 'none.supplydesk'), { output: 'x.csv', quantiles: [0.975] })).rejects.toThrow(/0.975/);
  });
});
