/**
 * The Dashboard's forecast accuracy read from the scores a refresh kept in the workspace (migration
 * 026: the runs' scores against actuals and the trend's weekly errors) must be the accuracy a cold computation gives: every key figure's JSON is compared, read on
 * a copy that keeps the stored scores against a copy without them, after each write a merchant
 * makes — a new day, the day that completes a week, the day after, a correction inside the scored
 * weeks and its undo.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace, finishBulkWrite, openWorkspace, type Workspace } from '../../src/core/db/workspace';
import { undoImport } from '../../src/core/import/write/undo';
import { importFile, writeText } from '../fixtures/import-workspace';
import { generateDemo } from '../../src/core/demo/generate-demo';
import { dayFromIso, isoFromDay } from '../../src/core/ground/calendar';
import { createInlineTaskContext } from '../../src/core/ground/task-context';
import { computeKeyFigures, keepForecastAccuracyScores } from '../../src/core/monitoring/key-figures';
import type { KeyFigures } from '../../src/core/monitoring/key-figures/types';
import { synthesiseForecast } from '../../bench/plan/synthetic-forecast';

const AS_OF = '2026-06-30';
let dir: string;
let workspace: Workspace;
let oldRun: number;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dashboard-kept-scores-'));
  workspace = createWorkspace(path.join(dir, 'demo.supplydesk'), { name: 'Kept scores', kind: 'demo', bulk: true });
  generateDemo(workspace.db, { skus: 300, seed: 11, asOf: AS_OF }, createInlineTaskContext());
  finishBulkWrite(workspace);
  // Two runs with weeks behind them (the value and the previous value are both scored against actuals) and one made today.
  synthesiseForecast(workspace.db, isoFromDay(dayFromIso(AS_OF) - 35), 26);
  oldRun = synthesiseForecast(workspace.db, isoFromDay(dayFromIso(AS_OF) - 28), 26);
  synthesiseForecast(workspace.db, AS_OF, 26);
  workspace.db.prepare('UPDATE forecast_series SET scale_mae = 0.5 + (product_id % 7) / 3.0, scale_mse = 1 + product_id % 5').run();
}, 120_000);

afterAll(() => {
  workspace.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

let copies = 0;
/** The figures a new process reads (a copy under another name: nothing kept in memory), with or without the kept scores. */
function readCopy(kept: boolean, change?: (copy: Workspace) => void): KeyFigures {
  const file = path.join(dir, `copy-${++copies}.supplydesk`);
  workspace.db.prepare('VACUUM INTO ?').run(file);
  const copy = openWorkspace(file);
  try {
    if (!kept) copy.db.exec('DELETE FROM forecast_run_actuals; DELETE FROM forecast_week_errors');
    change?.(copy);
    return computeKeyFigures(copy.db);
  } finally {
    copy.close();
    fs.rmSync(file);
  }
}
const stored = () => readCopy(true);
const cold = () => readCopy(false);
const keptRows = () => workspace.db.prepare('SELECT run_id, scored_to, sales_version FROM forecast_run_actuals ORDER BY run_id').all() as { run_id: number; scored_to: string; sales_version: number }[];
const accuracy = (figures: KeyFigures) => figures.figures.find((f) => f.id === 'forecastAccuracy')!;

describe('the Dashboard\'s kept run scores', () => {
  it('are read instead of scoring the run again, and give the cold figures', () => {
    keepForecastAccuracyScores(workspace.db);
    expect(keptRows().map((r) => r.scored_to)).toEqual([AS_OF, AS_OF]);
    const figures = stored();
    expect(figures).toEqual(cold());
    expect(accuracy(figures).basis).toBe('actuals');
    expect(accuracy(figures).previous).not.toBeNull();
    // The stored score is what is read: with the run's forecasts changed on the copy, the kept read
    // still shows the kept value while a cold read scores the changed forecasts.
    const doubled = (copy: Workspace) => copy.db.prepare('UPDATE forecast_values SET mean = 2 * mean WHERE run_id = ?').run(oldRun);
    expect(workspace.db.prepare('SELECT count(*) FROM forecast_week_errors').pluck().get()).toBeGreaterThan(0);
    const [keptDoubled, coldDoubled] = [accuracy(readCopy(true, doubled)), accuracy(readCopy(false, doubled))];
    expect([keptDoubled.value, keptDoubled.trend]).toEqual([accuracy(figures).value, accuracy(figures).trend]);
    expect(coldDoubled.value).not.toBe(accuracy(figures).value);
    expect(coldDoubled.trend).not.toEqual(accuracy(figures).trend);
  });

  it('hold through new days, are scored again when a day completes a week or a correction reaches back, and always equal a cold read', async () => {
    const db = workspace.db;
    const [sku, location] = db
      .prepare('SELECT p.sku, l.code FROM sales_daily s JOIN products p ON p.id = s.product_id JOIN locations l ON l.id = s.location_id ORDER BY s.units DESC, s.date LIMIT 1')
      .raw(true)
      .get() as [string, string];
    const importDay = async (date: string, units: number) =>
      (await importFile(db, writeText(dir, `${date}-${units}.csv`, `sku,location,date,units\n${sku},${location},${date},${units}\n`), { kind: 'sales' })).importId!;
    const check = (when: string) => expect(stored(), when).toEqual(cold());

    const kept = keptRows();
    // A new day after the scored weeks: the kept scores hold (not written again) and are the cold ones.
    const firstDay = await importDay('2026-07-01', 3);
    check('a new day');
    expect(keptRows()).toEqual(kept);
    // Up to the day that completes a week: the runs have a new week to score, the kept scores no longer hold.
    const weekDays: number[] = [];
    for (let d = 2; d <= 7; d++) weekDays.push(await importDay(`2026-07-0${d}`, d));
    check('the day that completes a week, before the refresh keeps its scores');
    keepForecastAccuracyScores(db);
    // Today's run now has a week behind it and is the value; the run before it the previous value.
    // The oldest run's score, no longer read, stays as it was (it no longer holds: never read).
    expect(keptRows().map((r) => r.scored_to)).toEqual(['2026-06-30', '2026-07-07', '2026-07-07']);
    check('the day that completes a week');
    const eighth = await importDay('2026-07-08', 5);
    check('an 8th day');
    // A correction inside the scored weeks: scored again, kept again, the cold figures each time.
    const before = accuracy(stored()).previous;
    const correction = await importDay('2026-06-20', 60);
    const corrected = stored();
    expect(corrected).toEqual(cold());
    expect(accuracy(corrected).previous).not.toBe(before);
    keepForecastAccuracyScores(db);
    check('a correction inside the scored weeks, kept');
    undoImport(db, correction);
    check('the correction undone');
    keepForecastAccuracyScores(db);
    check('the correction undone, kept');
    undoImport(db, eighth);
    check('the 8th day undone');
    undoImport(db, weekDays.pop()!);
    check('the day that completed the week undone');
    for (const id of weekDays.reverse()) undoImport(db, id);
    undoImport(db, firstDay);
    check('every new day undone');
  }, 120_000);
});
