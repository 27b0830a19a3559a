import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { readDemandCsv } from './read-demand-csv';

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
