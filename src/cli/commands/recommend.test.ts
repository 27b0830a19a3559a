import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test/helpers/cli-process';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { makeShop } from '../../../test/fixtures/recommend-shop';
import { dayFromIso, isoFromDay } from '../../core/ground/calendar';

/** The shop as the contract's LINES.csv, with a cancelled line and a guest order. */
function writeLines(file: string): { customers: string[] } {
  const shop = makeShop({ customers: 30, skus: 50, lines: 2500, days: 120, firstDay: dayFromIso('2025-02-01'), seed: 9, guestShare: 0.2 });
  const rows = ['order_id,customer_id,sku,date,qty'];
  for (const l of shop.lines) rows.push(`${l.orderId},${l.customerId ?? ''},${l.sku},${isoFromDay(l.day)},${l.qty}`);
  rows.push('C-1,CUST-00001,SKU-00049,2025-05-30,-4');
  fs.writeFileSync(file, `${rows.join('\n')}\n`);
  return { customers: [...new Set(shop.lines.flatMap((l) => (l.customerId ? [l.customerId] : [])))] };
}

describe('recommend (CLI)', () => {
  const tempDir = useTempDir();

  it('writes N rows per customer with history, guests and returns handled, --customers respected', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'lines.csv');
    const { customers } = writeLines(input);
    const listed = path.join(dir, 'customers.csv');
    fs.writeFileSync(listed, 'customer_id\nCUST-00004\nNO-HISTORY\nCUST-00002\n');
    const output = path.join(dir, 'recs.csv');

    const some = await runCli(['recommend', '--input', input, '--customers', listed, '--top', '5', '--output', output], { timeoutMs: 120_000 });
    expect(some.stderr).toMatch(/1 returns or zero-qty lines left out/);
    expect(some.stderr).toMatch(/blend weights: repeat 1/);
    expect(some.code).toBe(0);
    const rows = fs.readFileSync(output, 'utf8').trimEnd().split('\n');
    expect(rows[0]).toBe('customer_id,rank,sku,score,reason');
    expect(rows.slice(1).map((r) => r.split(',').slice(0, 2).join(','))).toEqual([
      ...[1, 2, 3, 4, 5].map((rank) => `CUST-00004,${rank}`),
      ...[1, 2, 3, 4, 5].map((rank) => `CUST-00002,${rank}`),
    ]);
    expect(some.stdout).toMatch(/1 listed customers have no history/);

    const all = await runCli(['recommend', '--input', input, '--top', '3', '--output', output], { timeoutMs: 120_000 });
    expect(all.code).toBe(0);
    const everyone = fs.readFileSync(output, 'utf8').trimEnd().split('\n').slice(1);
    expect(everyone).toHaveLength(customers.length * 3);
    expect(new Set(everyone.map((r) => r.split(',')[0]))).toEqual(new Set(customers));
    expect(everyone.every((r) => /^CUST-\d+,[123],SKU-\d+,[\d.]+,.+/.test(r))).toBe(true);
  }, 240_000);

  it('refuses a bad file naming the file, row and column, and writes no output', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'bad-lines.csv');
    fs.writeFileSync(input, 'order_id,customer_id,sku,date,qty\n1,A,X,2025-01-02,1\n2,A,Y,2025-13-02,1\n');
    const output = path.join(dir, 'recs.csv');
    const bad = await runCli(['recommend', '--input', input, '--top', '5', '--output', output], { timeoutMs: 60_000 });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad-lines\.csv, row 3, column date: "2025-13-02" is not a date/);
    expect(fs.existsSync(output)).toBe(false);

    fs.writeFileSync(input, 'order_id,customer,sku,date,qty\n1,A,X,2025-01-02,1\n');
    const header = await runCli(['recommend', '--input', input, '--top', '5', '--output', output], { timeoutMs: 60_000 });
    expect(header.code).toBe(1);
    expect(header.stderr).toMatch(/bad-lines\.csv, row 1: no "customer_id" column/);

    const usage = await runCli(['recommend', '--input', input, '--output', output], { timeoutMs: 60_000 });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--top is required/);
  }, 120_000);
});
