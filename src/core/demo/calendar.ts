/**
 * The demo's time axis. Days are integers (index 0 = first day of history, `days - 1` = asOf) so
 * the simulation never touches Date objects; date strings are computed once and reused per row.
 */

import { dayFromIso, isoFromDay } from '../ground/calendar';

export const HISTORY_DAYS = 730;

/**
 * Chinese New Year (day 1 of the lunar year) by Gregorian year. Factories and couriers stop for
 * about two weeks around it, which shapes both sales and supplier lateness.
 */
const CHINESE_NEW_YEAR: Record<number, string> = {
  2018: '2018-02-16', 2019: '2019-02-05', 2020: '2020-01-25', 2021: '2021-02-12',
  2022: '2022-02-01', 2023: '2023-01-22', 2024: '2024-02-10', 2025: '2025-01-29',
  2026: '2026-02-17', 2027: '2027-02-06', 2028: '2028-01-26', 2029: '2029-02-13',
  2030: '2030-02-03', 2031: '2031-01-23', 2032: '2032-02-11', 2033: '2033-01-31',
  2034: '2034-02-19', 2035: '2035-02-08', 2036: '2036-01-28', 2037: '2037-02-15',
  2038: '2038-02-04', 2039: '2039-01-24', 2040: '2040-02-12',
};

/** Epoch day of Chinese New Year; years outside the table get a typical date (5 February). */
export function chineseNewYearEpochDay(year: number): number {
  return dayFromIso(CHINESE_NEW_YEAR[year] ?? `${year}-02-05`);
}

export class DemoCalendar {
  readonly days = HISTORY_DAYS;
  /** Epoch day of index 0. */
  readonly firstEpochDay: number;
  readonly asOfEpochDay: number;
  /** 'YYYY-MM-DD' for every history day, shared by all rows. */
  readonly dates: string[] = [];
  /** 0 = Monday … 6 = Sunday. */
  readonly weekday = new Uint8Array(HISTORY_DAYS);
  /** 0-based day of the year. */
  readonly dayOfYear = new Uint16Array(HISTORY_DAYS);
  readonly year = new Uint16Array(HISTORY_DAYS);

  constructor(readonly asOf: string) {
    this.asOfEpochDay = dayFromIso(asOf);
    if (Number.isNaN(this.asOfEpochDay)) throw new Error(`asOf is not a date: ${asOf}`);
    this.firstEpochDay = this.asOfEpochDay - HISTORY_DAYS + 1;
    for (let d = 0; d < HISTORY_DAYS; d++) {
      const iso = isoFromDay(this.firstEpochDay + d);
      const year = Number(iso.slice(0, 4));
      this.dates.push(iso);
      this.year[d] = year;
      this.dayOfYear[d] = this.firstEpochDay + d - dayFromIso(`${year}-01-01`);
      // 1970-01-01 was a Thursday (index 3 when Monday is 0).
      this.weekday[d] = (((this.firstEpochDay + d + 3) % 7) + 7) % 7;
    }
  }

  /** The ISO date of any day index, including ones before history or after asOf. */
  dateAt(day: number): string {
    return day >= 0 && day < HISTORY_DAYS ? (this.dates[day] as string) : isoFromDay(this.firstEpochDay + day);
  }

  /** Day index of an ISO date (may be negative or beyond asOf). */
  dayOf(iso: string): number {
    return dayFromIso(iso) - this.firstEpochDay;
  }

  /** Day index of the given month/day in a year. */
  dayOfDate(year: number, month: number, dayOfMonth: number): number {
    return this.dayOf(`${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`);
  }

  isSunday(day: number): boolean {
    return this.weekday[day] === 6;
  }

  /** Calendar years that overlap [fromDay, toDay]. */
  yearsBetween(fromDay: number, toDay: number): number[] {
    const first = Number(this.dateAt(fromDay).slice(0, 4));
    const last = Number(this.dateAt(toDay).slice(0, 4));
    const years: number[] = [];
    for (let y = first; y <= last; y++) years.push(y);
    return years;
  }

  /** Day indexes of Chinese New Year for every year overlapping [fromDay, toDay] (±1 year margin). */
  chineseNewYearDays(fromDay: number, toDay: number): number[] {
    return this.yearsBetween(fromDay - 366, toDay + 366).map(
      (y) => chineseNewYearEpochDay(y) - this.firstEpochDay,
    );
  }
}
