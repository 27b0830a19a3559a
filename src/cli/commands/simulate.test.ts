import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { planningDemo } from '../../../test/fixtures/planning-workspace';
import { CliUsageError } from '../usage-error';
import { simulateCommand } from './simulate';

let demo: ReturnType<typeof planningDemo>;
const logged: string[] = [];

beforeAll(() => {
  demo = planningDemo(60, false);
  vi.spyOn(console, 'log').mockImplementation((text: string) => void logged.push(text));
});
afterAll(() => {
  vi.restoreAllMocks();
  demo.remove();
});

describe('simulate command', () => {
  it('prints one JSON object per policy with the documented figures', async () => {
    logged.length = 0;
    await simulateCommand(['--workspace', demo.file, '--from', '2025-07-01', '--to', '2026-06-30', '--json', '--curve']);
    const { curve, ...byPolicy } = JSON.parse(logged.join('\n')) as Record<string, Record<string, number | string>> & {
      curve: { target: number }[];
    };
    expect(Object.keys(byPolicy)).toEqual(['current', 'supplydesk']);
    for (const r of Object.values(byPolicy)) {
      for (const key of ['fill_rate', 'cycle_service_level', 'stockout_days', 'avg_inventory_value', 'orders', 'total_cost']) expect(typeof r[key]).toBe('number');
      expect(r.fill_rate).toBeGreaterThan(0.5);
      expect(r.fill_rate).toBeLessThanOrEqual(1);
    }
    expect(curve.length).toBeGreaterThan(3);
  });

  it('runs one policy as a table', async () => {
    logged.length = 0;
    await simulateCommand(['--workspace', demo.file, '--from', '2026-01-01', '--to', '2026-06-30', '--policy', 'supplydesk', '--service', '0.9']);
    expect(logged.join('\n')).toMatch(/fill rate\s+\d+\.\d%/);
  });

  it('reports usage mistakes as usage errors', async () => {
    await expect(simulateCommand(['--workspace', demo.file, '--from', '2026-01-01'])).rejects.toThrow(/--to is required/);
    await expect(simulateCommand(['--workspace', demo.file, '--from', 'x', '--to', '2026-06-30'])).rejects.toThrow(CliUsageError);
    await expect(simulateCommand(['--workspace', demo.file, '--from', '2026-06-30', '--to', '2026-01-01'])).rejects.toThrow(CliUsageError);
    await expect(simulateCommand(['--workspace', demo.file, '--from', '2026-01-01', '--to', '2026-06-30', '--policy', 'magic'])).rejects.toThrow(CliUsageError);
  });
});
