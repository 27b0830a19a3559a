import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliOutcome } from '../../../test/helpers/cli-process';
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

/**
 * Each CLI start loads the whole CLI (TensorFlow.js included), so every run this file needs starts
 * once, all at the same time, and the tests below read their outcomes.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-recommend-'));
const file = (name: string) => path.join(dir, name);
let customers: string[] = [];
let runs: Record<'listed' | 'everyone' | 'badDate' | 'badHeader' | 'noTop', CliOutcome>;

beforeAll(async () => {
  customers = writeLines(file('lines.csv')).customers;
  fs.writeFileSync(file('customers.csv'), 'customer_id\nCUST-00004\nNO-HISTORY\nCUST-00002\n');
  fs.writeFileSync(file('bad-lines.csv'), 'order_id,customer_id,sku,date,qty\n1,A,X,2025-01-02,1\n2,A,Y,2025-13-02,1\n');
  fs.writeFileSync(file('bad-header.csv'), 'order_id,customer,sku,date,qty\n1,A,X,2025-01-02,1\n');
  const cli = (args: string[]) => runCli(args, { timeoutMs: 180_000 });
  const [listed, everyone, badDate, badHeader, noTop] = await Promise.all([
    cli(['recommend', '--input', file('lines.csv'), '--customers', file('customers.csv'), '--top', '5', '--output', file('listed.csv')]),
    cli(['recommend', '--input', file('lines.csv'), '--top', '3', '--output', file('everyone.csv')]),
    cli(['recommend', '--input', file('bad-lines.csv'), '--top', '5', '--output', file('bad-date-recs.csv')]),
    cli(['recommend', '--input', file('bad-header.csv'), '--top', '5', '--output', file('bad-header-recs.csv')]),
    cli(['recommend', '--input', file('lines.csv'), '--output', file('no-top.csv')]),
  ]);
  runs = { listed: listed!, everyone: everyone!, badDate: badDate!, badHeader: badHeader!, noTop: noTop! };
}, 240_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('recommend (CLI)', () => {
  it('writes N rows per listed customer with history, in the listed order, returns left out', () => {
    const run = runs.listed;
    expect(run.stderr).toMatch(/1 returns or zero-qty lines left out/);
    expect(run.stderr).toMatch(/blend weights: repeat 1/);
    expect(run.code).toBe(0);
    const rows = fs.readFileSync(file('listed.csv'), 'utf8').trimEnd().split('\n');
    expect(rows[0]).toBe('customer_id,rank,sku,score,reason');
    expect(rows.slice(1).map((r) => r.split(',').slice(0, 2).join(','))).toEqual([
      ...[1, 2, 3, 4, 5].map((rank) => `CUST-00004,${rank}`),
      ...[1, 2, 3, 4, 5].map((rank) => `CUST-00002,${rank}`),
    ]);
    expect(run.stdout).toMatch(/1 listed customers have no history/);
  });

  it('lists every customer with history when no --customers is given (guests get none)', () => {
    expect(runs.everyone.code).toBe(0);
    const everyone = fs.readFileSync(file('everyone.csv'), 'utf8').trimEnd().split('\n').slice(1);
    expect(everyone).toHaveLength(customers.length * 3);
    expect(new Set(everyone.map((r) => r.split(',')[0]))).toEqual(new Set(customers));
    expect(everyone.every((r) => /^CUST-\d+,[123],SKU-\d+,[\d.]+,.+/.test(r))).toBe(true);
  });

  it('refuses a bad file naming the file, row and column, and writes no output', () => {
    expect(runs.badDate.code).toBe(1);
    expect(runs.badDate.stderr).toMatch(/bad-lines\.csv, row 3, column date: "2025-13-02" is not a date/);
    expect(fs.existsSync(file('bad-date-recs.csv'))).toBe(false);
    expect(runs.badHeader.code).toBe(1);
    expect(runs.badHeader.stderr).toMatch(/bad-header\.csv, row 1: no "customer_id" column/);
    expect(fs.existsSync(file('bad-header-recs.csv'))).toBe(false);
  });

  it('refuses a missing --top as a usage error', () => {
    expect(runs.noTop.code).toBe(2);
    expect(runs.noTop.stderr).toMatch(/--top is required/);
    expect(fs.existsSync(file('no-top.csv'))).toBe(false);
  });
});
