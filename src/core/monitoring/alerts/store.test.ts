import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AlertKind } from '../../../shared/contract/schemas/monitoring';
import { countAlerts, listAlerts } from './queries';
import { saveAlertSettings } from './settings';
import { ACK_REOPEN_FACTOR, acknowledgeAlerts, applyDetections, reopenAlerts, snoozeAlerts } from './store';
import { day, tinyWorkspace } from '../../../../test/fixtures/alerts-workspace';
import type { DetectedAlert } from './types';

let tiny: ReturnType<typeof tinyWorkspace>;
beforeEach(() => (tiny = tinyWorkspace()));
afterEach(() => tiny.remove());

const alert = (key: string, money: number, kind: AlertKind = 'stockout', priority: DetectedAlert['priority'] = 'high'): DetectedAlert => ({
  kind, key, entity: { sku: key }, money, moneyMethod: 'marginLost', urgencyDays: null, facts: { lostUnits: money / 10 }, priority,
});
const rows = () => tiny.ws.db.prepare('SELECT key, status, money, reopen_count AS reopenCount, first_seen AS firstSeen, last_seen AS lastSeen FROM alerts ORDER BY key').all() as {
  key: string; status: string; money: number; reopenCount: number; firstSeen: string; lastSeen: string;
}[];
const run = (today: string, ...alerts: DetectedAlert[]) => applyDetections(tiny.ws.db, alerts, today, 'CNY');
const idOf = (key: string) => tiny.ws.db.prepare('SELECT id FROM alerts WHERE key = ?').pluck().get(key) as number;

describe('repeated refreshes', () => {
  it('update the same key instead of adding a row, and raise only what is new', () => {
    expect(run(day(0), alert('a', 100), alert('b', 50)).raised.map((r) => r.entity.sku)).toEqual(['a', 'b']);
    const second = run(day(1), alert('a', 120), alert('b', 50));
    expect(second).toMatchObject({ inserted: 0, updated: 2, raised: [] });
    expect(rows()).toMatchObject([{ key: 'a', money: 120, firstSeen: day(0), lastSeen: day(1) }, { key: 'b' }]);
  });

  it('only high-priority alerts are announced', () => {
    expect(run(day(0), alert('a', 100, 'stockout', 'medium')).raised).toEqual([]);
  });

  it(`keep an acknowledged alert quiet until its money reaches ${ACK_REOPEN_FACTOR}× what it was`, () => {
    run(day(0), alert('a', 100));
    acknowledgeAlerts(tiny.ws.db, [idOf('a')], 'calling the supplier');
    expect(run(day(1), alert('a', 199)).raised).toEqual([]);
    expect(rows()[0]).toMatchObject({ status: 'acknowledged', money: 199 });
    expect(run(day(2), alert('a', 200)).raised).toHaveLength(1);
    expect(rows()[0]).toMatchObject({ status: 'open', reopenCount: 0 });
  });

  it('bring a snoozed alert back only after its date', () => {
    run(day(0), alert('a', 100));
    snoozeAlerts(tiny.ws.db, [idOf('a')], day(3), day(0));
    run(day(3), alert('a', 100));
    expect(rows()[0]!.status).toBe('snoozed');
    expect(run(day(4), alert('a', 100)).raised).toHaveLength(1);
    expect(rows()[0]!.status).toBe('open');
  });

  it('resolve an alert whose condition is gone, and reopen (counted) one that comes back', () => {
    run(day(0), alert('a', 100), alert('b', 50));
    acknowledgeAlerts(tiny.ws.db, [idOf('b')], null);
    expect(run(day(1), alert('a', 100))).toMatchObject({ resolved: 1 });
    expect(rows()[1]).toMatchObject({ key: 'b', status: 'resolved' });
    const back = run(day(2), alert('a', 100), alert('b', 50));
    expect(back).toMatchObject({ reopened: 1, inserted: 0 });
    expect(back.raised.map((r) => r.entity.sku)).toEqual(['b']);
    expect(rows()[1]).toMatchObject({ key: 'b', status: 'open', reopenCount: 1 });
  });

  it('audit every refresh and every user action', () => {
    run(day(0), alert('a', 100));
    acknowledgeAlerts(tiny.ws.db, [idOf('a')], 'ok');
    reopenAlerts(tiny.ws.db, [idOf('a')]);
    snoozeAlerts(tiny.ws.db, [idOf('a')], day(7), day(0));
    const actions = tiny.ws.db.prepare("SELECT action FROM audit_log WHERE entity = 'alerts' ORDER BY id").pluck().all();
    expect(actions).toEqual(['alerts.refresh', 'alert.acknowledge', 'alert.reopen', 'alert.snooze']);
  });

  it('refuse a snooze date that is not after today, and an unknown alert, changing nothing', () => {
    run(day(0), alert('a', 100));
    expect(() => snoozeAlerts(tiny.ws.db, [idOf('a')], day(0), day(0))).toThrow(/after/);
    expect(() => acknowledgeAlerts(tiny.ws.db, [idOf('a'), 999], null)).toThrow(/No alert 999/);
    expect(rows()[0]!.status).toBe('open');
  });
});

describe('ranking and counts', () => {
  it('rank stale data first, then money at stake, and hide alerts under the minimum money', () => {
    run(day(0), alert('small', 50), alert('big', 5000), alert('mid', 800), { ...alert('stale', 0, 'staleStock'), key: 'staleStock:workspace' });
    expect(listAlerts(tiny.ws.db).rows.map((r) => r.key)).toEqual(['staleStock:workspace', 'big', 'mid']);
    expect(listAlerts(tiny.ws.db).belowMinimum).toBe(1);
    saveAlertSettings(tiny.ws.db, { minMoney: 1000 });
    expect(listAlerts(tiny.ws.db).rows.map((r) => r.key)).toEqual(['staleStock:workspace', 'big']);
    expect(countAlerts(tiny.ws.db).byKind).toMatchObject({ staleStock: 1, stockout: 1 });
  });

  it('filter by kind, priority and status', () => {
    run(day(0), alert('a', 5000), alert('b', 900, 'excessStock', 'low'));
    acknowledgeAlerts(tiny.ws.db, [idOf('a')], null);
    expect(listAlerts(tiny.ws.db).rows.map((r) => r.key)).toEqual(['b']);
    expect(listAlerts(tiny.ws.db, { statuses: ['acknowledged'] }).rows.map((r) => r.key)).toEqual(['a']);
    expect(listAlerts(tiny.ws.db, { statuses: ['open', 'acknowledged'], kinds: ['stockout'] }).rows.map((r) => r.key)).toEqual(['a']);
    expect(listAlerts(tiny.ws.db, { statuses: ['open', 'acknowledged'], priorities: ['low'] }).rows.map((r) => r.key)).toEqual(['b']);
  });

  it('refuse a bad threshold and keep the saved ones', () => {
    expect(() => saveAlertSettings(tiny.ws.db, { deadDays: 1 })).toThrow(/deadDays/);
    expect(listAlerts(tiny.ws.db).minMoney).toBe(100);
  });
});
