import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AlertRow } from '../../shared/contract/schemas/monitoring';
import { createInlineTaskContext } from '../../core/ground/task-context';
import { demoTask } from '../../core/app/jobs/tasks/demo-task';
import { CliUsageError } from '../usage-error';
import { alertsCommand } from './alerts';
import { digestCommand } from './digest';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-alerts-'));
const workspace = path.join(dir, 'demo.supplydesk');
let printed: string[] = [];

beforeAll(() => {
  demoTask({ path: workspace, name: 'Demo', skus: 60, seed: 7, asOf: '2026-06-30' }, createInlineTaskContext());
  vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterAll(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('alerts command', () => {
  it('checks with --refresh and prints JSON ranked by money, only down to --min-priority', () => {
    printed = [];
    alertsCommand(['--workspace', workspace, '--refresh', '--json']);
    const all = JSON.parse(printed[0]!) as { today: string; alerts: AlertRow[]; refresh: { detected: number } };
    expect(all.today).toBe('2026-06-30');
    expect(all.alerts.length).toBeGreaterThan(0);
    expect(all.refresh.detected).toBeGreaterThanOrEqual(all.alerts.length);
    printed = [];
    alertsCommand(['--workspace', workspace, '--json', '--min-priority', 'high']);
    const high = JSON.parse(printed[0]!) as { alerts: AlertRow[] };
    expect(high.alerts.every((a) => a.priority === 'high')).toBe(true);
    expect(high.alerts.map((a) => a.key)).toEqual(all.alerts.filter((a) => a.priority === 'high').map((a) => a.key));
  });

  it('refuses an unknown priority', () => {
    expect(() => alertsCommand(['--workspace', workspace, '--min-priority', 'urgent'])).toThrow(CliUsageError);
  });
});

describe('digest command', () => {
  it('writes Markdown or XLSX by the output name, and refuses other names', async () => {
    await digestCommand(['--workspace', workspace, '--output', path.join(dir, 'today.md')]);
    expect(fs.readFileSync(path.join(dir, 'today.md'), 'utf8')).toMatch(/^# SupplyDesk daily alert digest/);
    await digestCommand(['--workspace', workspace, '--output', path.join(dir, 'today.xlsx'), '--locale', 'zh-CN']);
    expect(fs.statSync(path.join(dir, 'today.xlsx')).size).toBeGreaterThan(0);
    await expect(digestCommand(['--workspace', workspace, '--output', path.join(dir, 'today.pdf')])).rejects.toThrow(CliUsageError);
  });
});
