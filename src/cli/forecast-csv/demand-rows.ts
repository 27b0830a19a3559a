/** Demand rows in columns (SKU index, day number, quantity): compact for millions of rows. */
export interface DemandRows {
  skus: string[];
  sku: Int32Array;
  day: Int32Array;
  qty: Float64Array;
  length: number;
  /** The newest date in the file: forecasts start the bucket after it. */
  lastDay: number;
}

/** Grows column arrays by doubling, so appending a row costs no allocation. */
export class DemandRowsBuilder {
  private readonly skuIndex = new Map<string, number>();
  private readonly skus: string[] = [];
  private sku = new Int32Array(1024);
  private day = new Int32Array(1024);
  private qty = new Float64Array(1024);
  private length = 0;
  private lastDay = Number.NEGATIVE_INFINITY;

  add(skuCode: string, day: number, quantity: number): void {
    let index = this.skuIndex.get(skuCode);
    if (index === undefined) {
      index = this.skus.length;
      this.skus.push(skuCode);
      this.skuIndex.set(skuCode, index);
    }
    if (this.length === this.sku.length) this.grow();
    this.sku[this.length] = index;
    this.day[this.length] = day;
    this.qty[this.length] = quantity;
    this.length++;
    if (day > this.lastDay) this.lastDay = day;
  }

  /** Replace each row's day by `days[day]`: rows may be added with an index into a table of date texts, read once the column's order is known. */
  mapDays(days: Int32Array): void {
    this.lastDay = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < this.length; i++) {
      const day = days[this.day[i]!]!;
      this.day[i] = day;
      if (day > this.lastDay) this.lastDay = day;
    }
  }

  build(): DemandRows {
    return {
      skus: this.skus,
      sku: this.sku.subarray(0, this.length),
      day: this.day.subarray(0, this.length),
      qty: this.qty.subarray(0, this.length),
      length: this.length,
      lastDay: this.lastDay,
    };
  }

  private grow(): void {
    const size = this.sku.length * 2;
    const sku = new Int32Array(size);
    sku.set(this.sku);
    const day = new Int32Array(size);
    day.set(this.day);
    const qty = new Float64Array(size);
    qty.set(this.qty);
    this.sku = sku;
    this.day = day;
    this.qty = qty;
  }
}
