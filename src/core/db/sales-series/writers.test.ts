import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = path.resolve(__dirname, '../..');
const WRITES_SALES = /(INSERT\s+(OR\s+\w+\s+)?INTO|DELETE\s+FROM|UPDATE|REPLACE\s+INTO)\s+sales_daily\b|BatchInsert\([^)]*'sales_daily\b/;
const KEEPS_STORE = /\b(refreshSalesSeries|markSalesSeriesStale)\b/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [file] : [];
  });
}

describe('every writer of sales_daily keeps the series store', () => {
  it('updates the series it touched, or marks the store stale, in its own folder', () => {
    const files = sourceFiles(CORE);
    const writers = files.filter((f) => WRITES_SALES.test(fs.readFileSync(f, 'utf8')));
    expect(writers.length).toBeGreaterThan(2);
    const forgetful = writers.filter((f) => !files.some((g) => path.dirname(g) === path.dirname(f) && KEEPS_STORE.test(fs.readFileSync(g, 'utf8'))));
    expect(forgetful.map((f) => path.relative(CORE, f))).toEqual([]);
  });
});
