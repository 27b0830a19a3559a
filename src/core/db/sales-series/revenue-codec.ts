/**
 * One SKU-location's daily revenue as a BLOB beside its rows (sales_series.revenue, migration
 * 019), one value per stored row in the same order, so a run's prices (revenue ÷ units per
 * bucket) come from the store instead of re-reading sales_daily. The length tells the layout:
 * 0 bytes when every row's revenue is 0, 4 a row as Int32 cents when every value is a whole
 * number of cents (imports and the demo round to cents), else 8 a row as Float64. Decoding
 * gives back exactly the stored doubles. A NULL column means "not filled yet" (a store built
 * before migration 019): readers then take the revenue from sales_daily.
 */

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/** Encodes `revenue` [0, count). */
export function encodeRevenue(revenue: ArrayLike<number>, count: number): Buffer {
  let any = false;
  let cents = true;
  for (let k = 0; k < count; k++) {
    const r = revenue[k] as number;
    if (r !== 0) any = true;
    if (cents) {
      const c = Math.round(r * 100);
      cents = c >= INT32_MIN && c <= INT32_MAX && c / 100 === r && !Object.is(r, -0);
    }
  }
  if (!any) return Buffer.alloc(0);
  if (cents) {
    const out = new Int32Array(count);
    for (let k = 0; k < count; k++) out[k] = Math.round((revenue[k] as number) * 100);
    return Buffer.from(out.buffer);
  }
  const out = new Float64Array(count);
  for (let k = 0; k < count; k++) out[k] = revenue[k] as number;
  return Buffer.from(out.buffer);
}

/**
 * Writes the revenue of stored rows [from, from + count) of a series of `rows` rows into
 * `into` [0, count), which must have room for them.
 */
export function decodeRevenue(data: Uint8Array, rows: number, from: number, count: number, into: Float64Array): void {
  if (data.byteLength === 0) {
    into.fill(0, 0, count);
    return;
  }
  if (data.byteLength === rows * 4) {
    const bytes = aligned(data, 4);
    const cents = new Int32Array(bytes.buffer, bytes.byteOffset + from * 4, count);
    for (let k = 0; k < count; k++) into[k] = (cents[k] as number) / 100;
    return;
  }
  if (data.byteLength !== rows * 8) throw new Error(`a stored revenue of ${data.byteLength} bytes does not fit a series of ${rows} rows`);
  const bytes = aligned(data, 8);
  into.set(new Float64Array(bytes.buffer, bytes.byteOffset + from * 8, count));
}

/** Typed views need their element alignment; SQLite's buffers may start anywhere in a pool. */
function aligned(data: Uint8Array, width: number): Uint8Array {
  return data.byteOffset % width === 0 ? data : data.slice();
}
