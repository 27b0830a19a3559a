import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../test/helpers/temp-dir';
import type { Db } from '../../db/workspace';
import { contentSnapshot, count, importFile, importWorkspace, writeText } from '../../../../test/fixtures/import-workspace';
import { addFolder, listFiles, retryFile, type FolderRow } from './ledger';
import { scanFolder, type ScanDeps } from './scan-folder';

const STABLE_MS = 2000;
const HEADER = 'sku,date,units,location\n';

/** A workspace that knows the layout sku,date,units,location (imported once by hand), and a watched folder. */
async function setUp(dir: string) {
  const ws = importWorkspace(dir);
  const seed = writeText(dir, 'seed.csv', `${HEADER}A,2026-06-01,1,WH1\nB,2026-06-01,2,WH1\n`);
  await importFile(ws.db, seed, { kind: 'sales' });
  const folderPath = path.join(dir, 'drop');
  fs.mkdirSync(folderPath);
  const folder = addFolder(ws.db, folderPath, 'detect');
  let clock = 1_000_000;
  const deps: ScanDeps = {
    db: ws.db,
    stableMs: STABLE_MS,
    now: () => clock,
    importer: (file, options) => importFile(ws.db, file, options),
  };
  /** One scan, `advance` ms of the scanner's clock after the previous one. */
  const scan = async (advance = STABLE_MS) => {
    clock += advance;
    return scanFolder(deps, folder);
  };
  return { ws, folder, scan, drop: (name: string, text: string) => writeText(folderPath, name, text) };
}

/** The planning data, without import and watch bookkeeping: equal means the failed file changed nothing. */
function planningSnapshot(db: Db): string {
  return contentSnapshot(db, /^(import_log|import_undo|import_sales_ranges|import_replaced_sales|import_mappings|audit_log|watch_files|watch_folders)$/);
}

function ledger(db: Db, folder: FolderRow) {
  return listFiles(db, folder.id).map((f) => ({ name: f.name, status: f.status, reason: f.reason }));
}

function unitsOn(db: Db, date: string): number {
  return db.prepare('SELECT coalesce(sum(units), 0) FROM sales_daily WHERE date = ?').pluck().get(date) as number;
}

describe('scanning a watched folder', () => {
  const tempDir = useTempDir();

  it('leaves a half-written file waiting, then imports it once it is whole and stable', async () => {
    const { ws, folder, scan, drop } = await setUp(tempDir());
    const file = drop('day.csv', `${HEADER}A,2026-06-02,5,WH1\nB,2026-06-02,`);
    await scan();
    expect(ledger(ws.db, folder)).toEqual([{ name: 'day.csv', status: 'waiting', reason: 'changing' }]);
    // Stable now, but the last line is cut: still waiting, nothing imported.
    await scan();
    expect(ledger(ws.db, folder)).toEqual([{ name: 'day.csv', status: 'waiting', reason: 'incomplete' }]);
    expect(unitsOn(ws.db, '2026-06-02')).toBe(0);
    fs.appendFileSync(file, '7,WH1\n');
    const changed = await scan();
    expect(changed.settled).toEqual([]);
    expect(unitsOn(ws.db, '2026-06-02')).toBe(0);
    const done = await scan();
    expect(done.settled.map((f) => f.status)).toEqual(['imported']);
    expect(unitsOn(ws.db, '2026-06-02')).toBe(12);
    expect(ledger(ws.db, folder)).toEqual([{ name: 'day.csv', status: 'imported', reason: null }]);
    // Nothing new: later scans leave it alone.
    await scan();
    expect(count(ws.db, 'import_log')).toBe(2);
    ws.close();
  });

  it('writes nothing while nothing changes, so an idle workspace is not backed up again and again', async () => {
    const { ws, scan, drop } = await setUp(tempDir());
    drop('day.csv', `${HEADER}A,2026-06-09,1,WH1\n`);
    drop('cut.csv', `${HEADER}A,2026-06-09,1,WH1\nB,2026`);
    await scan();
    await scan();
    await scan();
    const changes = () => ws.db.prepare('SELECT total_changes()').pluck().get() as number;
    const before = changes();
    await scan();
    await scan();
    expect(changes()).toBe(before);
    ws.close();
  });

  it('does not read a file before its size and time held still for the stable interval', async () => {
    const { ws, folder, scan, drop } = await setUp(tempDir());
    drop('day.csv', `${HEADER}A,2026-06-03,1,WH1\n`);
    await scan();
    const tooSoon = await scan(STABLE_MS / 4);
    expect(tooSoon.settled).toEqual([]);
    expect(ledger(ws.db, folder)[0]?.status).toBe('waiting');
    expect((await scan()).settled.map((f) => f.status)).toEqual(['imported']);
    ws.close();
  });

  it('ignores temporary, lock and hidden files', async () => {
    const { ws, folder, scan, drop } = await setUp(tempDir());
    const day = `${HEADER}A,2026-06-04,1,WH1\n`;
    for (const name of ['day.csv.part', 'day.csv.crdownload', 'day.tmp', '~$book.xlsx', '.day.csv', 'day.csv.partial']) drop(name, day);
    await scan();
    await scan();
    expect(ledger(ws.db, folder)).toEqual([]);
    expect(unitsOn(ws.db, '2026-06-04')).toBe(0);
    ws.close();
  });

  it('does not import the same bytes twice, under another name or after a touch', async () => {
    const { ws, scan, drop } = await setUp(tempDir());
    const day = `${HEADER}A,2026-06-05,3,WH1\n`;
    const first = drop('a.csv', day);
    await scan();
    await scan();
    drop('copy.csv', day);
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(first, later, later);
    await scan();
    const outcome = await scan();
    expect(outcome.settled.map((f) => [f.name, f.status])).toEqual([
      ['a.csv', 'skipped-unchanged'],
      ['copy.csv', 'skipped-unchanged'],
    ]);
    expect(count(ws.db, 'import_log')).toBe(2);
    expect(unitsOn(ws.db, '2026-06-05')).toBe(3);
    ws.close();
  });

  it('imports a changed file again, replacing its days rather than adding to them', async () => {
    const { ws, folder, scan, drop } = await setUp(tempDir());
    drop('day.csv', `${HEADER}A,2026-06-06,3,WH1\nB,2026-06-06,4,WH1\n`);
    await scan();
    await scan();
    expect(unitsOn(ws.db, '2026-06-06')).toBe(7);
    // The export is written again with corrected figures for the same day.
    drop('day.csv', `${HEADER}A,2026-06-06,30,WH1\nB,2026-06-06,40,WH1\n`);
    fs.utimesSync(path.join(folder.path, 'day.csv'), new Date(Date.now() + 60_000), new Date(Date.now() + 60_000));
    await scan();
    const again = await scan();
    expect(again.settled.map((f) => f.status)).toEqual(['imported']);
    expect(unitsOn(ws.db, '2026-06-06')).toBe(70);
    expect(ws.db.prepare("SELECT count(*) FROM sales_daily WHERE date = '2026-06-06'").pluck().get()).toBe(2);
    expect(listFiles(ws.db, folder.id).map((f) => f.status)).toEqual(['imported', 'imported']);
    ws.close();
  });

  it('does not guess a layout it has no saved mapping for', async () => {
    const { ws, scan, drop } = await setUp(tempDir());
    drop('other.csv', '商品编码,日期,销量\nA,2026-06-07,9\n');
    await scan();
    const outcome = await scan();
    expect(outcome.settled.map((f) => [f.status, f.kind])).toEqual([['skipped-no-mapping', 'sales']]);
    expect(count(ws.db, 'import_log')).toBe(1);
    expect(unitsOn(ws.db, '2026-06-07')).toBe(0);
    ws.close();
  });

  it('records a failure with its row and column and changes nothing; a fixed file imports', async () => {
    const { ws, folder, scan, drop } = await setUp(tempDir());
    const before = planningSnapshot(ws.db);
    drop('bad.csv', `${HEADER}A,2026-06-08,2,WH1\nB,2026-06-08,lots,WH1\n`);
    await scan();
    const outcome = await scan();
    const failed = outcome.settled[0]!;
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatchObject({ file: 'bad.csv', row: 3, column: 'units', value: 'lots', errors: 1 });
    expect(planningSnapshot(ws.db)).toBe(before);
    // Retrying the same bytes fails the same way; nothing is written.
    retryFile(ws.db, failed.id);
    expect((await scan()).settled.map((f) => f.status)).toEqual(['failed']);
    expect(planningSnapshot(ws.db)).toBe(before);
    drop('bad.csv', `${HEADER}A,2026-06-08,2,WH1\nB,2026-06-08,4,WH1\n`);
    fs.utimesSync(path.join(folder.path, 'bad.csv'), new Date(Date.now() + 60_000), new Date(Date.now() + 60_000));
    await scan();
    expect((await scan()).settled.map((f) => f.status)).toEqual(['imported']);
    expect(unitsOn(ws.db, '2026-06-08')).toBe(6);
    expect(ledger(ws.db, folder).map((f) => f.status)).toEqual(['imported', 'failed']);
    ws.close();
  });

  it('records why a file was refused as a whole, with the figures the UI words it from', async () => {
    const { ws, scan, drop } = await setUp(tempDir());
    drop('header.csv', HEADER);
    await scan();
    const failed = (await scan()).settled.find((f) => f.name === 'header.csv');
    expect(failed?.status).toBe('failed');
    expect(failed?.error).toMatchObject({ code: 'invalid_input', file: 'header.csv', reason: 'file_header_only', params: { file: 'header.csv' } });
    ws.close();
  });
});
