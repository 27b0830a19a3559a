import { describe, expect, it } from 'vitest';
import { inferDateOrder } from './date-order';
import { DateParser } from './dates';

describe('dates', () => {
  const ymd = new DateParser('YMD');

  it.each([
    ['2024-01-05', '2024-01-05'],
    ['2024/1/5', '2024-01-05'],
    ['2024.01.05', '2024-01-05'],
    ['2024年1月5日', '2024-01-05'],
    ['20240105', '2024-01-05'],
    ['2024-01-05 13:05:09', '2024-01-05'],
    ['2024-01-05T13:05:09Z', '2024-01-05'],
    ['5-Jan-2024', '2024-01-05'],
    ['Jan 5, 2024', '2024-01-05'],
    [' 2024-01-05 ', '2024-01-05'],
  ])('reads %j', (text, iso) => {
    expect(ymd.parse(text)).toBe(iso);
  });

  it('keeps the time of day when asked, with AM/PM and 上午/下午', () => {
    const withTime = new DateParser('MDY', true);
    expect(withTime.parse('12/1/2010 8:26')).toBe('2010-12-01 08:26:00');
    expect(withTime.parse('2024-01-05 13:05')).toBe('2024-01-05 13:05:00');
    expect(withTime.parse('1/5/2024 1:05 PM')).toBe('2024-01-05 13:05:00');
    expect(withTime.parse('2024/1/5 下午 1:05:00')).toBe('2024-01-05 13:05:00');
    expect(withTime.parse('2024-01-05')).toBe('2024-01-05');
  });

  it('reads Excel serial numbers and Date cells', () => {
    expect(ymd.parse(45292)).toBe('2024-01-01');
    expect(ymd.parse('45292')).toBe('2024-01-01');
    expect(new DateParser('YMD', true).parse(45292.5)).toBe('2024-01-01 12:00:00');
    expect(ymd.parse(new Date(Date.UTC(2024, 1, 29)))).toBe('2024-02-29');
  });

  it('refuses impossible dates and years out of range, saying which', () => {
    expect(ymd.parse('2023-02-29')).toBeNull();
    expect(ymd.error).toBe('bad_date');
    expect(ymd.parse('9999-12-31')).toBeNull();
    expect(ymd.error).toBe('date_out_of_range');
    expect(ymd.parse(2958465)).toBeNull();
    expect(ymd.error).toBe('date_out_of_range');
    expect(ymd.parse('soon')).toBeNull();
    expect(ymd.parse(true)).toBeNull();
  });

  it('reads day/month and month/day per the column order', () => {
    expect(new DateParser('DMY').parse('05/03/2024')).toBe('2024-03-05');
    expect(new DateParser('MDY').parse('05/03/2024')).toBe('2024-05-03');
    expect(new DateParser('MDY').parse('25/03/2024')).toBeNull();
    expect(new DateParser('DMY').parse('5/3/24')).toBe('2024-03-05');
  });
});

describe('day/month order from the whole column', () => {
  it('finds day-first when any first part is above 12', () => {
    expect(inferDateOrder(['01/02/2024', '05/03/2024', '25/03/2024'])).toMatchObject({ order: 'DMY', ambiguous: false, dayFirst: 1 });
  });
  it('finds month-first when any second part is above 12', () => {
    expect(inferDateOrder(['01/02/2024', '3/25/2024 10:00'])).toMatchObject({ order: 'MDY', ambiguous: false, monthFirst: 1 });
  });
  it('says when it cannot tell', () => {
    expect(inferDateOrder(['01/02/2024', '05/03/2024'])).toMatchObject({ order: 'MDY', ambiguous: true });
  });
  it('reads date-times day-first', () => {
    expect(new DateParser('DMY', true).parse('13/03/2011 10:25')).toBe('2011-03-13 10:25:00');
    expect(inferDateOrder(['03/03/2011 10:25', '13/03/2011 10:25'])).toMatchObject({ order: 'DMY', dayFirst: 1, short: 2 });
  });
  it('needs no order for ISO dates', () => {
    expect(inferDateOrder(['2024-01-02', 45292])).toMatchObject({ order: 'YMD', ambiguous: false });
  });
});
