import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { createWorkspace } from '../db/workspace';
import { readBudget, saveBudget } from './preferences';
import { saveSettingOverride } from './settings';
import { planningSettings } from './settings-view';

describe('planning preferences and the settings view', () => {
  const tempDir = useTempDir();

  it('keeps a budget, clears it, refuses a negative one, and audits each change', () => {
    const ws = createWorkspace(path.join(tempDir(), 'w.supplydesk'), { name: 'W' });
    expect(readBudget(ws.db)).toBeNull();
    saveBudget(ws.db, 25_000);
    expect(readBudget(ws.db)).toBe(25_000);
    expect(() => saveBudget(ws.db, -1)).toThrow(/0 or more/);
    expect(readBudget(ws.db)).toBe(25_000);
    saveBudget(ws.db, null);
    expect(readBudget(ws.db)).toBeNull();
    expect(ws.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'planning.budget'").pluck().get()).toBe(2);
    ws.close();
  });

  it('shows each class with the target in force and its default; the default scope applies to every class without its own', () => {
    const ws = createWorkspace(path.join(tempDir(), 'w.supplydesk'), { name: 'W' });
    saveSettingOverride(ws.db, { scope: 'default', scopeKey: '', policy: 'reorder_point' });
    saveSettingOverride(ws.db, { scope: 'class', scopeKey: 'BZ', serviceLevel: 0.91, reviewDays: 14 });
    const view = planningSettings(ws.db);
    expect(view.classes).toHaveLength(9);
    expect(view.classes.find((c) => c.cls === 'BZ')).toEqual({ cls: 'BZ', serviceLevel: 0.91, defaultServiceLevel: 0.93, policy: 'reorder_point', reviewDays: 14 });
    expect(view.classes.find((c) => c.cls === 'AX')).toEqual({ cls: 'AX', serviceLevel: 0.98, defaultServiceLevel: 0.98, policy: 'reorder_point', reviewDays: 7 });
    expect(view.overrides).toEqual([
      { scope: 'default', scopeKey: '', policy: 'reorder_point' },
      { scope: 'class', scopeKey: 'BZ', serviceLevel: 0.91, reviewDays: 14 },
    ]);
    ws.close();
  });
});
