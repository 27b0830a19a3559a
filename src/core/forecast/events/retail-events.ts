import { dayFromIso, isoFromDay } from '../../ground/calendar';
import type { EventSpan } from './event-span';

/** Chinese New Year's Day (the first day of the first lunar month), 2000–2040. */
const SPRING_FESTIVAL: Record<number, string> = {
  2000: '02-05', 2001: '01-24', 2002: '02-12', 2003: '02-01', 2004: '01-22', 2005: '02-09',
  2006: '01-29', 2007: '02-18', 2008: '02-07', 2009: '01-26', 2010: '02-14', 2011: '02-03',
  2012: '01-23', 2013: '02-10', 2014: '01-31', 2015: '02-19', 2016: '02-08', 2017: '01-28',
  2018: '02-16', 2019: '02-05', 2020: '01-25', 2021: '02-12', 2022: '02-01', 2023: '01-22',
  2024: '02-10', 2025: '01-29', 2026: '02-17', 2027: '02-06', 2028: '01-26', 2029: '02-13',
  2030: '02-03', 2031: '01-23', 2032: '02-11', 2033: '01-31', 2034: '02-19', 2035: '02-08',
  2036: '01-28', 2037: '02-15', 2038: '02-04', 2039: '01-24', 2040: '02-12',
};

export const FIRST_EVENT_YEAR = 2000;
export const LAST_EVENT_YEAR = 2040;

/** The keys of the events shipped as defaults, in calendar order. */
export const RETAIL_EVENT_KEYS = [
  'springFestivalRush',
  'springFestival',
  'mid618',
  'double11',
  'blackFriday',
  'double12',
  'christmas',
] as const;
export type RetailEventKey = (typeof RETAIL_EVENT_KEYS)[number];

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (year: number, month: number, day: number): string => `${year}-${pad(month)}-${pad(day)}`;
const shift = (date: string, days: number): string => isoFromDay(dayFromIso(date) + days);

/** The Friday after the fourth Thursday of November. */
function blackFriday(year: number): string {
  const first = new Date(Date.UTC(year, 10, 1)).getUTCDay(); // 0 = Sunday
  const firstThursday = 1 + ((4 - first + 7) % 7);
  return iso(year, 11, firstThursday + 21 + 1);
}

/**
 * One year's default events. The spans are the days demand moves, not only the day itself:
 * the weeks of stocking up before Spring Festival and the holiday week when logistics stop;
 * the platforms' pre-sale periods before 618 and Double 11; Christmas shopping in December.
 */
export function retailEventsOfYear(year: number): EventSpan[] {
  const events: EventSpan[] = [];
  const newYear = SPRING_FESTIVAL[year];
  if (newYear) {
    const day = `${year}-${newYear}`;
    events.push({ key: 'springFestivalRush', from: shift(day, -21), to: shift(day, -1) });
    events.push({ key: 'springFestival', from: day, to: shift(day, 6) });
  }
  events.push({ key: 'mid618', from: iso(year, 6, 1), to: iso(year, 6, 18) });
  events.push({ key: 'double11', from: iso(year, 10, 20), to: iso(year, 11, 11) });
  const friday = blackFriday(year);
  events.push({ key: 'blackFriday', from: friday, to: shift(friday, 3) });
  events.push({ key: 'double12', from: iso(year, 12, 8), to: iso(year, 12, 12) });
  events.push({ key: 'christmas', from: iso(year, 12, 1), to: iso(year, 12, 24) });
  return events;
}

/** The default events of every year from `fromYear` to `toYear`, clipped to the years with known dates. */
export function defaultRetailEvents(fromYear: number, toYear: number): EventSpan[] {
  const events: EventSpan[] = [];
  const first = Math.max(fromYear, FIRST_EVENT_YEAR);
  const last = Math.min(toYear, LAST_EVENT_YEAR);
  for (let year = first; year <= last; year++) events.push(...retailEventsOfYear(year));
  return events;
}
