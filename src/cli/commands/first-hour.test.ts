import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { salesOnlyWorkspace } from '../../../test/fixtures/first-hour-workspace';
import { dashboardCommand } from './dashboard';
import { planCommand } from './plan';

let dir = '';
let file = '';
const printed: string[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-cli-first-hour-'));
  const ws = await salesOnlyWorkspace(dir, 50);
  file = ws.path;
  ws.close();
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args.join(' ')));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
}, 120_000);
afterAll(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the CLI on a workspace with sales only', () => {
  it('plan says what is missing and what to import, never that stock is enough', async () => {
    printed.length = 0;
    await planCommand(['--workspace', file, '--output', path.join(dir, 'plan.csv')]);
    // Long lines wrap for the terminal: read them as one text.
    const text = printed.join('\n').replace(/\s*\n\s*/g, ' ');
    expect(text).toContain('0 lines to order');
    expect(text).toContain(
      'Missing input: 50 SKUs have no stock snapshot and no supplier terms: import stock on hand (import --kind stock) and supplier terms (import --kind terms) to plan them',
    );
    expect(text).toContain('this plan does not mean the stock is enough');
  });

  it('dashboard shows no fill rate without stock, and names the import', () => {
    printed.length = 0;
    dashboardCommand(['--workspace', file]);
    const text = printed.join('\n');
    expect(text).toContain('as of 2011-03-31');
    expect(text).toMatch(/Fill rate\s+–\s+needs stock snapshots: import stock on hand \(import --kind stock\)/);
    expect(text).toMatch(/Overdue PO lines\s+–\s+needs purchase orders/);
    expect(text).not.toContain('100.0%');
    printed.length = 0;
    dashboardCommand(['--workspace', file, '--json']);
    const json = JSON.parse(printed.join('')) as { figures: { id: string; value: number | null; missing: { need: string } | null }[] };
    expect(json.figures.find((f) => f.id === 'fillRate')).toMatchObject({ value: null, missing: { need: 'stock' } });
  });
});
