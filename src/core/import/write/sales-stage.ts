/** Flag bits of a staged sales row. */
export const PROMO = 1;
export const STOCKOUT = 2;

/**
 * Daily sales held in columns of typed arrays until the whole file is read (~36 bytes
 * a row, no object per row): only then are the date ranges to replace known, and
 * rows can be written in primary-key order, the fastest way into sales_daily.
 */
export class SalesStage {
  length = 0;
  product = new Int32Array(1024);
  location = new Int32Array(1024);
  day = new Int32Array(1024);
  units = new Float64Array(1024);
  revenue = new Float64Array(1024);
  orders = new Int32Array(1024);
  flags = new Uint8Array(1024);
  row = new Int32Array(1024);

  push(product: number, location: number, day: number, units: number, revenue: number, orders: number, flags: number, row: number): void {
    if (this.length === this.product.length) this.grow();
    const i = this.length++;
    this.product[i] = product;
    this.location[i] = location;
    this.day[i] = day;
    this.units[i] = units;
    this.revenue[i] = revenue;
    this.orders[i] = orders;
    this.flags[i] = flags;
    this.row[i] = row;
  }

  /** Indices in (product, location, day, file row) order. */
  sortedOrder(): Uint32Array {
    const order = new Uint32Array(this.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    const { product, location, day, row } = this;
    order.sort((a, b) => product[a]! - product[b]! || location[a]! - location[b]! || day[a]! - day[b]! || row[a]! - row[b]!);
    return order;
  }

  sameKey(a: number, b: number): boolean {
    return this.product[a] === this.product[b] && this.location[a] === this.location[b] && this.day[a] === this.day[b];
  }

  private grow(): void {
    const size = this.product.length * 2;
    this.product = extend(this.product, new Int32Array(size));
    this.location = extend(this.location, new Int32Array(size));
    this.day = extend(this.day, new Int32Array(size));
    this.units = extend(this.units, new Float64Array(size));
    this.revenue = extend(this.revenue, new Float64Array(size));
    this.orders = extend(this.orders, new Int32Array(size));
    this.flags = extend(this.flags, new Uint8Array(size));
    this.row = extend(this.row, new Int32Array(size));
  }
}

function extend<T extends Int32Array | Float64Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
