/** A demo workspace with a weekly forecast, shared by the planning tests (built once per file). */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openWorkspace, type Workspace } from '../db/workspace';
import { runWorkspaceForecast } from '../forecasting';
import { createInlineTaskContext } from '../ground/task-context';
import { demoTask } from '../app/jobs/tasks/demo-task';

export function planningDemo(skus = 80, forecast = true): { dir: string; file: string; open: () => Workspace; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supplydesk-planning-'));
  const file = path.join(dir, 'demo.supplydesk');
  demoTask({ path: file, name: 'Planning demo', skus, seed: 7, asOf: '2026-06-30' }, createInlineTaskContext());
  if (forecast) {
    const ws = openWorkspace(file);
    runWorkspaceForecast(ws.db, { frequency: 'week', horizon: 26 }, createInlineTaskContext());
    ws.close();
  }
  return { dir, file, open: () => openWorkspace(file), remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
