import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test/helpers/cli-process';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { dayFromIso, isoFromDay } from '../../core/ground/calendar';
import { seededRandom } from '../../core/ground/random';

const HEADER = 'sku,date,forecast,p10,p50,p90,p95,method';

/** `skus` weekly series of 70 weeks: a level per SKU, a yearly swing and noise; every fifth SKU intermittent. */
function writeSales(file: string, skus: number): void {
  const random = seededRandom(7);
  const rows = ['sku,date,qty'];
  const first = dayFromIso('2025-01-05');
  for (let s = 0; s < skus; s++) {
    const level = 5 + 40 * random();
    for (let w = 0; w < 70; w++) {
      const season = 1 + 0.4 * Math.sin((2 * Math.PI * w) / 52);
      const qty = s % 5 === 4 ? (random() < 0.3 ? Math.round(level * random()) : 0) : Math.round(level * season * (0.7 + 0.6 * random()));
      if (qty > 0) rows.push(`SKU-${String(s).padStart(3, '0')},${isoFromDay(first + 7 * w)},${qty}`);
    }
  }
  fs.writeFileSync(file, `${rows.join('\n')}\n`);
}

function readForecast(file: string): string[][] {
  const [header, ...rows] = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
  expect(header).toBe(HEADER);
  return rows.map((row) => row.split(','));
}

describe('forecast --input with the global model', () => {
  const tempDir = useTempDir();
  const run = (input: string, output: string, flags: string[]) =>
    runCli(['forecast', '--input', input, '--horizon', '4', '--frequency', 'week', '--output', output, ...flags], { timeoutMs: 180_000 });

  it('auto trains it on enough series, combines it by learnt weights and names it in the method column; off leaves it out', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'sales.csv');
    writeSales(input, 40);

    const auto = await run(input, path.join(dir, 'auto.csv'), ['--time-budget', '3']);
    expect(auto.code).toBe(0);
    expect(auto.stdout).toMatch(/^Global model: on \(auto\): 40 series with ≥ 21 weeks of history$/m);
    const combined = Number(/combined into (\d+) series/.exec(auto.stdout)?.[1]);
    expect(auto.stdout).toMatch(/^ {2}(smooth|erratic|intermittent|lumpy) \(\d+\): (\d\.\d \/ ){2}\d\.\d; bias [+-]\d+\.\d% → [+-]\d+\.\d%; intervals ×\d\.\d\d( \/ \d\.\d\d)*$/m);
    const rows = readForecast(path.join(dir, 'auto.csv'));
    expect(rows).toHaveLength(40 * 4);
    const methods = new Map(rows.map((r) => [r[0], r[7]!]));
    // Exactly the SKUs the note counts carry the global model's name.
    expect([...methods.values()].filter((m) => m === 'global' || m.startsWith('global+')).length).toBe(combined);
    for (const r of rows) {
      const [, , mean, p10, p50, p90, p95] = r.map(Number);
      expect(mean).toBeGreaterThanOrEqual(0);
      expect(p10).toBeGreaterThanOrEqual(0);
      expect(p10).toBeLessThanOrEqual(p50!);
      expect(p50).toBeLessThanOrEqual(p90!);
      expect(p90).toBeLessThanOrEqual(p95!);
    }

    const off = await run(input, path.join(dir, 'off.csv'), ['--global', 'off']);
    expect(off.stdout).toMatch(/^Global model: off \(--global off\)$/m);
    expect(readForecast(path.join(dir, 'off.csv')).some((r) => r[7]!.startsWith('global'))).toBe(false);
  }, 240_000);

  it('auto stays off with too few series and says why; bad flags are refused', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'few.csv');
    writeSales(input, 10);
    const few = await run(input, path.join(dir, 'few-out.csv'), []);
    expect(few.code).toBe(0);
    expect(few.stdout).toMatch(/Global model: off \(auto\): only 10 series with ≥ 21 weeks of history, 30 needed to validate it/);
    expect(readForecast(path.join(dir, 'few-out.csv')).some((r) => r[7]!.startsWith('global'))).toBe(false);

    const bad = await run(input, path.join(dir, 'x.csv'), ['--global', 'maybe']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--global must be one of auto, on, off, not "maybe"/);
    const budget = await run(input, path.join(dir, 'x.csv'), ['--time-budget', '0']);
    expect(budget.stderr).toMatch(/--time-budget takes a number of seconds above 0, not "0"/);
  }, 120_000);
});
