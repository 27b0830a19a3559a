import { describe, expect, it } from 'vitest';
import { NO_DAY } from './deliveries';
import { JoinedBook, LINE_COLUMNS, type LineColumns } from './order-book';

/** A block of `count` lines whose every column holds `value(column index, line)`. */
function block(count: number, value: (c: number, i: number) => number): LineColumns {
  const out = { count } as LineColumns;
  LINE_COLUMNS.forEach((name, c) => (out[name] = Float64Array.from({ length: count }, (_, i) => value(c, i))));
  return out;
}

describe('the writer side of the order book', () => {
  it('joins the blocks in order with every value kept: ids and days as integers, flags as bytes, quantities and costs as doubles', () => {
    const flag = (name: string) => name === 'closedShort' || name === 'rush';
    const value = (from: number) => (c: number, i: number) => {
      const name = LINE_COLUMNS[c] as string;
      if (flag(name)) return (from + i) % 2;
      if (name.endsWith('Day')) return i === 1 ? NO_DAY : 700 + from + i;
      if (name.endsWith('Id')) return 50_000 + from + i;
      return (from + i) * 1.25 + c / 3;
    };
    const blocks = [block(3, value(0)), block(2, value(3))];
    const expected = Object.fromEntries(LINE_COLUMNS.map((name) => [name, blocks.flatMap((b) => [...b[name]])]));
    const book = new JoinedBook();
    for (const b of blocks) book.append(b);
    const joined = book.join();
    expect(joined.length).toBe(5);
    for (const name of LINE_COLUMNS) expect([...(joined[name] as ArrayLike<number> & Iterable<number>)]).toEqual(expected[name]);
    expect(joined.orderDay).toBeInstanceOf(Int32Array);
    expect(joined.rush).toBeInstanceOf(Uint8Array);
    expect(joined.unitCost).toBeInstanceOf(Float64Array);
    expect(book.join().length).toBe(0);
  });
});
