import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../db/workspace';
import { runWorkspaceForecast } from '../../forecasting/run-forecast';
import { createInlineTaskContext } from '../../ground/task-context';
import { demoWorkspace, removeSuiteDir, suiteDir } from '../../../../test/fixtures/forecasting-workspace';
import { loadDemand, type DemandSet } from './demand';
import { packedRunMeans } from './packed-means';

/** The alerts' demand read from a run's packed copy is the demand its forecast_values rows give. */
describe('demand from a packed run', () => {
  let dir: string;
  let ws: Workspace;

  beforeAll(() => {
    dir = suiteDir();
    ws = demoWorkspace(dir, 60);
  }, 300_000);
  afterAll(() => {
    ws.close();
    removeSuiteDir(dir);
  });

  const plain = (demand: DemandSet) =>
    [...demand.series].map(([key, s]) => [key, s.productId, s.locationId, [...s.bucketDates], Array.from(s.mean), s.bucketDays, s.source]);

  it.each([
    ['weekly, per location', { frequency: 'week' as const }],
    ['monthly, over all locations', { frequency: 'month' as const, horizon: 6, locations: 'total' as const }],
  ])('gives a %s run the very means and dates of its rows, in their order', (_, options) => {
    const { runId } = runWorkspaceForecast(ws.db, options, createInlineTaskContext());
    const today = ws.db.prepare('SELECT history_to FROM forecast_runs WHERE id = ?').pluck().get(runId) as string;
    expect(packedRunMeans(ws.db, runId, 7)).not.toBeNull();
    const fromPacked = plain(loadDemand(ws.db, today, runId));
    ws.db.prepare('DELETE FROM forecast_packed WHERE run_id = ?').run(runId);
    expect(packedRunMeans(ws.db, runId, 7)).toBeNull();
    const fromRows = plain(loadDemand(ws.db, today, runId));
    expect(fromRows.length).toBeGreaterThanOrEqual(60);
    expect(fromPacked).toEqual(fromRows);
  }, 300_000);
});
