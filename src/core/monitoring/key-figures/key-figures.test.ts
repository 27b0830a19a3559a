import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorkspace } from '../../db/workspace';
import { computeKeyFigures } from './key-figures';
import { figuresTestWorkspace } from '../../../../test/fixtures/key-figures-workspace';
import { KEY_FIGURE_IDS } from './types';
import { dataToday } from './week-grid';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('key figures', () => {
  it('are all unknown, never zero, in a workspace without data', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'key-figures-empty-'));
    dirs.push(dir);
    const workspace = createWorkspace(path.join(dir, 'empty.supplydesk'), { name: 'Empty' });
    const figures = computeKeyFigures(workspace.db);
    workspace.close();
    expect(figures.asOf).toBeNull();
    expect(figures.figures.map((f) => f.id)).toEqual([...KEY_FIGURE_IDS]);
    for (const figure of figures.figures) {
      expect(figure).toMatchObject({ value: null, previous: null, change: null, trend: [], definitionKey: `dashboard.definition.${figure.id}` });
    }
  });

  it('come in the Dashboard’s order, as of the workspace’s "today", against four weeks before', () => {
    const ws = figuresTestWorkspace();
    const figures = computeKeyFigures(ws.workspace.db);
    ws.cleanup();
    expect(figures.asOf).toBe('2026-06-30');
    expect(figures.comparedWith).toBe('2026-06-02');
    expect(figures.figures.map((f) => f.id)).toEqual([...KEY_FIGURE_IDS]);
    expect(figures.figures.every((f) => f.trend.length === 12)).toBe(true);
  });

  it('take "today" from the newest sales or stock date when the workspace has no as-of date of its own', () => {
    const ws = figuresTestWorkspace({ asOf: false });
    ws.workspace.db.prepare("INSERT INTO stock_snapshots (product_id, location_id, date, on_hand) VALUES (2, 1, '2026-07-03', 5)").run();
    expect(dataToday(ws.workspace.db)).toBe('2026-07-03');
    ws.cleanup();
  });
});
