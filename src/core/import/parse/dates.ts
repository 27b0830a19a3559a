import { MAX_YEAR, MIN_YEAR } from '../limits';
import type { Cell } from '../../ground/files/read/cell';
import type { DateOrder } from '../types';
import { detach } from './text';
import { isoFromDay } from '../../ground/calendar';
import { excelSerialToDay, formatYmd, isValidYmd, pad2 } from './days';

export type DateError = 'bad_date' | 'date_out_of_range';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

// 2024-01-05, 2024/1/5, 5/1/2024, 5.1.24, 2024年1月5日, each optionally with a time of day.
const NUMERIC_DATE =
  /^(\d{1,4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,4})\s*日?(?:[T\s]+(上午|下午)?\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(am|pm|上午|下午)?)?\s*(?:z|utc|[+-]\d{2}:?\d{2})?$/i;
const NAMED_DMY = /^(\d{1,2})[-\s]([a-z]{3,9})\.?[-\s,]+(\d{2,4})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/i;
const NAMED_MDY = /^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{2,4})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/i;
const COMPACT = /^(19|20)(\d{2})(\d{2})(\d{2})$/;
const SERIAL = /^\d{5,7}(?:\.\d+)?$/;

const CACHE_LIMIT = 50_000;

/**
 * Reads dates in the forms merchants' files use, into ISO text ("2024-01-05", or
 * "2024-01-05 13:05:00" when `keepTime`). Results are cached per text, because a
 * million-row file holds a few hundred distinct dates; ISO dates take a fast path.
 */
export class DateParser {
  private readonly cache = new Map<string, string | DateError>();
  error: DateError = 'bad_date';
  private lastText: string | null = null;
  private lastResult: string | null = null;

  constructor(
    readonly order: DateOrder,
    private readonly keepTime = false,
  ) {}

  /** ISO text, or null with `error` set. */
  parse(cell: Cell): string | null {
    // Files are usually sorted by date: consecutive rows often repeat the last value.
    if (cell === this.lastText && this.lastResult !== null) return this.lastResult;
    let result: string | DateError;
    if (typeof cell === 'string') {
      const fast = this.isoFastPath(cell);
      const cached = fast ?? this.cache.get(cell);
      if (cached !== undefined) {
        result = cached;
      } else {
        result = this.parseText(cell.trim());
        if (this.cache.size < CACHE_LIMIT) this.cache.set(detach(cell), result);
      }
    } else if (typeof cell === 'number') {
      result = this.fromSerial(cell);
    } else if (cell instanceof Date) {
      result = this.fromDate(cell);
    } else {
      result = 'bad_date';
    }
    if (result === 'bad_date' || result === 'date_out_of_range') {
      this.error = result;
      return null;
    }
    if (typeof cell === 'string') {
      this.lastText = cell;
      this.lastResult = result;
    }
    return result;
  }

  private parseText(s: string): string | DateError {
    const fast = this.isoFastPath(s);
    if (fast !== null) return fast;
    let match = NUMERIC_DATE.exec(s);
    if (match) {
      const [, a, b, c, ampmBefore, hh, mm, ss, ampmAfter] = match;
      const time = hh ? clockTime(Number(hh), Number(mm), Number(ss ?? 0), ampmBefore ?? ampmAfter) : null;
      if (time === 'bad') return 'bad_date';
      if (a!.length === 4) return this.build(Number(a), Number(b), Number(c), time);
      if (a!.length > 2 || (c!.length !== 4 && c!.length !== 2)) return 'bad_date';
      const year = fullYear(Number(c), c!.length);
      const [month, day] = this.order === 'MDY' ? [Number(a), Number(b)] : [Number(b), Number(a)];
      return this.build(year, month, day, time);
    }
    match = COMPACT.exec(s);
    if (match) return this.build(Number(match[1]! + match[2]!), Number(match[3]), Number(match[4]), null);
    if (SERIAL.test(s)) return this.fromSerial(Number(s));
    match = NAMED_DMY.exec(s) ?? NAMED_MDY.exec(s);
    if (match) {
      const dayFirst = /^\d/.test(s);
      const month = MONTHS[(dayFirst ? match[2]! : match[1]!).slice(0, 4).toLowerCase()] ??
        MONTHS[(dayFirst ? match[2]! : match[1]!).slice(0, 3).toLowerCase()];
      if (!month) return 'bad_date';
      const day = Number(dayFirst ? match[1] : match[2]);
      const time = match[4] ? clockTime(Number(match[4]), Number(match[5]), Number(match[6] ?? 0), undefined) : null;
      if (time === 'bad') return 'bad_date';
      return this.build(fullYear(Number(match[3]), match[3]!.length), month, day, time);
    }
    return 'bad_date';
  }

  /** "2024-01-05", "2024/01/05", optionally with " 13:05" or " 13:05:09": most big files. */
  private isoFastPath(s: string): string | DateError | null {
    const n = s.length;
    if (n !== 10 && n !== 16 && n !== 19) return null;
    const sep = s.charCodeAt(4);
    if ((sep !== 45 && sep !== 47) || s.charCodeAt(7) !== sep) return null;
    const y = digits(s, 0, 4);
    const m = digits(s, 5, 2);
    const d = digits(s, 8, 2);
    if (y < 0 || m < 0 || d < 0) return null;
    if (n === 10) {
      // Already ISO: hand back the same string instead of a copy per row.
      if (sep === 45 && isValidYmd(y, m, d) && y >= MIN_YEAR && y <= MAX_YEAR) return s;
      return this.build(y, m, d, null);
    }
    const t = s.charCodeAt(10);
    if ((t !== 32 && t !== 84) || s.charCodeAt(13) !== 58) return null;
    const hh = digits(s, 11, 2);
    const mm = digits(s, 14, 2);
    const ss = n === 19 && s.charCodeAt(16) === 58 ? digits(s, 17, 2) : n === 16 ? 0 : -1;
    if (hh < 0 || mm < 0 || ss < 0) return null;
    const time = clockTime(hh, mm, ss, undefined);
    return time === 'bad' ? 'bad_date' : this.build(y, m, d, time);
  }

  private fromSerial(serial: number): string | DateError {
    if (!Number.isFinite(serial) || serial < 1) return 'bad_date';
    if (serial > 2_958_465) return 'date_out_of_range';
    const iso = isoFromDay(excelSerialToDay(serial));
    const seconds = Math.round((serial - Math.floor(serial)) * 86_400);
    const time = seconds > 0 && seconds < 86_400 ? hms(seconds) : null;
    return this.build(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)), time);
  }

  private fromDate(date: Date): string | DateError {
    if (Number.isNaN(date.getTime())) return 'bad_date';
    const seconds = date.getUTCHours() * 3600 + date.getUTCMinutes() * 60 + date.getUTCSeconds();
    return this.build(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), seconds > 0 ? hms(seconds) : null);
  }

  private build(y: number, m: number, d: number, time: string | null): string | DateError {
    if (!isValidYmd(y, m, d)) return 'bad_date';
    if (y < MIN_YEAR || y > MAX_YEAR) return 'date_out_of_range';
    const date = formatYmd(y, m, d);
    return this.keepTime && time ? `${date} ${time}` : date;
  }
}

/** The number written by `length` ASCII digits at `from`, or -1. */
function digits(s: string, from: number, length: number): number {
  let value = 0;
  for (let i = from; i < from + length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

function clockTime(h: number, m: number, s: number, ampm: string | undefined): string | 'bad' {
  let hour = h;
  if (ampm) {
    const pm = /pm|下午/i.test(ampm);
    if (hour < 1 || hour > 12) return 'bad';
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || m > 59 || s > 59) return 'bad';
  return `${pad2(hour)}:${pad2(m)}:${pad2(s)}`;
}

function hms(seconds: number): string {
  return `${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor((seconds % 3600) / 60))}:${pad2(seconds % 60)}`;
}

function fullYear(year: number, digits: number): number {
  if (digits !== 2) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

export function dateErrorMessage(error: DateError, value: string, order: DateOrder): string {
  if (error === 'date_out_of_range') {
    return `"${value}" is outside the years ${MIN_YEAR}–${MAX_YEAR}; check the date`;
  }
  const orderText = order === 'DMY' ? 'day/month/year' : order === 'MDY' ? 'month/day/year' : 'year-month-day';
  return /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/.test(value.trim())
    ? `"${value}" is not a date in this column's ${orderText} order`
    : `"${value}" is not a date`;
}
