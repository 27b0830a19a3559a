const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for an ISO date (YYYY-MM-DD…): compact, sortable, cheap to compare. */
export function isoToDay(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function formatYmd(y: number, m: number, d: number): string {
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** Excel stores dates as days since 1899-12-30 (counting the fictitious 1900-02-29). */
const EXCEL_EPOCH_DAY = Date.UTC(1899, 11, 30) / MS_PER_DAY;

export function excelSerialToDay(serial: number): number {
  const whole = Math.floor(serial);
  return EXCEL_EPOCH_DAY + (whole < 61 ? whole + 1 : whole);
}

/** ISO date → day number, remembered: a big file holds few distinct days, often in runs. */
export class DayNumbers {
  private readonly days = new Map<string, number>();
  private lastIso = '';
  private lastDay = 0;

  of(iso: string): number {
    if (iso === this.lastIso) return this.lastDay;
    let day = this.days.get(iso);
    if (day === undefined) {
      day = isoToDay(iso);
      this.days.set(iso, day);
    }
    this.lastIso = iso;
    this.lastDay = day;
    return day;
  }
}
