import type { Locale } from '../../shared/contract/schemas/app';
import { intlLocale } from './locale';

export interface Formatters {
  locale: Locale;
  /** Up to two decimals (quantities can be fractional), thousands separators. */
  number(value: number | null | undefined): string;
  integer(value: number | null | undefined): string;
  /** Exactly two decimals ("0.90", not "0.9"), so a column of ratios such as MASE lines up. */
  twoDecimals(value: number | null | undefined): string;
  money(value: number | null | undefined, currency?: string): string;
  /** Money without decimals, for key figures. */
  moneyWhole(value: number | null | undefined, currency?: string): string;
  /** `YYYY-MM-DD` dates are calendar days: shown as such, never shifted by time zone. */
  date(iso: string | null | undefined): string;
  dateTime(iso: string | null | undefined): string;
  /** With seconds, where two moments a minute apart must be told apart (backups). */
  timestamp(iso: string | null | undefined): string;
  /** A month, "2026-03" or any date in it: "Mar 26" / "26年3月". */
  month(iso: string | null | undefined): string;
}

const EMPTY = '—';
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const cache = new Map<Locale, Formatters>();

function parseDate(iso: string): Date | null {
  const dateOnly = DATE_ONLY.exec(iso);
  const date = dateOnly
    ? new Date(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3]))
    : new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function getFormatters(locale: Locale): Formatters {
  const cached = cache.get(locale);
  if (cached) return cached;
  const tag = intlLocale(locale);
  const numberFormat = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const integerFormat = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const twoDecimalsFormat = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const dateFormat = new Intl.DateTimeFormat(tag, { year: 'numeric', month: '2-digit', day: '2-digit' });
  const dateTimeFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  const timestampFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'medium' });
  const monthFormat = new Intl.DateTimeFormat(tag, { month: 'short', year: '2-digit' });
  const moneyFormats = new Map<string, Intl.NumberFormat>();

  function moneyFormat(currency: string, whole: boolean): Intl.NumberFormat | null {
    const key = `${currency}:${whole}`;
    if (!moneyFormats.has(key)) {
      try {
        const digits = whole ? { maximumFractionDigits: 0 } : {};
        moneyFormats.set(key, new Intl.NumberFormat(tag, { style: 'currency', currency, ...digits }));
      } catch {
        return null; // not an ISO currency code: shown as number + code below
      }
    }
    return moneyFormats.get(key) ?? null;
  }

  function money(value: number | null | undefined, currency = 'CNY', whole = false): string {
    if (value === null || value === undefined) return EMPTY;
    const format = moneyFormat(currency, whole);
    return format ? format.format(value) : `${numberFormat.format(value)} ${currency}`;
  }

  const formatters: Formatters = {
    locale,
    number: (value) => (value === null || value === undefined ? EMPTY : numberFormat.format(value)),
    integer: (value) => (value === null || value === undefined ? EMPTY : integerFormat.format(value)),
    twoDecimals: (value) => (value === null || value === undefined ? EMPTY : twoDecimalsFormat.format(value)),
    money: (value, currency) => money(value, currency),
    moneyWhole: (value, currency) => money(value, currency, true),
    date: (iso) => {
      if (!iso) return EMPTY;
      const date = parseDate(iso);
      return date ? dateFormat.format(date) : iso;
    },
    dateTime: (iso) => {
      if (!iso) return EMPTY;
      const date = parseDate(iso);
      return date ? dateTimeFormat.format(date) : iso;
    },
    timestamp: (iso) => {
      if (!iso) return EMPTY;
      const date = parseDate(iso);
      return date ? timestampFormat.format(date) : iso;
    },
    month: (iso) => {
      if (!iso) return EMPTY;
      const match = /^(\d{4})-(\d{2})/.exec(iso);
      return match ? monthFormat.format(new Date(Number(match[1]), Number(match[2]) - 1, 1)) : iso;
    },
  };
  cache.set(locale, formatters);
  return formatters;
}

/** 0.794 → "79.4%" in the user's locale; null (no data) → "—". */
export function percent(format: Formatters, share: number | null | undefined): string {
  if (share === null || share === undefined) return EMPTY;
  return `${format.number(Math.round(share * 1000) / 10)}%`;
}

/** One decimal: "12.4"; null (no data) → "—". */
export function oneDecimal(format: Formatters, value: number | null | undefined): string {
  if (value === null || value === undefined) return EMPTY;
  return format.number(Math.round(value * 10) / 10);
}

/** A figure whose sign is the point: "+" above `deadband`, "−" below minus it, none in between (it would round to zero). */
export function withSign(value: number, text: string, deadband = 0): string {
  return value > deadband ? `+${text}` : value < -deadband ? `−${text}` : text;
}

/** "+12.5%", "−3%"; null → "—". */
export function signedPercent(format: Formatters, share: number | null | undefined, deadband = 0): string {
  if (share === null || share === undefined) return EMPTY;
  return withSign(share, percent(format, Math.abs(share)), deadband);
}
