/**
 * SQL that fetches only the newest rows of a stored series: a reader of the last few weeks
 * (the Dashboard's key figures) needs ~100 of a series' ~700 rows, and at 100,000 series moving
 * whole BLOBs into JavaScript costs more than SQLite's reads. The tail is cut from each column
 * (units, day offsets, flags; codec.ts) and joined into a BLOB of the same layout, so
 * decodeSeries reads it as a series of `tailRows` rows with the same first day.
 */

import { WHOLE_UNITS, WIDE_DAYS } from './codec';

/**
 * Columns `tailRows, tailData` of the series row `alias` (a sales_series row), holding at least
 * every row dated on or after the day number `fromDaySql` (an SQL expression). Rows are one per
 * day at most, so the rows from that day on are among the last `last_day − fromDay + 1`.
 */
export function seriesTailColumns(alias: string, fromDaySql: string): string {
  const n = `${alias}.rows`;
  const k = `max(0, min(${n}, ${alias}.last_day - CAST(${fromDaySql} AS INTEGER) + 1))`;
  const unitBytes = `(CASE WHEN ${alias}.layout & ${WHOLE_UNITS} THEN 4 ELSE 8 END)`;
  const dayBytes = `(CASE WHEN ${alias}.layout & ${WIDE_DAYS} THEN 4 ELSE 2 END)`;
  const cut = (start: string, width: string) => `substr(${alias}.data, 1 + ${start} + (${n} - ${k}) * ${width}, ${k} * ${width})`;
  const data = `CAST(${cut('0', unitBytes)} || ${cut(`${n} * ${unitBytes}`, dayBytes)} || ${cut(`${n} * (${unitBytes} + ${dayBytes})`, '1')} AS BLOB)`;
  return `${k} AS tailRows, ${data} AS tailData`;
}
