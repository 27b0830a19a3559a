import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { dayFromIso } from '../../core/ground/calendar';
import { readDemandCsv, readDemandCsvWithDates } from './read-demand-csv';

describe('reading a sku,date,qty file', () => {
  const tempDir = useTempDir();
  const write = (text: string) => {
    const file = path.join(tempDir(), 'sales.csv');
    fs.writeFileSync(file, text);
    return file;
  };

  it('reads rows in any column order, with a BOM, CRLF, quotes and empty quantities', async () => {
    const file = write('\uFEFFdate,qty,sku\r\n2025-01-01,3,"A,1"\r\n2025-01-02,,"A,1"\r\n2025-01-02,4.5,B\r\n');
    const data = await readDemandCsv(file);
    expect(data.skus).toEqual(['A,1', 'B']);
    expect(data.length).toBe(2);
    expect(Array.from(data.qty)).toEqual([3, 4.5]);
  });

  it('reads a quoted field with a line break inside as one cell, and numbers rows as records', async () => {
    const file = write('sku,date,qty\r\n"two\nlines",2025-01-01,3\n"say ""hi""\r\nthere",2025-01-01,4\nC,2025-01-01,x\n');
    await expect(readDemandCsv(file)).rejects.toMatchObject({ details: { row: 4, column: 'qty' } });
    const data = await readDemandCsv(write('sku,date,qty\r\n"two\nlines",2025-01-01,3\n"say ""hi""\r\nthere",2025-01-02,4\n'));
    expect(data.skus).toEqual(['two\nlines', 'say "hi"\r\nthere']);
    expect(Array.from(data.qty)).toEqual([3, 4]);
  });

  it('reads day-first dates from the whole column, though the first 12,000 rows have day ≤ 12', async () => {
    const lines = ['sku,date,qty'];
    for (let i = 0; i < 12_000; i++) lines.push(`S${i % 40},${String(1 + (i % 12)).padStart(2, '0')}/0${1 + (i % 9)}/2011,1`);
    lines.push('S1,13/03/2011 10:25,2');
    const { rows, dateOrder } = await readDemandCsvWithDates(write(lines.join('\n') + '\n'));
    expect(dateOrder).toEqual({ order: 'DMY', reason: 'day-first: 1 value has day > 12' });
    expect(rows.day[0]).toBe(dayFromIso('2011-01-01'));
    expect(rows.day[1]).toBe(dayFromIso('2011-02-02'));
    expect(rows.day[12_000]).toBe(dayFromIso('2011-03-13'));
    expect(rows.lastDay).toBe(dayFromIso('2011-09-12'));
  });

  it('asks for --date-order when every date fits both orders, and follows it', async () => {
    const file = write('sku,date,qty\nA,03/04/2024,1\nA,05/06/2024,2\n');
    await expect(readDemandCsv(file)).rejects.toThrow(/fits both day\/month and month\/day; say which with --date-order dmy/);
    const rows = await readDemandCsv(file, { dateOrder: 'DMY' });
    expect(Array.from(rows.day)).toEqual([dayFromIso('2024-04-03'), dayFromIso('2024-06-05')]);
    // A month-first value in a day-first column is refused, never stored swapped.
    await expect(readDemandCsv(write('sku,date,qty\nA,25/04/2024,1\nA,04/26/2024,2\nA,27/04/2024,1\n'))).rejects.toMatchObject({
      details: { row: 3, column: 'date', value: '04/26/2024' },
    });
  });

  it('names the file, row and column of a bad cell', async () => {
    await expect(readDemandCsv(write('sku,date,qty\nA,2025-01-01,1\nA,2025-02-30,2\n'))).rejects.toMatchObject({
      code: 'invalid_input',
      details: { file: 'sales.csv', row: 3, column: 'date' },
    });
    await expect(readDemandCsv(write('sku,date,qty\nA,2025-01-01,lots\n'))).rejects.toMatchObject({
      details: { row: 2, column: 'qty' },
    });
    await expect(readDemandCsv(write('item,when,qty\nA,2025-01-01,1\n'))).rejects.toThrow(/no "date" column/);
    await expect(readDemandCsv(write(''))).rejects.toThrow(/empty/);
    await expect(readDemandCsv(write('sku,date,qty\n'))).rejects.toThrow(/no rows/);
  });
});
