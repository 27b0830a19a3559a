import type { SalesRecord } from '../kinds/sales';
import { DayNumbers } from '../parse/days';
import type { RecordWriter, WriteContext } from './context';
import { mergeSales } from './sales-merge';
import { PROMO, SalesStage, STOCKOUT } from './sales-stage';

/** Daily sales totals: staged while reading, written in key order at the end. */
export class SalesWriter implements RecordWriter<SalesRecord> {
  private readonly stage = new SalesStage();
  private readonly days = new DayNumbers();
  rejectedAtFinish = 0;
  /** Rows read as returns (a negative quantity) and their units. */
  readonly returns = { rows: 0, units: 0 };

  constructor(private readonly wc: WriteContext) {}

  add(rec: SalesRecord, row: number): boolean {
    const product = this.wc.products.findOrCreate(rec.sku, rec.name);
    const location = this.wc.locations.resolve(rec.location);
    const flags = (rec.promo ? PROMO : 0) | (rec.stockout ? STOCKOUT : 0);
    if (rec.returned > 0) {
      this.returns.rows++;
      this.returns.units += rec.returned;
    }
    this.stage.push(product, location, this.days.of(rec.date), rec.units, rec.revenue ?? 0, rec.orders ?? 0, flags, row);
    return true;
  }

  finish(): void {
    this.rejectedAtFinish = mergeSales(this.wc, this.stage, 'unique').rejected;
  }
}
