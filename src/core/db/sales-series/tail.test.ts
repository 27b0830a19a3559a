import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeSeries, encodeSeries, WHOLE_UNITS, WIDE_DAYS } from './codec';
import { allocateRecords } from './records';
import { seriesTailColumns } from './tail';

const db = new Database(':memory:');
db.exec('CREATE TABLE s (first_day INTEGER, last_day INTEGER, rows INTEGER, layout INTEGER, data BLOB)');
afterAll(() => db.close());

/** The rows from `fromDay` on, decoded from the tail SQLite cut and from the whole BLOB. */
function both(days: number[], units: number[], fromDay: number) {
  const e = encodeSeries(days, units, days.map((d) => d % 3), days.length);
  db.prepare('DELETE FROM s').run();
  db.prepare('INSERT INTO s VALUES (?, ?, ?, ?, ?)').run(e.firstDay, e.lastDay, e.rows, e.layout, e.data);
  const [rows, data] = db.prepare(`SELECT ${seriesTailColumns('s', '@from')} FROM s`).raw(true).get({ from: fromDay }) as [number, Buffer];
  const tail = decodeSeries({ firstDay: e.firstDay, rows, layout: e.layout, data }, fromDay, Infinity, allocateRecords(1));
  const whole = decodeSeries(e, fromDay, Infinity, allocateRecords(1));
  const plain = (r: typeof tail) => ({ days: [...r.days.subarray(0, r.length)], units: [...r.units.subarray(0, r.length)], flags: [...r.flags.subarray(0, r.length)] });
  return { layout: e.layout, rows, tail: plain(tail), whole: plain(whole) };
}

describe('the newest rows of a stored series, cut in SQL', () => {
  const days = [100, 101, 105, 110, 111, 112, 130];
  it('holds every row from the day asked for, in each layout', () => {
    for (const [units, span, layout] of [
      [[1, 2, 3, 4, 5, 6, 7], 0, WHOLE_UNITS],
      [[1.5, 2, 3, 4, 5, 6, 7.25], 0, 0],
      [[1, 2, 3, 4, 5, 6, 7], 70000, WHOLE_UNITS | WIDE_DAYS],
      [[0.1, 2, 3, 4, 5, 6, 7], 70000, WIDE_DAYS],
    ] as const) {
      const shifted = days.map((d, i) => (i === days.length - 1 ? d + span : d));
      for (const from of [0, 105, 111, 112, 113, shifted.at(-1)!, shifted.at(-1)! + 1]) {
        const r = both(shifted, [...units], from);
        expect(r.layout).toBe(layout);
        expect(r.tail, `layout ${layout}, from ${from}`).toEqual(r.whole);
      }
    }
  });

  it('cuts no more rows than the days from that day on can hold', () => {
    expect(both(days, [1, 2, 3, 4, 5, 6, 7], 111).rows).toBe(7); // 130 − 111 + 1 = 20 days ≥ 7 rows
    expect(both(days, [1, 2, 3, 4, 5, 6, 7], 128).rows).toBe(3);
    expect(both(days, [1, 2, 3, 4, 5, 6, 7], 131).rows).toBe(0);
  });
});
