import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { bucketCovariates } from '../../core/forecasting/bucket-covariates';
import { bucketize } from '../../core/forecasting/bucketize';
import { dayFromIso } from '../../core/ground/calendar';
import { readDemandCsv, readDemandCsvWithDates } from './read-demand-csv';

describe('the optional price and promo columns of a demand file', () => {
  const tempDir = useTempDir();
  const write = (text: string, name = 'sales.csv') => {
    const file = path.join(tempDir(), name);
    fs.writeFileSync(file, text);
    return file;
  };

  /** Weekly rows to 2026-03-29, then planned rows with an empty qty for the next three weeks. */
  const weekly = [
    'sku,date,qty,price,promo',
    'A,2026-03-08,10,20,0',
    'A,2026-03-15,30,15,1',
    'A,2026-03-22,12,,0',
    'A,2026-03-29,11,20,0',
    'B,2026-03-22,5,9.5,',
    'B,2026-03-29,6,,',
    'A,2026-04-05,,16,1',
    'A,2026-04-19,,,1',
    'B,2026-04-12,,8,',
    'C,2026-04-05,,5,1',
  ].join('\n');

  it('keeps the history and gives the horizon its planned price and promotion per SKU and bucket', async () => {
    const { rows, covariates } = await readDemandCsvWithDates(write(weekly + '\n'));
    // Planned rows are no demand: the origin is the last date with a qty, and C (no history) is no series.
    expect(rows.lastDay).toBe(dayFromIso('2026-03-29'));
    expect(rows.skus).toEqual(['A', 'B']);
    expect(rows.length).toBe(6);
    const buckets = bucketize(rows, 'week');
    const [a, b] = bucketCovariates(rows, covariates!, 'week', buckets.series, 3);
    expect(Array.from(a!.price!)).toEqual([20, 15, 15, 20, 16, 20, 20]);
    expect(Array.from(a!.promo!)).toEqual([0, 1, 0, 0, 1, 0, 1]);
    expect(Array.from(b!.price!)).toEqual([9.5, 9.5, 9.5, 8, 9.5]);
    expect(Array.from(b!.promo!)).toEqual([0, 0, 0, 0, 0]);
  });

  it('reads Chinese headers, and a file without the columns as before', async () => {
    const { rows, covariates } = await readDemandCsvWithDates(write('商品编码,日期,销量,售价,促销\nA,2026-03-01,3,9.9,1\nA,2026-03-02,4,9.9,0\nA,2026-03-03,,8.9,1\n'));
    expect(rows.length).toBe(2);
    expect(covariates).toMatchObject({ hasPrice: true, hasPromo: true, length: 3 });
    const plain = await readDemandCsvWithDates(write('sku,date,qty\nA,2026-03-01,3\nA,2026-03-05,\n'));
    expect(plain.covariates).toBeNull();
    expect(plain.rows.lastDay).toBe(dayFromIso('2026-03-01'));
  });

  it('refuses a price that is not a number and a promo that is not 0/1, naming file, row and column', async () => {
    await expect(readDemandCsv(write('sku,date,qty,price\nA,2026-03-01,3,9.9\nA,2026-03-08,,cheap\n', 'plan.csv'))).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'plan.csv, row 3, column price: "cheap" is not a number',
      details: { file: 'plan.csv', row: 3, column: 'price', value: 'cheap' },
    });
    await expect(readDemandCsv(write('sku,date,qty,promo\nA,2026-03-01,3,yes\n'))).rejects.toMatchObject({ details: { row: 2, column: 'promo', value: 'yes' } });
    await expect(readDemandCsv(write('sku,date,qty,price\nA,2026-03-01,3,-2\n'))).rejects.toMatchObject({ details: { row: 2, column: 'price' } });
    await expect(readDemandCsv(write('sku,date,qty,promo\nA,2026-03-01,3,0\nA,2026-13-08,,1\n'))).rejects.toMatchObject({ details: { row: 3, column: 'date' } });
  });
});
