import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../workspace';
import { dayFromIso } from '../../ground/calendar';
import { useTempDir } from '../../../../test/helpers/temp-dir';
import { markSalesSeriesStale, refreshSalesSeries, salesVersion } from './store';
import { salesUnchangedThrough } from './sales-writes';

describe('how far back each write of sales reached', () => {
  const tempDir = useTempDir();

  it('tells a write after a day from one that reached back to it', () => {
    const ws = createWorkspace(path.join(tempDir(), 'w.supplydesk'), { name: 'Writes' });
    const db = ws.db;
    const since = salesVersion(db);
    const write = (from: string, to: string) => db.transaction(() => refreshSalesSeries(db, [{ product: 1, location: 1, from: '2026-07-09', to: '2026-07-09' }, { product: 2, location: 1, from, to }]))();
    write('2026-07-01', '2026-07-03');
    expect(salesVersion(db)).toBe(since + 1);
    expect(salesUnchangedThrough(db, since, dayFromIso('2026-06-30'))).toBe(true);
    expect(salesUnchangedThrough(db, since, dayFromIso('2026-07-01'))).toBe(false);
    const after = salesVersion(db);
    write('2026-06-15', '2026-06-15');
    expect(salesUnchangedThrough(db, after, dayFromIso('2026-06-14'))).toBe(true);
    expect(salesUnchangedThrough(db, since, dayFromIso('2026-06-14'))).toBe(true);
    expect(salesUnchangedThrough(db, since, dayFromIso('2026-06-30'))).toBe(false);
    // A writer that does not keep the store may have touched any day.
    const beforeStale = salesVersion(db);
    db.transaction(() => markSalesSeriesStale(db))();
    expect(salesUnchangedThrough(db, beforeStale, dayFromIso('1990-01-01'))).toBe(false);
    // A move of the version without a note (none of the writers makes one) is never taken as unchanged.
    db.prepare("UPDATE data_versions SET version = version + 1 WHERE name = 'sales'").run();
    expect(salesUnchangedThrough(db, salesVersion(db) - 1, dayFromIso('1990-01-01'))).toBe(false);
    expect(salesUnchangedThrough(db, salesVersion(db), dayFromIso('2030-01-01'))).toBe(true);
    ws.close();
  });
});
