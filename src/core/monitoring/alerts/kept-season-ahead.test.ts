import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planningDemo } from '../../../../test/fixtures/planning-workspace';
import { dayFromIso } from '../../ground/calendar';
import { keptLastYearAhead } from './kept-season-ahead';
import { readLastYearAhead } from './season-ahead';
import { workspaceToday } from './today';

let demo: ReturnType<typeof planningDemo>;
beforeAll(() => {
  demo = planningDemo(80, false);
}, 300_000);
afterAll(() => demo.remove());

describe('the season ahead kept between checks', () => {
  it('gives what a fresh read gives, reading only the series it has not kept under the same fingerprint', () => {
    const ws = demo.open();
    try {
      const todayDay = dayFromIso(workspaceToday(ws.db));
      const series = ws.db.prepare('SELECT p.id AS productId, l.id AS locationId FROM products p CROSS JOIN locations l ORDER BY p.id, l.id').all() as { productId: number; locationId: number }[];
      const fresh = readLastYearAhead(ws.db, todayDay, series);
      expect(fresh.size).toBeGreaterThan(50);
      const only = (keys: Iterable<string>) => new Map([...keys].filter((k) => fresh.has(k)).map((k) => [k, fresh.get(k)!]));
      const keyOf = (s: { productId: number; locationId: number }) => `${s.productId}:${s.locationId}`;

      const half = series.slice(0, Math.floor(series.length / 2));
      expect(keptLastYearAhead(ws.db, todayDay, half, 'day and sales A')).toEqual(only(half.map(keyOf)));
      // The rest are read and added; those kept come back packed, NaN weeks and all.
      expect(keptLastYearAhead(ws.db, todayDay, series, 'day and sales A')).toEqual(fresh);
      const stored = () => ws.db.prepare("SELECT value FROM alert_cache WHERE name = 'lastYearAhead'").pluck().get() as string;
      const all = stored();
      expect(keptLastYearAhead(ws.db, todayDay, half, 'day and sales A')).toEqual(fresh);
      expect(stored()).toBe(all);
      // Another fingerprint (the sales moved): nothing kept is used.
      expect(keptLastYearAhead(ws.db, todayDay, half, 'day and sales B')).toEqual(only(half.map(keyOf)));
    } finally {
      ws.close();
    }
  }, 300_000);
});
