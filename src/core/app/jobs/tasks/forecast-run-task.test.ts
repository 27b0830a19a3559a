import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../../test/helpers/temp-dir';
import Database from 'better-sqlite3';
import { migrate } from '../../../db/migrate';
import { migration001 } from '../../../db/migrations/001_initial';
import { demoWorkspace } from '../../../../../test/fixtures/forecasting-workspace';
import { createInlineTaskContext } from '../../../ground/task-context';
import { forecastRunTask } from './forecast-run-task';

describe('forecast run task', () => {
  const tempDir = useTempDir();

  it('forecasts a workspace file on its own connection, reporting the three steps', async () => {
    const ws = demoWorkspace(tempDir(), 60);
    ws.close();
    const steps = new Set<string>();
    const result = await forecastRunTask({ path: ws.path, frequency: 'week', horizon: 13, global: 'off' }, createInlineTaskContext((step) => steps.add(step)));
    expect([...steps]).toEqual(['forecast.history', 'forecast.series', 'forecast.write']);
    expect(result.series).toBeGreaterThan(60);
    expect(result.horizon).toBe(13);
    expect(result.globalModel).toBeNull();
  });

  it('on auto trains the global model within the run the first time, then reuses it while the data stays put', async () => {
    const ws = demoWorkspace(tempDir(), 60);
    ws.close();
    const steps = new Set<string>();
    const first = await forecastRunTask({ path: ws.path, frequency: 'week', horizon: 13, timeBudget: 2 }, createInlineTaskContext((step) => steps.add(step)));
    // Under load the 2 s safety stop may end training early, and the reason then says so.
    expect(first.globalModel).toMatchObject({ trained: true, reason: expect.stringMatching(/^trained: no model for these buckets yet(;|$)/) });
    expect([...steps]).toEqual(expect.arrayContaining(['global.windows', 'forecast.global.validate', 'forecast.global.apply', 'forecast.write']));
    const second = await forecastRunTask({ path: ws.path, frequency: 'week', horizon: 13 }, createInlineTaskContext());
    expect(second.globalModel).toMatchObject({ id: first.globalModel!.id, trained: false, blended: first.globalModel!.blended });
  });

  it('refuses a workspace without the forecast tables rather than migrating it behind the app', async () => {
    const file = path.join(tempDir(), 'old.supplydesk');
    // A workspace from before forecasting: schema version 1 only.
    const db = new Database(file);
    migrate(db, file, [migration001]);
    db.close();
    await expect(forecastRunTask({ path: file, frequency: 'week' }, createInlineTaskContext())).rejects.toThrow(/no forecast tables/);
  });
});
