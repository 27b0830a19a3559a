import type Database from 'better-sqlite3';
import { dayFromIso } from '../../../ground/calendar';
import { round2, type AlertInputs, type Detection } from '../types';

/**
 * Data older than the thresholds: the newest stock snapshot, the newest sales day, the newest
 * purchase order or receipt. One alert each for the workspace, always ranked first. Money: the
 * value of the stock on hand every other figure is computed from.
 */
export function detectStaleData(db: Database.Database, inputs: AlertInputs): Detection[] {
  if (inputs.products.size === 0) return [];
  const { staleStockDays, staleSalesDays, stalePurchaseOrderDays } = inputs.settings;
  let newestSnapshot: string | null = null;
  let stockValue = 0;
  let withoutSnapshot = 0;
  for (const s of inputs.series) {
    const date = s.position.snapshotDate;
    if (date && (!newestSnapshot || date > newestSnapshot)) newestSnapshot = date;
    if (!s.position.hasSnapshot) withoutSnapshot++;
    stockValue += s.position.onHand * (inputs.products.get(s.productId)?.unitCost ?? 0);
  }
  const money = round2(stockValue);
  const out: Detection[] = [];
  const stale = (kind: Detection['kind'], newest: string | null, threshold: number, extra: Record<string, number>) => {
    const age = newest ? inputs.todayDay - dayFromIso(newest) : null;
    if (age !== null && age <= threshold) return;
    out.push({
      kind,
      key: `${kind}:workspace`,
      entity: {},
      money,
      moneyMethod: 'stockValue',
      urgencyDays: 0,
      facts: { newestDate: newest, ageDays: age, thresholdDays: threshold, ...extra },
    });
  };
  stale('staleStock', newestSnapshot, staleStockDays, { seriesWithoutSnapshot: withoutSnapshot });
  const newestSale = db.prepare('SELECT max(date) FROM sales_daily WHERE date <= ?').pluck().get(inputs.today) as string | null;
  stale('staleSales', newestSale, staleSalesDays, {});
  const anyPo = db.prepare('SELECT 1 FROM purchase_orders LIMIT 1').pluck().get() !== undefined;
  if (anyPo) {
    const newestOrder = db.prepare('SELECT max(order_date) FROM purchase_orders WHERE order_date <= ?').pluck().get(inputs.today) as string | null;
    const newestReceipt = db.prepare('SELECT max(receipt_date) FROM receipts WHERE receipt_date <= ?').pluck().get(inputs.today) as string | null;
    const newest = [newestOrder, newestReceipt].filter((d): d is string => d !== null).sort().at(-1) ?? null;
    stale('stalePurchaseOrders', newest, stalePurchaseOrderDays, {});
  }
  return out;
}
