import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { addDailySales, addLocation, addProduct, emptyWorkspace, steadyUnits } from '../../../test/fixtures/forecasting-workspace';
import { createInlineTaskContext } from '../ground/task-context';
import { backtestAccuracy } from './accuracy';
import { runWorkspaceForecast } from './run-forecast';
import { deleteRun } from './runs';
import { pooledBacktestFigures, runBacktestFigures } from './run-backtest-score';

describe('a run’s pooled backtest figures, kept with the run', () => {
  const tempDir = useTempDir();

  it('are written with the run and read back exactly as pooled from its series; a run without them is pooled on reading', () => {
    const ws = emptyWorkspace(tempDir());
    const wh = addLocation(ws.db, 'WH');
    for (let i = 0; i < 3; i++) addDailySales(ws.db, addProduct(ws.db, { sku: `S${i}` }), wh, '2025-01-01', steadyUnits(546, 3 + 2 * i, i));
    const { runId } = runWorkspaceForecast(ws.db, { frequency: 'week', horizon: 8 }, createInlineTaskContext());
    const kept = ws.db.prepare('SELECT backtest FROM forecast_run_scores WHERE run_id = ?').pluck().get(runId) as string;
    const pooled = pooledBacktestFigures(ws.db, runId);
    expect(pooled?.wape).toEqual(expect.any(Number));
    // The report's pooled figures, bit for bit, whether kept or pooled again.
    expect(JSON.parse(kept)).toEqual(pooled);
    expect(runBacktestFigures(ws.db, runId)).toEqual(backtestAccuracy(ws.db, runId, 'all')[0]!.model);
    ws.db.prepare('DELETE FROM forecast_run_scores WHERE run_id = ?').run(runId);
    expect(runBacktestFigures(ws.db, runId)).toEqual(pooled);
    ws.close();
  });

  it('go with the run when it is deleted', () => {
    const ws = emptyWorkspace(tempDir());
    const wh = addLocation(ws.db, 'WH');
    addDailySales(ws.db, addProduct(ws.db, { sku: 'S' }), wh, '2025-01-01', steadyUnits(546, 5, 1));
    const { runId } = runWorkspaceForecast(ws.db, { frequency: 'week', horizon: 8 }, createInlineTaskContext());
    expect(ws.db.prepare('SELECT count(*) FROM forecast_run_scores').pluck().get()).toBe(1);
    deleteRun(ws.db, runId);
    expect(ws.db.prepare('SELECT count(*) FROM forecast_run_scores').pluck().get()).toBe(0);
    ws.close();
  });
});
