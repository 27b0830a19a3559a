/**
 * Day numbers and ISO dates converted once: a plan's lines share one plan date and a few hundred
 * arrival and run-out dates, and parsing or printing a Date per line was a visible share of
 * building 50,000 lines.
 */

import { dayFromIso, isoFromDay } from '../ground/calendar';

const printed = new Map<number, string>();
const parsed = new Map<string, number>();
/** Enough for any plan; a bound so a long-lived process does not grow. */
const KEEP = 4096;

export function isoOfDay(day: number): string {
  let iso = printed.get(day);
  if (iso === undefined) {
    if (printed.size >= KEEP) printed.clear();
    printed.set(day, (iso = isoFromDay(day)));
  }
  return iso;
}

export function dayOfIso(iso: string): number {
  let day = parsed.get(iso);
  if (day === undefined) {
    if (parsed.size >= KEEP) parsed.clear();
    parsed.set(iso, (day = dayFromIso(iso)));
  }
  return day;
}
