import type { CovariateColumns } from '../../core/forecasting/bucket-covariates';

/**
 * The optional `price` and `promo` cells of a demand file, kept only for rows that give either,
 * in growing column arrays like DemandRowsBuilder's. SKUs are kept as texts until the demand
 * rows are built (a planned row may name its SKU before any of its sales).
 */
export class CovariateRowsBuilder {
  private sku: string[] = [];
  private day = new Int32Array(256);
  private qty = new Float64Array(256);
  private price = new Float64Array(256);
  private promo = new Int8Array(256);
  private length = 0;

  constructor(
    readonly hasPrice: boolean,
    readonly hasPromo: boolean,
  ) {}

  /** `day` may be an index into the date texts until `mapDays`; qty NaN = empty; price NaN and promo -1 = not given. */
  add(sku: string, day: number, qty: number, price: number, promo: number): void {
    if (this.length === this.day.length) this.grow();
    this.sku.push(sku);
    this.day[this.length] = day;
    this.qty[this.length] = qty;
    this.price[this.length] = price;
    this.promo[this.length] = promo;
    this.length++;
  }

  mapDays(days: Int32Array): void {
    for (let i = 0; i < this.length; i++) this.day[i] = days[this.day[i]!]!;
  }

  /**
   * Rows of SKUs with demand rows only; a row without qty counts only after the origin (`lastDay`,
   * the file's last date with a qty): before it, an empty qty is a missing observation.
   */
  build(skus: readonly string[], lastDay: number): CovariateColumns {
    const index = new Map(skus.map((s, i) => [s, i]));
    const keep: number[] = [];
    for (let i = 0; i < this.length; i++) {
      if (!index.has(this.sku[i]!)) continue;
      if (Number.isNaN(this.qty[i]!) && this.day[i]! <= lastDay) continue;
      keep.push(i);
    }
    const pick = <T extends Int32Array | Float64Array | Int8Array>(from: T, to: T): T => {
      keep.forEach((row, k) => (to[k] = from[row]!));
      return to;
    };
    return {
      sku: Int32Array.from(keep, (row) => index.get(this.sku[row]!)!),
      day: pick(this.day, new Int32Array(keep.length)),
      qty: pick(this.qty, new Float64Array(keep.length)),
      price: pick(this.price, new Float64Array(keep.length)),
      promo: pick(this.promo, new Int8Array(keep.length)),
      length: keep.length,
      hasPrice: this.hasPrice,
      hasPromo: this.hasPromo,
    };
  }

  private grow(): void {
    const size = this.day.length * 2;
    const grow = <T extends Int32Array | Float64Array | Int8Array>(old: T, next: T): T => {
      next.set(old as never);
      return next;
    };
    this.day = grow(this.day, new Int32Array(size));
    this.qty = grow(this.qty, new Float64Array(size));
    this.price = grow(this.price, new Float64Array(size));
    this.promo = grow(this.promo, new Int8Array(size));
  }
}
