/**
 * One SKU-location's daily rows as one BLOB, in columns: units, then day offsets from the
 * series' first day, then flags — about 7 bytes a row where sales_daily spends ~50 and a
 * group_concat string ~20 that must be parsed. Units are kept as Int32 when every one is a
 * whole number (the usual case) and as Float64 otherwise, so decoding gives back exactly the
 * stored doubles. Rows are in day order.
 */

import type { DailyRecords } from './records';
import { withCapacity } from './records';

/** Layout bits, stored beside the BLOB. */
export const WHOLE_UNITS = 1;
export const WIDE_DAYS = 2;

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

export interface EncodedSeries {
  firstDay: number;
  lastDay: number;
  rows: number;
  layout: number;
  data: Buffer;
}

/** Encodes rows `days`/`units`/`flags` [0, count), which must be in ascending day order. */
export function encodeSeries(days: ArrayLike<number>, units: ArrayLike<number>, flags: ArrayLike<number>, count: number): EncodedSeries {
  const firstDay = days[0] as number;
  const lastDay = days[count - 1] as number;
  let whole = true;
  for (let k = 0; k < count && whole; k++) {
    const u = units[k] as number;
    whole = Number.isInteger(u) && u >= INT32_MIN && u <= INT32_MAX && !Object.is(u, -0);
  }
  const wide = lastDay - firstDay > 0xffff;
  const unitBytes = whole ? 4 : 8;
  const dayBytes = wide ? 4 : 2;
  const buffer = new ArrayBuffer(count * (unitBytes + dayBytes + 1));
  const unitView = whole ? new Int32Array(buffer, 0, count) : new Float64Array(buffer, 0, count);
  const dayView = wide ? new Int32Array(buffer, count * unitBytes, count) : new Uint16Array(buffer, count * unitBytes, count);
  const flagView = new Uint8Array(buffer, count * (unitBytes + dayBytes), count);
  for (let k = 0; k < count; k++) {
    unitView[k] = units[k] as number;
    dayView[k] = (days[k] as number) - firstDay;
    flagView[k] = flags[k] as number;
  }
  return { firstDay, lastDay, rows: count, layout: (whole ? WHOLE_UNITS : 0) | (wide ? WIDE_DAYS : 0), data: Buffer.from(buffer) };
}

/**
 * Decodes the rows dated within [fromDay, toDay] into `into` (grown when too small; the result
 * is what to use). `firstDay` is the first decoded row's day, `firstRow` its index among the
 * stored rows (for the revenue beside them, revenue-codec.ts); `length` may be 0. Revenue is not decoded here.
 */
export function decodeSeries(
  stored: { firstDay: number; rows: number; layout: number; data: Uint8Array },
  fromDay: number,
  toDay: number,
  into: DailyRecords,
): DailyRecords {
  const { firstDay, rows: count, layout } = stored;
  const whole = (layout & WHOLE_UNITS) !== 0;
  const wide = (layout & WIDE_DAYS) !== 0;
  const unitBytes = whole ? 4 : 8;
  const dayBytes = wide ? 4 : 2;
  const data = aligned(stored.data);
  const base = data.byteOffset;
  const unitView = whole ? new Int32Array(data.buffer, base, count) : new Float64Array(data.buffer, base, count);
  const dayView = wide ? new Int32Array(data.buffer, base + count * unitBytes, count) : new Uint16Array(data.buffer, base + count * unitBytes, count);
  const flagView = new Uint8Array(data.buffer, base + count * (unitBytes + dayBytes), count);
  const out = withCapacity(into, count);
  let n = 0;
  let firstRow = 0;
  for (let k = 0; k < count; k++) {
    const day = firstDay + (dayView[k] as number);
    if (day < fromDay) {
      firstRow = k + 1;
      continue;
    }
    if (day > toDay) break;
    out.days[n] = day;
    out.units[n] = unitView[k] as number;
    out.flags[n] = flagView[k] as number;
    n++;
  }
  out.length = n;
  out.firstDay = n > 0 ? (out.days[0] as number) : Infinity;
  out.firstRow = firstRow;
  return out;
}

/** Typed views need their element alignment; SQLite's buffers may start anywhere in a pool. */
function aligned(data: Uint8Array): Uint8Array {
  if (data.byteOffset % 8 === 0) return data;
  const copy = new Uint8Array(data.byteLength);
  copy.set(data);
  return copy;
}
