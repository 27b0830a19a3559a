import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import type { Db } from '../db/workspace';
import { contentSnapshot, importFile, importWorkspace, writeText } from '../../../test/fixtures/import-workspace';
import { guessKind } from './mapping/propose';
import { undoImport } from './write/undo';

const rows = (db: Db, sql: string) => db.prepare(sql).raw().all();

/** Two warehouses and two suppliers, as lanes need them to exist. */
async function seed(db: Db, dir: string): Promise<void> {
  await importFile(db, writeText(dir, 's.csv', 'supplier name,supplier code,country\nSaigon Garment,VN01,VN\nHangzhou Weaving,HZ01,CN\n'), { kind: 'suppliers' });
  db.prepare("INSERT INTO locations (code, name) VALUES ('WH-SH', 'Shanghai'), ('WH-GZ', 'Guangzhou')").run();
}

const laneRows = (db: Db) =>
  rows(db, `SELECT COALESCE(s.code, o.code) AS origin, l.origin_kind, d.code, l.mode, l.origin_port, l.transit_days, l.transit_sd_days, l.cost_per_unit, l.cost_per_kg, l.cost_per_m3,
    l.cost_per_20ft, l.cost_per_40ft, l.cost_per_40hc, l.fixed_cost, l.duty_rate
    FROM lanes l LEFT JOIN suppliers s ON s.id = l.supplier_id LEFT JOIN locations o ON o.id = l.origin_location_id JOIN locations d ON d.id = l.destination_location_id ORDER BY l.id`);

describe('importing lanes', () => {
  const tempDir = useTempDir();

  it('reads Chinese headers: suppliers by sea and air, a transfer lane between warehouses, duty as a percentage', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    await seed(ws.db, dir);
    const file = writeText(dir, 'lanes.csv', [
      '起运地,目的仓,运输方式,起运港,运输天数,时效波动,每件运费,每公斤运费,每立方运费,20尺柜,40尺柜,40高柜,固定费用,关税率',
      'VN01,WH-SH,海运,VNSGN,24,4,,,,9000,14000,15500,800,8',
      'Saigon Garment,WH-SH,空运,,5,1,,38,,,,,300,8',
      'HZ01,WH-GZ,陆运,,3,,0.6,,,,,,150,',
      'WH-SH,WH-GZ,卡车,,2,0.5,,,220,,,,200,',
    ].join('\n'));
    expect(guessKind(['起运地', '目的仓', '运输方式', '运输天数', '每公斤运费'], []).kind).toBe('lanes');
    const result = await importFile(ws.db, file, { kind: 'lanes' });
    expect(result.status).toBe('done');
    expect(laneRows(ws.db)).toEqual([
      ['VN01', 'supplier', 'WH-SH', 'sea', 'VNSGN', 24, 4, null, null, null, 9000, 14000, 15500, 800, 0.08],
      ['VN01', 'supplier', 'WH-SH', 'air', null, 5, 1, null, 38, null, null, null, null, 300, 0.08],
      ['HZ01', 'supplier', 'WH-GZ', 'truck', null, 3, 0, 0.6, null, null, null, null, null, 150, 0],
      ['WH-SH', 'warehouse', 'WH-GZ', 'truck', null, 2, 0.5, null, null, 220, null, null, null, 200, 0],
    ]);
    undoImport(ws.db, result.importId!);
    expect(rows(ws.db, 'SELECT count(*) FROM lanes')).toEqual([[0]]);
    ws.close();
  });

  it('reads English headers and updates a lane imported again (same origin, destination and mode)', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    await seed(ws.db, dir);
    const header = 'origin,destination,mode,transit days,cost per unit,fixed cost,duty %';
    await importFile(ws.db, writeText(dir, 'l1.csv', `${header}\nHZ01,WH-SH,truck,3,0.5,100,0\nWH-GZ,WH-SH,rail,4,0.3,50,\n`), { kind: 'lanes' });
    const again = await importFile(ws.db, writeText(dir, 'l2.csv', `${header}\nHZ01,WH-SH,Road,2,0.45,100,0\n`), { kind: 'lanes' });
    expect(again.changes.lanes).toEqual({ inserted: 0, updated: 1, deleted: 0 });
    expect(rows(ws.db, "SELECT mode, transit_days, cost_per_unit, origin_kind FROM lanes ORDER BY id")).toEqual([
      ['truck', 2, 0.45, 'supplier'],
      ['rail', 4, 0.3, 'warehouse'],
    ]);
    ws.close();
  });

  it('refuses a bad file naming file, row and column, and writes nothing', async () => {
    const dir = tempDir();
    const ws = importWorkspace(dir);
    await seed(ws.db, dir);
    const before = contentSnapshot(ws.db, /^import_/);
    const file = writeText(dir, 'bad-lanes.csv', [
      'origin,destination,mode,transit days,cost per kg,duty %',
      'VN01,WH-SH,boat,20,3,5',
      'Nobody,WH-SH,sea,20,3,5',
      'VN01,WH-XX,air,5,30,5',
      'VN01,WH-SH,air,-2,30,5',
      'VN01,WH-GZ,sea,20,,',
      'WH-SH,WH-SH,truck,1,2,',
    ].join('\n'));
    const result = await importFile(ws.db, file, { kind: 'lanes' });
    expect(result.status).toBe('aborted');
    expect(result.problems.list.filter((p) => p.severity === 'error').map((p) => [p.file, p.row, p.column, p.code])).toEqual([
      ['bad-lanes.csv', 2, 'mode', 'bad_value'],
      ['bad-lanes.csv', 3, 'origin', 'unknown_supplier'],
      ['bad-lanes.csv', 4, 'destination', 'bad_value'],
      ['bad-lanes.csv', 5, 'transit days', 'negative'],
      ['bad-lanes.csv', 6, 'cost per kg', 'missing_value'],
      ['bad-lanes.csv', 7, 'destination', 'bad_value'],
    ]);
    expect(contentSnapshot(ws.db, /^import_/)).toBe(before);
    expect(rows(ws.db, 'SELECT count(*) FROM lanes')).toEqual([[0]]);
    ws.close();
  });
});
